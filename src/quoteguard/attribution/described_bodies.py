"""Bodies the draft describes rather than names: which body `his campaign`, `the ministry` or `the
campaign's statement` is, named as the draft names it, so that the report shows an editor who spoke.

Part of stage two of attribution (resolution): the resolver asks `described_body` before it names an
organisation. The body nouns are data: the organisation words and the collective nouns
(`data/people.json`); a generic one (`group`: `body_anaphors`) and a place (`the town`) are left alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from ..grammar import OWNER_SUBJECTS
from ..model import Mention, Speaker
from .names import is_name_suffix
from .words import BUSINESS_NAME_WORDS, CLAUSE_BREAK, FUNCTION_WORDS, POSSESSIVE_S

if TYPE_CHECKING:
    from .draft import Draft


class Resolver(Protocol):
    """What this module reads of the resolver (`resolution.Resolver`, which calls it): the draft, how it
    keys a person, and whom a pronoun would stand for without resolving it."""

    e: Draft

    def person_key(self, name: str, offset: int) -> str: ...

    def peek_antecedent(self, pronoun: Mention, offset: int) -> tuple[Speaker | None, str]: ...


DEFINITE = frozenset({"the"})
# Steps that take the person last quoted or named, whoever the sentences since are about.
WEAK_STEPS = frozenset({"pronoun-last-speaker", "pronoun-last-named"})
MAX_MODIFIERS = 3  # `the state foreign ministry`: a longer run before the noun is a clause, not a body
PUBLICATION_PARAGRAPHS = 1  # `the newspaper` means one named in its paragraph or the one before
NAME_LINKS = frozenset({"of", "on", "for", "and", "&"})  # `Board of Elections`: a body's name runs on after them


def described_body(r: Resolver, mention: Mention, offset: int) -> Mention | None:
    """The mention of a body named as the draft names it, or None to keep the mention as it is.

    `his campaign` is the campaign of the person the `his` stands for (`Roe campaign`); `the ministry`
    is the body of that kind the draft named last before it (`Ruritania's foreign ministry`); a body's
    statement or email (`the campaign's statement`) is the body's words; and an owner named with a title
    (`Ohio Sen. Jane Roe's campaign`) is named without it (`Jane Roe campaign`).
    """
    e = r.e
    if _named_in_stage_one(mention):
        return None
    if mention.kind == "organisation" and mention.text and mention.text[:1].isupper():
        full = e.body_named_in_full_from(e.token_at(mention.start), e.token_at(mention.end - 1))
        if full is not None:  # (`Carrow Mutual said`: the bank named in full before, `Carrow Mutual Bank`)
            return replace(mention, name=full)
    span = _body_span(e, mention)
    name = None
    if span is not None:
        first, last = span
        name = _owner_named(r, first, last, offset) or _named_before(e, first, last) \
            or _publication_named(e, first, last) or _subject_before(e, first, last) \
            or _untitled(e, mention, first, last)
        if name is None and mention.kind == "other":  # (a body's statement, the body named nowhere: still the body)
            name = e.span_text(first, last)
    elif mention.kind in ("organisation", "other") and mention.text:  # (`the news outlet`: no body noun)
        name = _publication_named(e, e.token_at(mention.start), e.token_at(mention.end - 1))
    if name is None and mention.text:
        name = _introduced_by_kind(e, e.token_at(mention.start), e.token_at(mention.end - 1))
        if name is not None and mention.kind == "unnamed":  # (`the insurer`, read as a role: no title of a body's)
            return replace(mention, kind="organisation", name=name, before=(), after=())
    if name is None and mention.kind == "organisation":
        name = _without_article(mention.name or "")
    return replace(mention, kind="organisation", name=name) if name is not None else None


def _introduced_by_kind(e: Draft, first: int, last: int) -> str | None:
    """`"…," the airline said` after `The airline Skylane cancelled 140 flights` (or `Skylane, a budget airline,`): a
    definite noun for a kind of body stands for the one body the draft introduced before it by that noun
    (`names.introduced_by_kind`: `Skylane, a budget airline,`, `a consortium, Eastmere Partners,`; in `The
    consortium, Eastmere Partners, said` the noun's own name is the one set off after it), by a noun of
    its kind (`the carrier`: an airline, `body_kinds`), or, for a noun that says only that it is a body (`the
    company`, `the firm`: `classifier_nouns`), by any body's noun but a generic one (`group`) or a public body's
    (`commission`: `body_heads`); the mention stage may read the noun as a role
    (`the insurer`), but a body introduced so is what it means. Two bodies so introduced leave it open."""
    kb = e.kb
    noun = e.low(last)
    if last != first + 1 + _origin_words(e, first, last) or e.low(first) not in DEFINITE or e.is_cap(last) \
            or not e.t[last].text.isalpha() or noun in kb.body_anaphors or noun in kb.place_nouns:
        return None
    if last + 2 < len(e.t) and e.t[last + 1].text == ",":  # (`The consortium, Eastmere Partners, said`: its name)
        own = next((body for body in e.introduced_by_kind() if body.start == e.t[last + 2].start), None)
        if own is not None and own.kind == noun:
            return own.name
    names = {body.name for body in e.introduced_by_kind() if body.end <= e.t[first].start
             and (body.kind == noun or body.kind in kb.body_kinds.get(noun, ()) or (
                 noun in kb.classifier_nouns and body.kind not in kb.body_anaphors and body.kind not in kb.body_heads))}
    return names.pop() if len(names) == 1 else None


def _named_in_stage_one(mention: Mention) -> bool:
    """`"…," the union said` that the mention stage already took for the body named before it (`the Dock
    Workers Federation`, by a word of its kind: `body_kinds`): a lower-case description given a capitalised
    name stays that body, whatever sentence comes between (`Brightmart sued the Dock Workers Federation`)."""
    words = mention.text.split()
    name = (mention.name or "").split()
    return mention.kind == "organisation" and bool(name) and name[0][:1].isupper() and name[0].lower() not in DEFINITE \
        and len(words) > 1 and words[0].lower() in DEFINITE and not any(w[:1].isupper() for w in words[1:])


def _without_article(name: str) -> str | None:
    """`the Kazakh government`, `the People's Daily newspaper`: a body's name as the draft gives it, without
    the article before its first capitalised word (as `the Washington Post` is named `Washington Post`)."""
    words = name.split(maxsplit=1)
    if len(words) == 2 and words[0].lower() in DEFINITE and words[1][:1].isupper():
        return words[1]
    return None


def _body_span(e: Draft, mention: Mention) -> tuple[int, int] | None:
    """The tokens of the body a mention describes: the organisation's own words, or the owner of a
    statement, email or release (`the campaign's statement`), when that owner's head is a body noun."""
    if mention.kind not in ("organisation", "other") or not mention.text:
        return None
    first, last = e.token_at(mention.start), e.token_at(mention.end - 1)
    if mention.kind == "other":
        said = (mention.name or mention.text).lower().split()
        owner = next((k for k in range(first + 1, last + 1) if e.t[k].text in POSSESSIVE_S), None)
        if owner is None or not said or said[-1] not in e.kb.speech_nouns | e.kb.document_nouns:
            return None
        last = owner - 1
    if e.is_cap(last) or not _body_noun(e, e.low(last)):
        return None
    return first, last


def _body_noun(e: Draft, word: str) -> bool:
    """A noun for a body that may speak (`campaign`, `ministry`, `airline`: `body_kinds`), not a generic one
    (`group`) nor a place."""
    kb = e.kb
    return (word in kb.org_words or word in kb.collective_nouns or word in kb.body_kinds) \
        and word not in kb.body_anaphors and word not in kb.place_nouns


def _owner_named(r: Resolver, first: int, last: int, offset: int) -> str | None:
    """`his campaign`, `her office`: the body of the person the possessive stands for, by surname."""
    e = r.e
    pronoun = OWNER_SUBJECTS.get(e.low(first))  # (`his` -> `he`: the owner is whom a he there means)
    if pronoun is None or last == first \
            or any(e.is_cap(k) for k in range(first + 1, last + 1)):
        return None
    owner, step = r.peek_antecedent(Mention(text=pronoun, start=e.t[first].start, end=e.t[first].end,
                                            kind="pronoun"), offset)
    if owner is None or owner.kind != "person" or (step in WEAK_STEPS and _named_since(r, owner, first)):
        return None
    return f"{_surname(owner.name)} {e.span_text(first + 1, last)}"


def _named_since(r: Resolver, owner: Speaker, at: int) -> bool:
    """Was someone else named between the owner's last mention and the possessive at token `at`? Then
    `his office` may be theirs (`in Sen. Ed Vane's case. His office said`), not the one quoted last."""
    start = r.e.t[at].start
    last = max((m.start for m in owner.mentions if m.start < start), default=-1)
    return any(last < m.start < start and m.name and "person:" + r.person_key(m.name, m.start) != owner.id
               for m in r.e.person_mentions)


def _surname(name: str) -> str:
    """A person's surname as the report names their body by it (`Roe`; `Roe Jr.` keeps its suffix)."""
    words = name.split()
    if len(words) > 2 and is_name_suffix(words[-1]):
        return " ".join(words[-2:])
    return words[-1]


def _named_before(e: Draft, first: int, last: int) -> str | None:
    """`the ministry` after `Ruritania's foreign ministry said`: the body with that head noun the draft named
    last before it, with every modifier the description has (`the foreign ministry`), as the draft named it."""
    if e.low(first) not in DEFINITE or not 0 < last - first <= MAX_MODIFIERS + 1 \
            or any(e.is_cap(k) or e.t[k].text in POSSESSIVE_S for k in range(first + 1, last + 1)):
        return None
    noun, modifiers = e.low(last), {e.low(k) for k in range(first + 1, last)}
    for k in range(first - 1, -1, -1):
        if e.low(k) != noun or e.inside[k]:
            continue
        name = _capitalised_body(e, k) if e.is_cap(k) else _owned_body(e, k)
        if name is not None and modifiers <= set(name.lower().replace("’", "'").split()):
            return name
    return None


def _publication_named(e: Draft, first: int, last: int) -> str | None:
    """`"…," the newspaper wrote`, `the editorial board wrote`, `the paper's editorial board`: a publication
    described by a common noun is the one the draft named last before; its editorial board is named after it."""
    words = [e.low(k) for k in range(first, last + 1) if not e.is_cap(k)]
    if len(words) != last - first + 1 or words[0] not in DEFINITE:
        return None
    words = words[1:]
    if len(words) > 2 and words[0] in e.kb.publication_nouns and words[1] in POSSESSIVE_S:
        words = words[2:]  # (`the paper's editorial board`: the board of the paper)
    elif " ".join(words) not in e.kb.publication_bodies:
        words = words[_describing_modifiers(e, first + 1, words):]
    part = " ".join(words)
    if part not in e.kb.publication_nouns and part not in e.kb.publication_bodies:
        return None
    publication = _publication_before(e, first)
    if publication is None:
        return None
    return publication if part in e.kb.publication_nouns else f"{publication} {part}"


def _describing_modifiers(e: Draft, start: int, words: list[str]) -> int:
    """How many words open `words` (token `start` on) only to describe the publication, adjectives or
    hyphened compounds (`the conservative newspaper`, `the left-leaning weekly`), so that the noun after them
    still means the one named last; never one that sets another apart (`the rival newspaper`:
    `publication_contrasts`)."""
    n = modifiers = 0
    while modifiers < MAX_MODIFIERS and words[n] not in e.kb.publication_contrasts:
        step = 3 if n + 3 < len(words) and words[n + 1] == "-" and words[n + 2].isalpha() else 1
        if step == 1 and (n + 1 >= len(words) or e.t[start + n].upos != "ADJ"):
            break
        n, modifiers = n + step, modifiers + 1
    return n


def _publication_before(e: Draft, before: int) -> str | None:
    """The publication named last before token `before`: a known one (`Washington Post`), a name that ends
    in a publication's word (`the Harbor Times`), or a name the draft calls a newspaper (`the Harbor
    Ledger, the state's largest newspaper,`)."""
    kb = e.kb
    for s, t in reversed(e.name_runs(0, before - 1)):
        if e.para[s] < e.para[before] - PUBLICATION_PARAGRAPHS:
            return None  # (named paragraphs before, with other news since: not what `the newspaper` means)
        if e.inside[s] or _title_case(e, e.t[s].sentence):
            continue
        text = e.span_text(s, t)
        if text.lower() in kb.publications or (e.low(t) in kb.publication_words and (t > s or e.low(s - 1) == "the")) \
                or _called_a_publication(e, t):
            return text
    return None


def _called_a_publication(e: Draft, t: int) -> bool:
    """`the Harbor Ledger, the state's largest newspaper,`: a name set off before a publication noun."""
    if t + 2 >= len(e.t) or e.t[t + 1].text != ",":
        return False
    for k in range(t + 2, min(t + 8, len(e.t))):
        if e.t[k].text in CLAUSE_BREAK or e.t[k].sentence != e.t[t].sentence:
            return False
        if e.low(k) in e.kb.publication_nouns and not e.is_cap(k):
            return True
    return False


def _subject_before(e: Draft, first: int, last: int) -> str | None:
    """`Harbor Freight Lines cut its routes. "…," the company said`: a body the draft names by no word of
    that kind is the body named as the subject of a sentence just before, in full or by the first word of its
    full name (`Harbor also cut …`: `short_form_of_a_body`); never one named as another kind (`the Harbor
    Commission`), nor one described (`the board`)."""
    if e.low(first) not in DEFINITE or last != first + 1 + _origin_words(e, first, last):
        return None
    body = e.body_subject_before(first, 2)
    name = body.name or body.text if body is not None and body.kind == "organisation" else ""
    if not name and e.low(last) in e.kb.classifier_nouns:
        name = _only_body_before(e, first)
    words = name.split()
    if not words or not words[0][:1].isupper() or (words[0].lower() in DEFINITE and name == name[0] + name[1:].lower()):
        return None  # (`The agency opened an inquiry`: a description, no name)
    while len(words) > 1 and words[-1].lower().rstrip(",") in e.kb.legal_suffixes:
        words = words[:-1]  # (`Tellan Systems Inc.`: its legal form says nothing of its kind)
    head = words[-1].lower()
    if head != e.low(last) and head not in e.kb.body_kinds.get(e.low(last), ()) and _body_noun(e, head) \
            and not _a_company_as_such(e, name, last):
        return None
    return name


def _a_company_as_such(e: Draft, name: str, last: int) -> bool:
    """`Tellan Systems Inc. … "…," the company said`: a name with a legal form is a company whatever its last
    word (`Systems`, `Media`), and so is one whose last word says only that it trades (`Brannel Technologies`:
    `business_name_words`), so a generic noun for what kind one body is (`company`, `firm`: `classifier_nouns`)
    may stand for it."""
    words = name.lower().split()
    return len(words) > 1 and (words[-1].rstrip(",") in e.kb.legal_suffixes or words[-1] in BUSINESS_NAME_WORDS) \
        and e.low(last) in e.kb.classifier_nouns


def _origin_words(e: Draft, first: int, last: int) -> int:
    """`"…," the US company said`, `the Danish carmaker`: how many words between the article at `first` and a business's
    noun at `last` only say where it is from (a country, a demonym or a state): they set it apart from no body the draft
    named, so the description still means the one the noun alone would; 0 when any other word stands there, or when the
    noun is a public body's (`the Danish ministry` is a body the country names: `body_heads`)."""
    noun = e.low(last)
    if last - first < 2 or last - first > MAX_MODIFIERS + 1 or noun in e.kb.body_heads \
            or (noun not in e.kb.classifier_nouns and noun not in e.kb.body_kinds):
        return 0
    words = range(first + 1, last)
    return len(words) if all(e.is_cap(k) and not e.inside[k] and e.kb.names_a_country_or_state(e.t[k].text)
                             for k in words) else 0


def _only_body_before(e: Draft, first: int) -> str:
    """`… from employers such as Harbor Freight, which opposed the bill. "…," the company said`: the one body
    the sentence before names (outside quotes, in the paragraph or the one before; never a name the tagger
    calls a person), whatever its role there. Only for a noun that says what kind one body is (`company`,
    `network`: `classifier_nouns`), not a collective one (`the media`)."""
    j = e.a.sentences[e.t[first].sentence][0] - 1
    while j >= 0 and (e.inside[j] or not e.t[j].text.isalnum()):
        j -= 1  # (over the quote, when the parse made it a sentence of its own)
    if j < 0:
        return ""
    start, end = e.a.sentences[e.t[j].sentence]
    if e.para[start] < e.para[first] - 1:
        return ""
    bodies = {e.span_text(s, t) for s, t in e.name_runs(start, end) if not e.inside[s]
              and not any(e.t[k].ner == "PERSON" for k in range(s, t + 1))
              and (e.run_kind(s, t) == "organisation" or all(e.t[k].ner == "ORG" for k in range(s, t + 1)))}
    return bodies.pop() if len(bodies) == 1 else ""


def _capitalised_body(e: Draft, k: int) -> str | None:
    """`the Harbor County Board of Elections`: the capitalised name the noun at k is part of, when it has
    more words than the noun (never a headline set in capitals throughout)."""
    if _title_case(e, e.t[k].sentence):
        return None
    run = next(((s, t) for s, t in e.name_runs(max(0, k - 6), min(len(e.t) - 1, k + 6)) if s <= k <= t), None)
    if run is None or run[0] == run[1]:
        return None
    s, t = run
    if t > k and e.low(k + 1) not in NAME_LINKS:
        t = k  # (`Harbor Committee Chair Ann Roe`: the body's name ends at its noun, before her title)
    if t == k and k + 2 < len(e.t) and e.low(k + 1) in NAME_LINKS and e.is_cap(k + 2) \
            and e.t[k + 2].sentence == e.t[k].sentence:
        t = next((b for a, b in e.name_runs(k + 2, min(len(e.t) - 1, k + 8)) if a == k + 2), k)
    return e.span_text(s, t) if t > s else None


def _owned_body(e: Draft, k: int) -> str | None:
    """`Ruritania's foreign ministry`, `a Harbor County ballot commission`, `the Roe campaign`: a lower-case
    noun whose owner or modifier before it is a name; the name then is the body's (its owner's titles left
    out: `Sen. Ann Roe's campaign` is the Ann Roe campaign)."""
    j = k - 1
    while j >= 0 and k - j <= MAX_MODIFIERS and not e.inside[j] and not e.is_cap(j) \
            and e.t[j].upos in ("ADJ", "NOUN", "PROPN") and e.t[j].sentence == e.t[k].sentence:
        j -= 1
    owner_end = j - 1 if j > 0 and e.t[j].text in POSSESSIVE_S else j
    if owner_end < 0 or not e.is_cap(owner_end) or e.inside[owner_end] or e.t[j].text in CLAUSE_BREAK:
        return None
    run = next(((s, t) for s, t in e.name_runs(max(0, owner_end - 6), owner_end) if t == owner_end), None)
    if run is None or (owner_end == j and _origin_words(e, run[0] - 1, k) == k - run[0]):
        return None  # (`the US company`: where a business is from names none; `the Danish ministry` is a body's name)
    stripped = e.strip_descriptors(*run) or run
    if e.run_kind(*stripped) == "person":
        return f"{e.name_text(*stripped)} {e.span_text(owner_end + 1 if owner_end == j else j + 1, k)}".strip()
    return e.span_text(run[0], k)


def _untitled(e: Draft, mention: Mention, first: int, last: int) -> str | None:
    """`Ohio Sen. Jane Roe's campaign`: an owner named with a title or a state is named without them."""
    if mention.kind != "organisation" or not mention.name:
        return None
    owner = next((k for k in range(first + 1, last) if e.t[k].text in POSSESSIVE_S), None)
    if owner is None or not e.is_cap(owner - 1):
        return None
    run = next(((s, t) for s, t in e.name_runs(first, owner - 1) if t == owner - 1), None)
    stripped = e.strip_descriptors(*run) if run is not None else None
    if stripped is None or stripped[0] == run[0] or e.run_kind(*stripped) != "person":
        return None
    person = e.name_text(*stripped)
    at = mention.name.find(person)
    return mention.name[at:] if at > 0 else None


def _title_case(e: Draft, sentence: int) -> bool:
    """A headline set in title case: every longer word of the sentence capitalised."""
    first, last = e.a.sentences[sentence]
    words = [k for k in range(first, last + 1) if len(e.t[k].text) > 2 and e.t[k].text.isalpha()
             and e.low(k) not in FUNCTION_WORDS]
    return len(words) >= 4 and all(e.t[k].text[:1].isupper() for k in words)

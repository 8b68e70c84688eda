"""A role the draft states only in a description that stands for a quoted person a sentence later:
`… they came for Ann Roe. The senator spoke for an hour.` When no other reading linked that description to
anyone, and the sentences just before name one person alone, it stands for her. The mention is added as a
standing description (`Speaker.standing`): the affiliation stage reads a title from it only when none of her other
mentions states one, so it never overrides what the draft says beside her name.
"""

from __future__ import annotations

from ..grammar import PERSON_OBJECT_PRONOUNS, POSSESSIVE
from ..model import Mention, Speaker
from .draft import Draft
from .resolution import Resolver

OPENING_ARTICLES = frozenset({"the"})  # `The senator …`: someone the reader already knows
MODIFIER_TAGS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})  # `the two-term Eastland senator`
MAX_WORDS = 6  # a longer run is a clause, not a description
SENTENCES_BACK = 2  # how far back the one person named is looked for
OPENER_TAGS = frozenset({"CCONJ", "ADV"})  # `But`, `Still`, `Meanwhile` before the subject
MAX_OPENING_PHRASE = 8  # `In his first speech since the vote,`: a longer run before a comma is a clause
SPECIFYING = ("acl", "appos", "conj", "nmod")  # `the senator who …`, `the governor of X`: says which one, not who


def link_standing_descriptions(d: Draft, resolver: Resolver) -> None:
    """Add to a quoted person's standing descriptions the description opening a sentence that stands for her
    alone (`_standing_for`)."""
    if not d.a.has_deps:
        return
    claimed = [(m.start, m.end) for speaker in resolver.speakers.values() for m in speaker.mentions]
    for sentence, (start, _last) in enumerate(d.a.sentences):
        first = _after_opener(d, start)
        head = _opening_role(d, first) if first is not None else None
        if first is None or head is None or d.doc.paragraph_index(d.t[first].start) == 0 \
                or any(s <= d.t[head].start < e for s, e in claimed):
            continue
        person = _standing_for(d, resolver, sentence, head)
        if person is not None:
            person.standing.append(Mention(text=d.span_text(first, head), start=d.t[first].start, end=d.t[head].end,
                                           kind="unnamed", before=d.words(first, head)))


def _after_opener(d: Draft, start: int) -> int | None:
    """Where the sentence's subject starts: its first word, or the word after a conjunction or adverb (`But the
    senator …`) or after an opening phrase set off by a comma that names no one (`On Friday, the senator …`)."""
    k = start
    while k < len(d.t) and d.t[k].sentence == d.t[start].sentence and d.t[k].upos in OPENER_TAGS and not d.inside[k]:
        k += 1
    if k < len(d.t) and d.low(k) in OPENING_ARTICLES:
        return k
    comma = next((j for j in range(start, min(start + MAX_OPENING_PHRASE, len(d.t))) if d.t[j].text == ","), None)
    if comma is None or comma + 1 >= len(d.t) or d.low(comma + 1) not in OPENING_ARTICLES or any(
            d.inside[j] or d.t[j].ner == "PERSON" or d.person_mention_at(j) is not None or d.t[j].upos == "PRON"
            or (d.t[j].deprel or "").startswith("nsubj") for j in range(start, comma)):
        return None
    return comma + 1


def _opening_role(d: Draft, first: int) -> int | None:
    """The head of `The …` opening a sentence as the main verb's subject, when it is a public role that stands for
    someone the story is about (`The senator`, `The harbor commissioner`; not `the official`, an unnamed source's
    word), or as the owner of that subject (`The senator's speech ran long`): modifiers only, nothing after the head
    that says which one."""
    if d.low(first) not in OPENING_ARTICLES or d.inside[first]:
        return None
    k = first + 1
    while k < min(first + 1 + MAX_WORDS, len(d.t)) and not d.inside[k] \
            and d.t[k].sentence == d.t[first].sentence and (d.t[k].upos in MODIFIER_TAGS or d.t[k].text == "-"):
        if (d.t[k].deprel or "").startswith("nsubj") or (d.t[k].deprel or "") == "nmod:poss":
            break
        k += 1
    if k >= len(d.t):
        return None
    head = k
    subject = _owned_subject(d, head) if (d.t[k].deprel or "") == "nmod:poss" else head
    if subject is None or not (d.t[subject].deprel or "").startswith("nsubj"):
        return None
    verb = d.t[subject].head
    word = d.t[head].text
    if d.t[head].upos != "NOUN" or not word.islower() or verb is None or d.t[verb].head is not None \
            or word not in d.kb.public_roles or d.kb.singular_role(word) is not None or word in d.kb.not_role_heads \
            or any(d.t[j].head not in range(first, head + 1) and j != head for j in range(first, head)) \
            or any(d.person_mention_at(j) is not None for j in range(first, head + 1)) \
            or any((d.t[c].deprel or "").startswith(SPECIFYING) for c in d.children.get(head, [])):
        return None
    return head


def _owned_subject(d: Draft, head: int) -> int | None:
    """`The senator's speech ran long`: the thing the description owns (`'s` right after it), when that is a thing
    and not a person she has (`the senator's aide` is someone else)."""
    owned = d.t[head].head
    if head + 1 >= len(d.t) or d.t[head + 1].text not in POSSESSIVE or owned is None or owned <= head + 1 \
            or d.t[owned].upos != "NOUN" or d.inside[owned]:
        return None
    word = d.low(owned)
    if d.kb.names_people(word, "NOUN") or word in d.kb.kinship_nouns or word in d.kb.gender_words:
        return None
    return owned


def _standing_for(d: Draft, resolver: Resolver, sentence: int, head: int) -> Speaker | None:
    """The quoted person the description stands for: the only person named in the sentences just before it (no
    one else's surname there, even in a quote), not named in its own sentence, and no one else named before it
    described by its role (two senators: the draft does not say which)."""
    if sentence < 1:
        return None
    first = d.a.sentences[max(0, sentence - SENTENCES_BACK)][0]
    start, end = d.t[first].start, d.t[d.a.sentences[sentence][0]].start
    keys = {resolver.person_key(m.name or "", m.start) for m in d.person_mentions
            if start <= m.start < end and m.name and not d.inside[d.token_at(m.start)]}
    key = keys.pop() if len(keys) == 1 else None
    if key is None or _another_named(d, first, d.a.sentences[sentence][0], key) \
            or any(m.name and resolver.person_key(m.name, m.start) == key for m in _named_in_sentence(d, sentence)):
        return None  # (`The attorney general is suing Roe`: whoever acts on her is someone else)
    if _acts_on_someone(d, sentence, head):
        return None  # (`The singer thanked her`: whoever acts on her is someone else)
    if any(d.low(k) == d.low(head) and not d.inside[k] for k in range(first, d.a.sentences[sentence][0])):
        return None  # (`The county sheriff … faces Roe. The sheriff …`: the role was someone's before, unnamed)
    person = resolver.speakers.get("person:" + key)
    if person is not None and _another_party(d, person, d.a.sentences[sentence][0], head):
        return None  # (`Democrat Ann Roe …. The Republican nominee …`: someone else)
    role = d.low(head)
    wanted = d.kb.gender_words.get(role)
    if person is None or person.kind != "person" or wanted is not None and d.gender.get(key) not in (None, wanted):
        return None
    for m in d.person_mentions_before(d.t[head].start):
        if m.name and resolver.person_key(m.name, m.start) != key and role in resolver.described_as(m):
            return None  # (another person of that role named before: the description may be theirs)
    return person


def _another_named(d: Draft, first: int, end: int, key: str) -> bool:
    """Whether a surname of someone else the draft names stands in tokens [first, end), inside a quote or as an
    owner too (`"…," Roe said of Kessler's plan`, `Comments like Kessler's …`): the story is not hers alone there."""
    own = tuple(key.split())
    for k in range(first, end):
        named = d.person_surnames.get(d.low(k), [])
        if named and d.is_cap(k) and all(name != own for _, name in named):
            return True
    return False


def _another_party(d: Draft, person: Speaker, first: int, head: int) -> bool:
    """Whether the description names a party and her mentions name only others (`Democrat Ann Roe`, then
    `the Republican nominee`)."""
    said = {found.name for k in range(first, head) if (found := d.kb.party(d.t[k].text)) is not None}
    hers = {found.name for m in person.mentions for w in (*m.before, *m.after)
            if (found := d.kb.party(w.text)) is not None}
    return bool(said) and bool(hers) and not said & hers


def _acts_on_someone(d: Draft, sentence: int, head: int) -> bool:
    """Whether the description's sentence has `him` or `her` as an object after it: the one the sentences before are
    about, acted on by the description, is not the description (`The singer thanked her for the honey`)."""
    _first, last = d.a.sentences[sentence]
    return any(d.low(k) in PERSON_OBJECT_PRONOUNS and not (d.t[k].deprel or "").startswith("nmod:poss")
               and not d.inside[k] for k in range(head + 1, last + 1))


def _named_in_sentence(d: Draft, sentence: int) -> list[Mention]:
    """The person mentions of one sentence."""
    first, last = d.a.sentences[sentence]
    return [m for m in d.person_mentions if d.t[first].start <= m.start <= d.t[last].start]

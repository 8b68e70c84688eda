"""Affiliations: title, organisation and country of each speaker, from the words around a name.

Sources, in the order they are read: a pre-nominal title (`Kremlin aide Yuri Ushakov`,
`Russian Deputy Foreign Minister Sergei Ryabkov`), an appositive (`Tom Whitaker, policy
director at the Institute`), `at/of ORG` after the name. The first mention of the person that
says anything wins, so `Smagin adds` inherits what his first mention said. Titles are normalised
to institutions through the knowledge base (Deputy Foreign Minister → Ministry of Foreign
Affairs, MFA), with the country taken from a demonym (`Russian`).

A party is read apart from the organisation (`Republican presidential nominee`, `(D-Ore.)`,
`Democrat Ann Roe`): a politician may speak for a committee and still belong to a party, and a
report shows both. Abbreviated titles are spelled out (`Sen.` → senator); courtesy titles (`Mr.`)
say nothing of a role.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .grammar import (
    AFFILIATION_EDGE_NOISE,
    FUNCTION_WORDS,
    PARTY_TAG,
    PERSON_LINKS,
    POSSESSIVE,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    TITLE_COPULAS,
)
from .knowledge import Knowledge, Organisation
from .model import Mention, Speaker, Word

MAX_TITLE_WORDS = 10  # `High Representative for Foreign Affairs and Security Policy` is 8
# Dashes that end a dateline or an aside before a title (a hyphen inside a word is glued, not one of these).
TITLE_BREAKS = frozenset({"—", "–", "―", "--"})
# `who was X during the 2000 race`, `under President Y`: when or under whom, no part of the role.
CIRCUMSTANCE_WORDS = SUBORDINATORS | {"during", "under"}
FORMER_WORDS = frozenset({"former", "onetime", "one-time"})
PAST_COPULAS = frozenset({"was", "served", "had", "became", "remained", "formerly", "previously", "once"})


@dataclass(frozen=True)
class Affiliation:
    name: str
    short: str | None
    title: str | None
    country: str | None
    source: str  # title | appositive | organisation | knowledge-base
    mention_start: int  # where in the draft it was stated


@dataclass(frozen=True)
class Profile:
    """What the draft says about one speaker."""

    title: str | None
    affiliation: Affiliation | None
    party: Organisation | None = None

    @property
    def identified(self) -> bool:
        return bool(self.title or self.affiliation)  # a party alone (`Ann Holt, R-Ky.`) says no role


def _join(words: list[Word]) -> str:
    out = ""
    for w in words:
        glue = w.text in ("-", "’s", "'s", ",") or out.endswith("-")
        out += w.text if glue or not out else " " + w.text
    return out.strip(" ,")


def _skip_punctuation(words: list[Word]) -> list[Word]:
    while words and words[0].text in (",", "-"):
        words = words[1:]
    return words


def _trim(words: list[Word]) -> list[Word]:
    while words and words[0].text.lower() in AFFILIATION_EDGE_NOISE:
        words = words[1:]
    while words and words[-1].text.lower() in AFFILIATION_EDGE_NOISE:
        words = words[:-1]
    return words


@dataclass
class _Reading:
    """What one mention's words say so far: the title words, an organisation, a country, and from where."""

    org: str | None = None
    short: str | None = None
    country: str | None = None
    title_words: list[Word] = field(default_factory=list)
    source: str = "title"
    title_after: bool = False  # the title words are an appositive's (`X, an aide to Republican Y`)
    party: Organisation | None = None


@dataclass(frozen=True)
class Description:
    """What one mention states about its person: a title, an affiliation, a party."""

    title: str | None
    affiliation: Affiliation | None
    party: Organisation | None


def describe(mention: Mention, kb: Knowledge) -> tuple[str | None, Affiliation | None]:
    """Title and affiliation stated by one mention, or (None, None)."""
    found = description(mention, kb)
    return found.title, found.affiliation


def description(mention: Mention, kb: Knowledge) -> Description:
    """Title, affiliation and party stated by one mention."""
    reading = _Reading()
    _read_before(_trim(_own_words(_rejoin_abbreviations(list(mention.before), kb), kb)), kb, reading)
    if mention.party_tag:
        _party_tag([Word(mention.party_tag, None, None)], kb, reading)
    after = _appositive_words(list(mention.after), kb, reading)
    if after:
        _read_after(after, kb, reading)
        _appositive_party(after, kb, reading)
    as_written = _join(_trim(reading.title_words))
    title = _title(_trim(reading.title_words), kb, reading)
    if as_written:
        _read_institution(as_written, kb, reading)  # (`Rep.` as written names the House)
    if reading.org is None and reading.country is None:
        return Description(title, None, reading.party)
    name = reading.org or reading.country
    assert name is not None
    short, country = reading.short, reading.country
    found = kb.organisation(name)
    if _former(title):  # a former post's body is not whom she speaks for; a former party chairman's party is hers
        party = next((p for p in kb.parties.values() if found is not None and p.name == found.name), None)
        return Description(title, None, reading.party or party)
    if found is not None:
        name, short = found.name, short or found.short
        country = country or found.country
    return Description(title, Affiliation(name, short, title, country, reading.source, mention.start), reading.party)


def _former(title: str | None) -> bool:
    """`former U.S. ambassador`, `ex-chairman of X`: a post the person no longer holds."""
    first = (title or "").split(" ", 1)[0].lower()
    return first in FORMER_WORDS or first.startswith("ex-")


def _rejoin_abbreviations(words: list[Word], kb: Knowledge) -> list[Word]:
    """`Sens` `.` as the tokenizer split it: the abbreviated title `Sens.`."""
    out: list[Word] = []
    for w in words:
        if w.text == "." and out and kb.is_title(out[-1].text.lower() + "."):
            out[-1] = Word(out[-1].text + ".", None, None)
        else:
            out.append(w)
    return out


def _own_words(before: list[Word], kb: Knowledge) -> list[Word]:
    """`spokeswoman for Hillary Clinton`, `an aide to Senator Ann Roe`: the role before the link is
    someone else's; the name's own words are those after it (`Secretary of State X` keeps all), as
    they are after another person joined on (`Ann Roe and Republican nominee X`)."""
    joined = max((k for k, w in enumerate(before) if w.text.lower() in ("and", "or")), default=None)
    other = next((k for k, w in enumerate(before[:joined]) if w.ner == "PERSON"), None) \
        if joined and before[joined - 1].ner == "PERSON" else None  # (the other name ends at `and`)
    shared = other is not None and other > 0 and (_plural_people(before[other - 1].text, kb) or (
        before[other - 1].text.lower().endswith("s.") and kb.is_title(before[other - 1].text.lower())))  # `Sens.`
    if other is not None and not shared and not any(w.ner == "PERSON" for w in before[joined + 1:]):
        # `Ann Roe and Republican nominee X`: the role after `and` is X's own (`Democratic candidates
        # Ann Roe and X` share theirs)
        before = before[joined + 1:]
    link = max((k for k, w in enumerate(before) if w.text.lower() in PERSON_LINKS), default=None)
    if link is None or not all(kb.is_title(w.text) for w in before[link + 1:]):
        return before
    if any(kb.is_role(w.text, w.upos) for w in before[:link]):
        return before[link + 1:]
    return before


def _title(words: list[Word], kb: Knowledge, r: _Reading) -> str | None:
    """The title as a report shows it, and the party it names (`Republican presidential nominee`).

    Abbreviations are spelled out (`Sen.` → senator); a courtesy title (`Mr.`) is dropped; a title
    that is only a party (`Democrat Ann Roe`) is no title.
    """
    dash = max((k for k, w in enumerate(words) if w.text in TITLE_BREAKS), default=-1)
    words = _one_of(words[dash + 1:], kb)  # `WASHINGTON ― President Obama`: the dateline is no part of the title
    if words and words[0].text.lower() in SUBORDINATORS:
        return None  # `as she pursues the nomination`: a story (`Sanders supporters`: see _names_a_role)
    kept: list[Word] = []
    for k, w in enumerate(words):
        low = w.text.lower()
        if low in kb.courtesy_titles:
            continue
        role = kb.title_abbreviations.get(low)
        kept.append(Word(role, w.upos, w.ner) if role else w)
        pair = f"{w.text} {words[k + 1].text}" if k + 1 < len(words) else ""
        party = kb.party(pair) or kb.party(w.text) if w.text[:1].isupper() and not r.title_after else None
        r.party = r.party or party
    if r.title_after:
        _appositive_party(words, kb, r)
    clause = next((k for k, w in enumerate(kept) if k and w.text.lower() in RELATIVE_PRONOUNS), len(kept))
    kept = kept[:clause]  # `a physicist who is co-director of …`: the title is what precedes the clause
    while len(kept) > 1 and kept[-1].text.lower().endswith("ly") and not kb.is_role(kept[-1].text):
        kept = kept[:-1]  # `the front-runner nationally`
    if kept and all(kb.party(w.text) for w in kept) or len(kept) > MAX_TITLE_WORDS:
        return None  # (a longer run is a clause the reader did not cut, not a title)
    if not _names_a_role(kept, kb):
        return None  # `the same partisan fire`, `two men`, `policies of President X`: no one's role
    return _join(_trim(kept)) or None


def _one_of(words: list[Word], kb: Knowledge) -> list[Word]:
    """`one of several coal industry veterans`: one such person, so the title is `coal industry veteran`."""
    start = 2 if [w.text.lower() for w in words[:2]] == ["one", "of"] else 0
    if len(words) < 2 or not (start or words[0].text.lower() in ("several", "many", "two", "three")):
        return words  # (`one of` itself may have been trimmed away as edge noise: `several … veterans`)
    rest = words[start:]
    while rest and rest[0].text.lower() in FUNCTION_WORDS:
        rest = rest[1:]
    cut = next((k for k, w in enumerate(rest) if w.text.lower() in PREPOSITIONS | SUBORDINATORS), len(rest))
    if cut and _plural_people(rest[cut - 1].text, kb):
        head = rest[cut - 1]
        rest = rest[:cut - 1] + [Word(head.text[:-1], head.upos, head.ner)] + rest[cut:]
    return rest


def _names_a_role(words: list[Word], kb: Knowledge) -> bool:
    """Whether the title's head, the last word before `of`, `and` or a clause (`physicist who is
    co-director` → physicist), names a role. A hyphenated head is read whole (`co-host`); so is a
    coordination of modifiers (`politics and outreach director`); a participle after the head is a
    clause (`donor involved in …`); a member is one of a body (`committee member`, `member of X`)."""
    words = _trim(words)
    cut = next((k for k, w in enumerate(words) if k and (w.text.lower() in PREPOSITIONS
                                                        or w.text.lower() in SUBORDINATORS
                                                        or w.upos == "VERB" and kb.is_role(words[k - 1].text))),
               len(words))
    if _names_a_role_head(words[:cut], kb, words[cut].text.lower() if cut < len(words) else ""):
        return True
    if cut < len(words) and words[cut].text.lower() in ("and", "or") and cut <= 3 and cut + 1 < len(words) \
            and all(w.text.islower() for w in words[:cut + 2]):  # (`Donald Trump and senator`: two people)
        rest = words[cut + 1:]
        end = next((k for k, w in enumerate(rest) if w.text.lower() in PREPOSITIONS | SUBORDINATORS), len(rest))
        return _names_a_role_head(rest[:end], kb, rest[end].text.lower() if end < len(rest) else "")
    return False


def _names_a_role_head(head: list[Word], kb: Knowledge, follower: str) -> bool:
    if not head:
        return False
    last = head[-1]
    if _plural_people(last.text, kb):
        return False  # `aides and those in attendance`, `fans of X`: other people, many
    if len(head) >= 3 and head[-2].text == "-":
        return kb.is_role(_join(head[-3:]))
    if last.text.lower() in kb.member_heads:
        return follower == "of" or len(head) >= 2 and (head[-2].text.lower() in kb.org_words | kb.collective_nouns
                                                       or head[-2].text[:1].isupper())
    return kb.is_role(last.text, last.upos)


def _plural_people(word: str, kb: Knowledge) -> bool:
    low = word.lower()
    return low in kb.plural_source_heads or low in ("men", "women", "people") or (
        low.endswith("s") and (low[:-1] in kb.person_nouns or kb.is_role(low[:-1])))


def _party_tag(words: list[Word], kb: Knowledge, r: _Reading) -> None:
    """`D-Ore.` (one token or three): the party its letter stands for."""
    tag = PARTY_TAG.fullmatch("".join(w.text for w in words))
    if tag and r.party is None:
        r.party = kb.party_tags.get(tag.group(1))


def _appositive_words(after: list[Word], kb: Knowledge, r: _Reading) -> list[Word]:
    """The words after a name that describe the person: no party tag (its party is noted), no
    story told in a relative clause."""
    if after and after[0].text == "(":  # `(D-N.Y.), a leading advocate …`: the party tag is no title
        close = next((k for k, w in enumerate(after) if w.text == ")"), len(after) - 1)
        _party_tag(after[1:close], kb, r)
        after = after[close + 1:]
    after = _skip_punctuation(after)
    if len(after) >= 3 and after[0].text in kb.party_tags and after[1].text == "-":
        _party_tag(after[:3], kb, r)
        after = _skip_punctuation(after[3:])  # `, R-Ky.,`: party and state, not a title
    elif after and PARTY_TAG.fullmatch(after[0].text):
        _party_tag(after[:1], kb, r)
        after = _skip_punctuation(after[1:])
    relative = next((k for k, w in enumerate(after) if w.text.lower() in RELATIVE_PRONOUNS), None)
    if relative == 0:  # `, who was undersecretary of state in 2013,`: a role, unless one stands before the name
        after = _copula_complement(after[1:]) if not r.title_words else []
        relative = next((k for k, w in enumerate(after) if w.text.lower() in RELATIVE_PRONOUNS), None)
    if relative is not None and (relative == 0 or any(w.text[:1].isupper() for w in after[:relative])):
        # `the director of X who also appears in the film`: X is the organisation; `, who has campaigned
        # for Y since …` is a story, not a title.
        after = after[:relative]
    if after and after[0].text.lower() in ("at", "of", "from", "with"):
        return after[:1] + _trim(after[1:])
    return _trim(after)


def _appositive_party(words: list[Word], kb: Knowledge, r: _Reading) -> None:
    """`X, a moderate Ohio Democrat`: the party an appositive names, even when it is no title. After a
    link it is someone else's (`an aide to Republican Sen. Y`, `a critic of Democrats`) unless it
    opens the name of a body she heads (`chairman of the Democratic Senatorial Committee`)."""
    linked = False
    for k, w in enumerate(words):
        low = w.text.lower()
        if r.party is not None or low == "which":
            return
        linked = linked or bool(k and low in PERSON_LINKS)
        nxt = words[k + 1].text if k + 1 < len(words) else ""
        if w.text[:1].isupper() and (not linked or (nxt[:1].isupper() and not kb.is_title(nxt.lower()))):
            r.party = kb.party(f"{w.text} {nxt}") or kb.party(w.text)


def _copula_complement(clause: list[Word]) -> list[Word]:
    """The words a relative clause states the person is or was (`was undersecretary of state`,
    `has served as the director of X`); none for any other clause (`who chairs the panel` tells
    what she does, `who traveled from Ohio` a story)."""
    k = 0
    while k < len(clause) and clause[k].text.lower() in TITLE_COPULAS:
        k += 1
    verbs = {w.text.lower() for w in clause[:k]}
    if not verbs & {"is", "was", "been", "served", "serves", "became", "becomes", "remains", "remained"}:
        return []
    rest = clause[k:]
    when = next((j for j, w in enumerate(rest) if j and (w.text.lower() in CIRCUMSTANCE_WORDS or (
        w.text[:1].isdigit() and rest[j - 1].text.lower() in PREPOSITIONS))), None)
    rest = rest[:when - 1 if when and rest[when].text[:1].isdigit() else when]  # (`… in 2013`: when, not what)
    while rest and rest[0].text.lower() in ("a", "an", "the"):
        rest = rest[1:]
    if rest and verbs & PAST_COPULAS and not verbs & {"is", "has", "serves", "remains"} \
            and rest[0].text.lower() != "former":
        # `who was ambassador`: a former ambassador (`who was Ann Roe's adviser`: her former adviser)
        mark = next((j + 1 for j, w in enumerate(rest[:4]) if w.text in POSSESSIVE), 0)
        rest = [*rest[:mark], Word("former", "ADJ", None), *rest[mark:]]
    return rest


def _read_before(before: list[Word], kb: Knowledge, r: _Reading) -> None:
    """Pre-nominal words: split out a demonym, known organisations and ORG entities; the rest is the title."""
    before = _read_possessor(before, r)
    i = 0
    while i < len(before):
        w = before[i]
        hyphenated = (i + 1 < len(before) and before[i + 1].text == "-") or (i > 0 and before[i - 1].text == "-")
        known = _known_organisation(before, i, kb)
        follower = before[i + 1].text if i + 1 < len(before) else ""
        body = w.text[:1].isupper() and (follower.lower() in kb.collective_nouns or (
            follower.islower() and follower in kb.org_words and i + 2 < len(before)))
        if body and r.org is None and not kb.is_title(w.text.lower()):
            # `Clinton campaign chairman`, `Charlotte-Mecklenburg police chief`: the body, then the title
            run = [w]
            while len(r.title_words) >= 2 and r.title_words[-1].text == "-" and r.title_words[-2].text[:1].isupper():
                run = r.title_words[-2:] + run
                del r.title_words[-2:]
            r.org = f"{_join(run)} {follower}"
            r.title_words.append(before[i + 1])
            i += 1
        elif w.text in kb.demonyms and not hyphenated and r.country is None and not r.title_words:
            r.country = kb.demonyms[w.text]
        elif w.text[:1].isupper() and kb.party(w.text) and (known is None or known[1] == i):
            r.title_words.append(w)  # `Green councillor`, `GOP candidate`: the party, read with the title
        elif w.text[:1].isupper() and kb.party(f"{w.text} {follower}") and known is None:
            r.title_words += before[i:i + 2]  # `Green Party candidate`: a party named in two words
            i += 1
        elif known is not None and not hyphenated:
            found, i = known
            r.org, r.short = found.name, found.short
            r.country = r.country or found.country
        elif (w.ner == "ORG" and w.text[:1].isupper() and not kb.is_title(w.text) and r.org is None
              and not (i > 0 and before[i - 1].text.lower() in ("for", "of", "and"))):
            run = [w]
            while i + 1 < len(before) and before[i + 1].ner == "ORG":
                i += 1
                run.append(before[i])
            r.org = _join([w for w in run if w.text not in POSSESSIVE])  # `Network Rail's chief executive`
        elif kb.country_of(w.text) and w.text[:1].isupper() and not hyphenated and not r.title_words:
            r.country = kb.country_of(w.text)
        elif _acronym(w.text) and r.org is None and not kb.is_title(w.text) and not kb.country_of(w.text):
            r.org = w.text  # `NYPD Commissioner`: a body the tagger did not mark
        else:
            r.title_words.append(w)
        i += 1


def _acronym(text: str) -> bool:
    """`NYPD`, `U.N.`: a body's initials (a dateline in capitals, `PHILADELPHIA`, is longer)."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _a_place(words: list[Word], kb: Knowledge) -> bool:
    """Words the tagger marks as a place and no organisation word (`Concord`, `Fort Pierce`)."""
    if words and words[0].text == "The":
        return False  # `of The Atlantic`: a capitalised article makes it a title, a magazine's
    words = _trim(words)
    names = [w for w in words if w.text[:1].isupper()]
    return bool(names) and all(w.ner in ("LOC", "GPE") for w in names) \
        and not any(w.text.lower() in kb.org_words for w in words) and kb.organisation(_join(words)) is None


def _known_organisation(words: list[Word], i: int, kb: Knowledge) -> tuple[Organisation, int] | None:
    """The longest known organisation starting at word i (`United Nations`), and its last word."""
    for j in range(min(len(words), i + 4), i, -1):
        found = kb.organisation(" ".join(w.text for w in words[i:j]))
        if found is not None:
            return found, j - 1
    return None


def _read_possessor(before: list[Word], r: _Reading) -> list[Word]:
    """`the Clinton campaign's press secretary`, `Harbor Rail's chief executive`: a capitalised
    possessor that is no lone person is the organisation; the title follows it. (`Obama's former
    strategist` keeps the person in the title.)"""
    mark = next((k for k, w in enumerate(before) if w.text in POSSESSIVE), None)
    if mark is None or r.org is not None:
        return before
    owner = _trim(before[:mark])
    if not owner or not any(w.text[:1].isupper() for w in owner) or all(w.ner == "PERSON" for w in owner):
        return before
    r.org = _join(owner)
    return before[mark + 1:]


def _read_after(after: list[Word], kb: Knowledge, r: _Reading) -> None:
    """An appositive or `at ORG` after the name."""
    r.source = "appositive"
    head = after[0].text.lower()
    splits = [k for k, w in enumerate(after) if w.text.lower() in ("at", "of", "for", "with", "from", "on", "to")]
    # `director of debate at the University of Michigan`: the first split that names something.
    split = next((k for k in splits if _join(_trim(after[k + 1:]))[:1].isupper()), splits[0] if splits else None)
    if head in ("at", "of", "from", "with"):
        if _a_place(after[1:], kb):
            r.country = r.country or kb.country_of(_join(_trim(after[1:])))
            return  # `Ann Roe of Concord`: where she is from, no organisation
        r.org = _fuller(r.org, _join(_trim(after[1:])))
        r.source = "organisation"
    elif split is not None:
        named = _trim(_first_conjunct(after[split + 1:]))
        target = _join(named)
        found = kb.organisation(target)
        person = bool(named) and named[-1].ner == "PERSON" and not any(
            w.text.lower() in kb.org_words for w in named)  # `an adviser to Ann Roe` names no body
        if kb.country_of(target) and not found:
            r.country = r.country or kb.country_of(target)  # `the Prime Minister of Ireland`
        elif target[:1].isupper() and not person and not _a_place(after[split + 1:], kb):
            # (`advocate for human rights in Burma`, `a nurse from Fort Pierce` name no organisation)
            r.org = r.org or (found.name if found else target)
            if found:
                r.short = r.short or found.short
                r.country = r.country or found.country
        else:
            if not r.title_words:  # `a spokesman for the operator`: no organisation named
                # (`a host and manager at the oldest station in town`: too long whole, the role is before `at`)
                whole = len(_trim(after)) <= MAX_TITLE_WORDS or any(w.upos in ("VERB", "AUX") for w in after)
                r.title_words, r.title_after = list(after) if whole else after[:split], True
        _take_fuller_title(after if len(_trim(after)) <= MAX_TITLE_WORDS else after[:split], kb, r)
    elif not r.title_words:
        r.title_after = True
        _read_before(after, kb, r)  # `the United Nations secretary-general`: the body, then the title


def _first_conjunct(words: list[Word]) -> list[Word]:
    """`the U.S. Chamber of Commerce and a longtime friend of X`: the body ends where another noun
    phrase is joined on (`Office of Management and Budget` keeps its `and`)."""
    cut = next((k for k, w in enumerate(words[:-1]) if k and w.text.lower() in ("and", "or")
                and words[k + 1].text.lower() in ("a", "an", "the")), len(words))
    return words[:cut]


def _take_fuller_title(appositive: list[Word], kb: Knowledge, r: _Reading) -> None:
    """`Rep. Ann Roe, the top Democrat on the Intelligence Committee`: the appositive says more than
    the title before the name, so it is the title (the party the shorter one named is kept)."""
    if len(_trim(appositive)) > len(_trim(r.title_words)) and _names_a_role(list(appositive), kb):
        if r.title_words:
            _title(_trim(r.title_words), kb, r)  # (reads the party of `Democratic Sen.`)
            _read_institution(_join(_trim(r.title_words)), kb, r)  # (and `Rep.`'s House, if no body is named)
        r.title_words, r.title_after = list(appositive), True


def _fuller(known: str | None, stated: str) -> str | None:
    """`Commission Chair X of the Harbor Commission`: the organisation named in full beats its short
    mention before the name; an unrelated one after it does not replace it."""
    if known is None or set(known.lower().split()) <= set(stated.lower().split()):
        return stated or known
    return known


def _read_institution(title: str, kb: Knowledge, r: _Reading) -> None:
    """A title the knowledge base ties to an institution (`foreign minister` → the country's MFA)."""
    for inst in kb.institutions:
        if f" {inst.title} " in f" {title.lower()} ":
            if inst.national_only and r.country is None and _local(r.title_words, kb):
                break
            if r.org is None:
                if r.country and inst.national:
                    r.org = inst.national.format(country=r.country,
                                                 demonym=kb.country_adjective.get(r.country, r.country))
                elif not inst.national or "{" not in inst.national:
                    r.org = inst.national or inst.name
                elif inst.short:
                    r.org = inst.name  # a specific institution even without a country (Department of State)
                r.short = inst.short
                r.source = "knowledge-base" if r.org else r.source
            break


def _local(title_words: list[Word], kb: Knowledge) -> bool:
    """`Texas Attorney General`, `the state attorney general`: a place that is no country, or `state`,
    qualifies the title, so the office is that place's, not the nation's."""
    return any(w.text.lower() in ("state", "state's", "county", "city") or (
        w.ner in ("GPE", "LOC") and w.text[:1].isupper() and not kb.country_of(w.text)) for w in title_words)


def profile(speaker: Speaker, kb: Knowledge) -> Profile:
    """What the speaker's mentions state, in draft order: the first affiliation (with the title
    stated beside it, else the first title) and the first party, wherever each is said (a
    description that names no one, `the front-runner`, counts where it stands)."""
    title: str | None = None
    title_rank = (False, 0)
    affiliation: Affiliation | None = None
    party: Organisation | None = None
    for mention in sorted(speaker.mentions, key=lambda m: m.start):
        found = description(mention, kb)
        if affiliation is None and found.affiliation is not None:
            affiliation = found.affiliation
        # A title stated beside the name beats one read from a description nearby (`the front-runner`
        # may be someone else); among those, the fullest (`Senate majority leader` over `leader`).
        rank = (mention.name is not None, len(found.title.split()) if found.title else 0)
        if found.title and (title is None or rank > title_rank):
            title, title_rank = found.title, rank
        party = party or found.party
    if affiliation is None and speaker.kind == "organisation":
        known = kb.organisation(speaker.name)
        if known is not None:
            affiliation = Affiliation(known.name, known.short, None, known.country, "knowledge-base",
                                      speaker.mentions[0].start if speaker.mentions else 0)
    return Profile(title, affiliation, party)


def profiles(speakers: dict[str, Speaker], kb: Knowledge) -> dict[str, Profile]:
    return {sid: profile(speaker, kb) for sid, speaker in speakers.items()}

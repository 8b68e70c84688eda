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
    PARTY_TAG,
    PERSON_LINKS,
    POSSESSIVE,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
)
from .knowledge import Institution, Knowledge, Organisation
from .model import Mention, Speaker, Word
from .roles import (
    copula_complement,
    first_conjunct,
    is_former,
    join,
    names_a_role,
    one_of,
    trim,
)

MAX_TITLE_WORDS = 10  # `High Representative for Foreign Affairs and Security Policy` is 8
# Dashes that end a dateline or an aside before a title (a hyphen inside a word is glued, not one of these).
TITLE_BREAKS = frozenset({"—", "–", "―", "--"})
BODY_NAME_LINKS = frozenset({"of", "for", "and", "&", "the", "on"})  # (`Gate of Light`, `Friends of the Marsh`)


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


def _skip_punctuation(words: list[Word]) -> list[Word]:
    while words and words[0].text in (",", "-"):
        words = words[1:]
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
    _read_before(trim(_own_words(_rejoin_abbreviations(list(mention.before), kb), kb)), kb, reading)
    if mention.party_tag:
        _party_tag([Word(mention.party_tag, None, None)], kb, reading)
    after = _appositive_words(list(mention.after), kb, reading)
    if after:
        _read_after(after, kb, reading)
        _appositive_party(after, kb, reading)
    as_written = join(trim(reading.title_words))
    title = _title(trim(reading.title_words), kb, reading)
    if as_written:
        _read_institution(as_written, kb, reading)  # (`Rep.` as written names the House)
    if reading.org is None and reading.country is None:
        return Description(title, None, reading.party)
    name = reading.org or reading.country
    assert name is not None
    short, country = reading.short, reading.country
    found = kb.organisation(name)
    if is_former(title):  # a former post's body is not whom she speaks for; a former party chairman's party is hers
        party = next((p for p in kb.parties.values() if found is not None and p.name == found.name), None)
        return Description(title, None, reading.party or party)
    if found is not None:
        name, short = found.name, short or found.short
        country = country or found.country
    return Description(title, Affiliation(name, short, title, country, reading.source, mention.start), reading.party)


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
    shared = other is not None and other > 0 and (kb.names_many(before[other - 1].text) or (
        before[other - 1].text.lower().endswith("s.") and kb.is_title(before[other - 1].text.lower())))  # `Sens.`
    if other is not None and not shared and not any(w.ner == "PERSON" and not kb.is_title(w.text)
                                                    for w in before[joined + 1:]):  # (`Sen.` tagged a person)
        # `Ann Roe and Republican nominee X`: the role after `and` is X's own (`Democratic candidates
        # Ann Roe and X` share theirs)
        before = before[joined + 1:]
    before = _after_clause_and(before, kb)
    link = max((k for k, w in enumerate(before) if w.text.lower() in PERSON_LINKS), default=None)
    if link is None or not all(kb.is_title(w.text) for w in before[link + 1:]):
        return before
    if any(kb.is_role(w.text, w.upos) for w in before[:link]):
        return before[link + 1:]
    return before


def _after_clause_and(before: list[Word], kb: Knowledge) -> list[Word]:
    """`… divided across the county and GOP Sen. X`: the `and` joins clauses, not titles; X's own words
    are those after it (`politics and outreach director`, `Trade and Industry Minister`
    are one title)."""
    joined = max((k for k, w in enumerate(before) if w.text.lower() in ("and", "or")), default=None)
    if joined is None or not joined or joined + 1 >= len(before):
        return before
    own = before[joined + 1:]
    if before[joined - 1].text.islower() and not kb.is_role(before[joined - 1].text) \
            and own[0].text[:1].isupper() and names_a_role(own, kb):
        return own
    return before


def _title(words: list[Word], kb: Knowledge, r: _Reading) -> str | None:
    """The title as a report shows it, and the party it names (`Republican presidential nominee`).

    Abbreviations are spelled out (`Sen.` → senator); a courtesy title (`Mr.`) is dropped; a title
    that is only a party (`Democrat Ann Roe`) is no title.
    """
    dash = max((k for k, w in enumerate(words) if w.text in TITLE_BREAKS), default=-1)
    words = one_of(words[dash + 1:], kb)  # `WASHINGTON ― President Obama`: the dateline is no part of the title
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
    kept = kept[:clause]  # `a chemist who is deputy head of …`: the title is what precedes the clause
    while len(kept) > 1 and kept[-1].text.lower().endswith("ly") and not kb.is_role(kept[-1].text):
        kept = kept[:-1]  # `the front-runner nationally`
    if kept and all(kb.party(w.text) for w in kept) or len(kept) > MAX_TITLE_WORDS:
        return None  # (a longer run is a clause the reader did not cut, not a title)
    if not names_a_role(kept, kb):
        return None  # `the same partisan fire`, `two men`, `policies of President X`: no one's role
    return join(trim(kept)) or None


def _party_tag(words: list[Word], kb: Knowledge, r: _Reading) -> None:
    """`D-Ore.` (one token or three): the party its letter stands for."""
    tag = PARTY_TAG.fullmatch("".join(w.text for w in words))
    if tag and r.party is None:
        r.party = kb.party_tags.get(tag.group(1))


def _appositive_words(after: list[Word], kb: Knowledge, r: _Reading) -> list[Word]:
    """The words after a name that describe the person: no party tag (its party is noted), no
    story told in a relative clause."""
    if after and after[0].text == "(":  # `(D-Ore.), a longtime champion …`: the party tag is no title
        close = next((k for k, w in enumerate(after) if w.text == ")"), len(after) - 1)
        _party_tag(after[1:close], kb, r)
        after = after[close + 1:]
    after = _skip_punctuation(after)
    if len(after) >= 2 and after[0].text.isdigit() and after[1].text == ",":
        after = _skip_punctuation(after[1:])  # `, 62, a retired nurse`: the age is no title
    if len(after) >= 3 and after[0].text in kb.party_tags and after[1].text == "-":
        _party_tag(after[:3], kb, r)
        after = _skip_punctuation(after[3:])  # `, R-Ky.,`: party and state, not a title
    elif after and PARTY_TAG.fullmatch(after[0].text):
        _party_tag(after[:1], kb, r)
        after = _skip_punctuation(after[1:])
    relative = next((k for k, w in enumerate(after) if w.text.lower() in RELATIVE_PRONOUNS), None)
    if relative == 0:  # `, who was undersecretary of commerce in 2011,`: a role, unless one stands before the name
        after = copula_complement(after[1:]) if not r.title_words else []
        relative = next((k for k, w in enumerate(after) if w.text.lower() in RELATIVE_PRONOUNS), None)
    if relative is not None and (relative == 0 or any(w.text[:1].isupper() for w in after[:relative])):
        # `the director of X who also appears in the film`: X is the organisation; `, who has campaigned
        # for Y since …` is a story, not a title.
        after = after[:relative]
    if after and after[0].text.lower() in ("at", "of", "from", "with"):
        return after[:1] + trim(after[1:])
    return trim(after)


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
            # `Velde campaign chairman`, `Eastport-Lowell police chief`: the body, then the title
            run = [w]
            while len(r.title_words) >= 2 and r.title_words[-1].text == "-" and r.title_words[-2].text[:1].isupper():
                run = r.title_words[-2:] + run
                del r.title_words[-2:]
            r.org = f"{join(run)} {follower}"
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
        elif r.org is None and (institution := _institution_named(before, i, kb)) is not None:
            _take_institution(institution[0], kb, r)  # `Chinese Foreign Ministry spokeswoman`
            i = institution[1]
        elif (w.ner == "ORG" and w.text[:1].isupper() and not kb.is_title(w.text) and r.org is None
              and not (i > 0 and before[i - 1].text.lower() in ("for", "of", "and"))):
            run = [w]
            while i + 1 < len(before) and before[i + 1].ner == "ORG":
                i += 1
                run.append(before[i])
            r.org = join([w for w in run if w.text not in POSSESSIVE])  # `Network Rail's chief executive`
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
    words = trim(words)
    names = [w for w in words if w.text[:1].isupper()]
    return bool(names) and all(w.ner in ("LOC", "GPE") for w in names) \
        and not any(w.text.lower() in kb.org_words for w in words) and kb.organisation(join(words)) is None


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
    owner = trim(before[:mark])
    if not owner or not any(w.text[:1].isupper() for w in owner) or all(w.ner == "PERSON" for w in owner):
        return before
    r.org = join(owner)
    return before[mark + 1:]


def _read_after(after: list[Word], kb: Knowledge, r: _Reading) -> None:
    """An appositive or `at ORG` after the name."""
    r.source = "appositive"
    head = after[0].text.lower()
    # `Gate of Light's executive director`: a body's name owns the role; no split inside that name
    mark = next((k for k, w in enumerate(after) if w.text in POSSESSIVE), 0)
    owned = mark + 1 if mark and all(w.text[:1].isupper() or w.text in BODY_NAME_LINKS for w in after[:mark]) \
        and not kb.party(after[0].text) and not kb.is_title(after[0].text.lower()) else 0
    splits = [k for k, w in enumerate(after)
              if k >= owned and w.text.lower() in ("at", "of", "for", "with", "from", "on", "to")]
    # `director of choir at the University of Leeds`: the first split that names something.
    split = next((k for k in splits if join(trim(after[k + 1:]))[:1].isupper()), splits[0] if splits else None)
    if head in ("at", "of", "from", "with"):
        if _a_place(after[1:], kb):
            r.country = r.country or kb.country_of(join(trim(after[1:])))
            return  # `Ann Roe of Concord`: where she is from, no organisation
        r.org = _fuller(r.org, join(trim(after[1:])))
        r.source = "organisation"
    elif split is not None:
        named = trim(first_conjunct(after[split + 1:]))
        target = join(named)
        found = kb.organisation(target)
        person = bool(named) and named[-1].ner == "PERSON" and not any(
            w.text.lower() in kb.org_words for w in named)  # `an adviser to Ann Roe` names no body
        if kb.country_of(target) and not found:
            r.country = r.country or kb.country_of(target)  # `the Prime Minister of Ireland`
        elif target[:1].isupper() and not person and not _a_place(after[split + 1:], kb):
            # (`advocate for clean rivers in Laos`, `a nurse from Ames` name no organisation)
            r.org = r.org or (found.name if found else target)
            if found:
                r.short = r.short or found.short
                r.country = r.country or found.country
        else:
            if not r.title_words:  # `a spokesman for the operator`: no organisation named
                # (`a host and manager at the oldest station in town`: too long whole, the role is before `at`)
                whole = len(trim(after)) <= MAX_TITLE_WORDS or any(w.upos in ("VERB", "AUX") for w in after)
                r.title_words, r.title_after = list(after) if whole else after[:split], True
        _take_fuller_title(after if len(trim(after)) <= MAX_TITLE_WORDS else after[:split], kb, r)
    elif not r.title_words:
        r.title_after = True
        _read_before(after, kb, r)  # `the United Nations secretary-general`: the body, then the title


def _take_fuller_title(appositive: list[Word], kb: Knowledge, r: _Reading) -> None:
    """`Rep. Ann Roe, the top Democrat on the Harbor Committee`: the appositive says more than
    the title before the name, so it is the title (the party the shorter one named is kept)."""
    if len(trim(appositive)) > len(trim(r.title_words)) and names_a_role(list(appositive), kb):
        if r.title_words:
            _title(trim(r.title_words), kb, r)  # (reads the party of `Democratic Sen.`)
            _read_institution(join(trim(r.title_words)), kb, r)  # (and `Rep.`'s House, if no body is named)
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
                _take_institution(inst, kb, r)
            break


def _take_institution(inst: Institution, kb: Knowledge, r: _Reading) -> None:
    if r.country and inst.national:
        r.org = inst.national.format(country=r.country, demonym=kb.country_adjective.get(r.country, r.country))
    elif not inst.national or "{" not in inst.national:
        r.org = inst.national or inst.name
    elif inst.short:
        r.org = inst.name  # a specific institution even without a country (Department of State)
    r.short = inst.short
    r.source = "knowledge-base" if r.org else r.source


def _institution_named(words: list[Word], i: int, kb: Knowledge) -> tuple[Institution, int] | None:
    """A body the knowledge base knows by a name that opens at word i (`Foreign Ministry spokeswoman`):
    the institution and its last word. Titles (`foreign minister`) are read with the title instead."""
    for j in range(min(len(words), i + 4), i + 1, -1):
        phrase = " ".join(w.text.lower() for w in words[i:j])
        if words[j - 1].text.lower() in kb.org_words:
            found = next((inst for inst in kb.institutions if inst.title == phrase), None)
            if found is not None:
                return found, j - 1
    return None


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

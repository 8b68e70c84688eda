"""Affiliations: title, organisation and country of each speaker, from the words around a name.

Sources, in the order they are read: a pre-nominal title (`Kremlin aide Yuri Ushakov`,
`Russian Deputy Foreign Minister Sergei Ryabkov`), an appositive (`Tom Whitaker, policy
director at the Institute`), `at/of ORG` after the name. The first mention of the person that
says anything wins, so `Smagin adds` inherits what his first mention said. Titles are normalised
to institutions through the knowledge base (Deputy Foreign Minister → Ministry of Foreign
Affairs, MFA), with the country taken from a demonym (`Russian`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .grammar import AFFILIATION_EDGE_NOISE, RELATIVE_PRONOUNS
from .knowledge import Knowledge
from .model import Mention, Speaker, Word


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

    @property
    def identified(self) -> bool:
        return bool(self.title or self.affiliation)


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


def describe(mention: Mention, kb: Knowledge) -> tuple[str | None, Affiliation | None]:
    """Title and affiliation stated by one mention, or (None, None)."""
    reading = _Reading()
    _read_before(_trim(list(mention.before)), kb, reading)
    after = _appositive_words(list(mention.after))
    if after:
        _read_after(after, kb, reading)
    title = _join(_trim(reading.title_words)) or None
    if title:
        _read_institution(title, kb, reading)
    if reading.org is None and reading.country is None:
        return title, None
    name = reading.org or reading.country
    assert name is not None
    short, country = reading.short, reading.country
    found = kb.organisation(name)
    if found is not None:
        name, short = found.name, short or found.short
        country = country or found.country
    return title, Affiliation(name, short, title, country, reading.source, mention.start)


def _appositive_words(after: list[Word]) -> list[Word]:
    """The words after a name that describe the person: no party tag, no story told in a relative clause."""
    if after and after[0].text == "(":  # `(D-N.Y.), a leading advocate …`: the party tag is no title
        close = next((k for k, w in enumerate(after) if w.text == ")"), len(after) - 1)
        after = after[close + 1:]
    after = _skip_punctuation(after)
    if len(after) >= 3 and after[0].text in ("R", "D", "I") and after[1].text == "-":
        after = _skip_punctuation(after[3:])  # `, R-Ky.,`: party and state, not a title
    relative = next((k for k, w in enumerate(after) if w.text.lower() in RELATIVE_PRONOUNS), None)
    if relative is not None and (relative == 0 or any(w.text[:1].isupper() for w in after[:relative])):
        # `the director of X who also appears in the film`: X is the organisation; `, who has campaigned
        # for Y since …` is a story, not a title.
        after = after[:relative]
    if after and after[0].text.lower() in ("at", "of", "from", "with"):
        return after[:1] + _trim(after[1:])
    return _trim(after)


def _read_before(before: list[Word], kb: Knowledge, r: _Reading) -> None:
    """Pre-nominal words: split out a demonym, known organisations and ORG entities; the rest is the title."""
    i = 0
    while i < len(before):
        w = before[i]
        hyphenated = (i + 1 < len(before) and before[i + 1].text == "-") or (i > 0 and before[i - 1].text == "-")
        found = kb.organisation(w.text)
        if w.text in kb.demonyms and not hyphenated and r.country is None and not r.title_words:
            r.country = kb.demonyms[w.text]
        elif found is not None and not hyphenated:
            r.org, r.short = found.name, found.short
            r.country = r.country or found.country
        elif (w.ner == "ORG" and w.text[:1].isupper() and not kb.is_title(w.text) and r.org is None
              and not (i > 0 and before[i - 1].text.lower() in ("for", "of", "and"))):
            run = [w]
            while i + 1 < len(before) and before[i + 1].ner == "ORG":
                i += 1
                run.append(before[i])
            r.org = _join(run)
        elif kb.country_of(w.text) and w.text[:1].isupper() and not hyphenated and not r.title_words:
            r.country = kb.country_of(w.text)
        else:
            r.title_words.append(w)
        i += 1


def _read_after(after: list[Word], kb: Knowledge, r: _Reading) -> None:
    """An appositive or `at ORG` after the name."""
    r.source = "appositive"
    head = after[0].text.lower()
    splits = [k for k, w in enumerate(after) if w.text.lower() in ("at", "of", "for", "with", "from")]
    # `director of debate at the University of Michigan`: the first split that names something.
    split = next((k for k in splits if _join(_trim(after[k + 1:]))[:1].isupper()), splits[0] if splits else None)
    if head in ("at", "of", "from", "with"):
        r.org = r.org or _join(_trim(after[1:]))
        r.source = "organisation"
    elif split is not None:
        r.title_words = r.title_words or list(after[:split])
        target = _join(_trim(after[split + 1:]))
        found = kb.organisation(target)
        if kb.country_of(target) and not found:
            r.country = r.country or kb.country_of(target)  # `the Prime Minister of Ireland`
        elif target[:1].isupper():  # `advocate for human rights in Burma` names no organisation
            r.org = r.org or (found.name if found else target)
            if found:
                r.short = r.short or found.short
                r.country = r.country or found.country
        else:
            r.title_words = r.title_words or list(after)  # `a spokesman for the operator`: no organisation named
    else:
        r.title_words = r.title_words or list(after)


def _read_institution(title: str, kb: Knowledge, r: _Reading) -> None:
    """A title the knowledge base ties to an institution (`foreign minister` → the country's MFA)."""
    for inst in kb.institutions:
        if f" {inst.title} " in f" {title.lower()} ":
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


def profile(speaker: Speaker, kb: Knowledge) -> Profile:
    """The first mention that states a title or affiliation, in draft order."""
    title: str | None = None
    for mention in sorted(speaker.mentions, key=lambda m: m.start):
        found_title, affiliation = describe(mention, kb)
        if affiliation is not None:
            return Profile(found_title or title, affiliation)
        title = title or found_title
    if speaker.kind == "organisation":
        found = kb.organisation(speaker.name)
        if found is not None:
            return Profile(None, Affiliation(found.name, found.short, None, found.country, "knowledge-base",
                                             speaker.mentions[0].start if speaker.mentions else 0))
    return Profile(title, None)


def profiles(speakers: dict[str, Speaker], kb: Knowledge) -> dict[str, Profile]:
    return {sid: profile(speaker, kb) for sid, speaker in speakers.items()}

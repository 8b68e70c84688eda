"""The plain data that passes between stages: quotes, mentions, speakers, attributions, findings.

Every stage reads and returns these types and nothing of another stage's internals, so each stage
can be tested, replaced or measured alone. `TextView` is what a stage needs of a draft: its text
and paragraphs, not the file it came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

KINDS = ("full", "partial", "scare", "title", "nested")
SPEECH_KINDS = ("full", "partial")  # the kinds that are somebody's words
SEVERITIES = ("error", "warning", "info")  # a finding's levels, most severe first


def is_speech(kind: str) -> bool:
    """Whether a quote of this kind is somebody's words (the sourcing rules apply to it)."""
    return kind in SPEECH_KINDS


class TextView(Protocol):
    """What the analysis stages read of a draft: the text and where its paragraphs start."""

    text: str
    paragraphs: Sequence[Any]  # each with .start and .end offsets into text

    def paragraph_index(self, offset: int) -> int: ...


@dataclass(frozen=True)
class Quote:
    id: str
    start: int  # offset of the opening mark in Document.text
    end: int  # offset just past the closing mark (or the paragraph end when unclosed)
    open_mark: str
    close_mark: str | None
    paragraph: int
    depth: int = 0
    parent: str | None = None
    continued_from: str | None = None
    continues: bool = False  # an unclosed paragraph continued by the next one
    mismatched: bool = False
    kind: str = "full"
    # nobody's words whatever a sieve finds: a stage direction, page furniture, a defined term, a work's title
    unspoken: bool = False
    takes_tag_after: bool = False  # ends like an utterance, so a cue after it may be its attribution

    @property
    def inner_start(self) -> int:
        return self.start + len(self.open_mark)

    @property
    def inner_end(self) -> int:
        return self.end - (len(self.close_mark) if self.close_mark else 0)


@dataclass(frozen=True)
class MarkProblem:
    offset: int
    mark: str
    problem: str  # unclosed | unopened


@dataclass
class QuoteScan:
    quotes: list[Quote]
    problems: list[MarkProblem]


@dataclass(frozen=True)
class Word:
    """A word as the affiliation stage needs it."""

    text: str
    upos: str | None
    ner: str | None


@dataclass(frozen=True)
class Mention:
    """One place a speaker is referred to."""

    text: str  # the whole phrase as written ("Kremlin aide Yuri Ushakov", "he", "a senior official")
    start: int
    end: int
    kind: str  # person | organisation | pronoun | unnamed | other
    name: str | None = None  # the name inside it ("Yuri Ushakov"), None for pronouns/unnamed
    before: tuple[Word, ...] = ()  # descriptor words before the name (titles, organisations)
    after: tuple[Word, ...] = ()  # appositive / "at ORG" after the name
    full: bool = False  # name has given name and surname
    party_tag: str | None = None  # `D-Ore.` in brackets right after the name, outside the mention's words
    plural: bool = False  # an unnamed source that is many people (`demonstrators`, `the crowd`): never a he/she


@dataclass
class Speaker:
    """An entity that is quoted or named in the draft."""

    id: str
    name: str
    kind: str  # person | organisation | unnamed | other | pronoun
    anonymous: bool
    mentions: list[Mention] = field(default_factory=list)
    # descriptions that stand for her only by the sentences around them (`… for Roe. The senator spoke`): read for
    # her title alone, and only when none of her mentions states one
    standing: list[Mention] = field(default_factory=list)


@dataclass(frozen=True)
class Attribution:
    quote_id: str
    speaker_id: str | None
    mention: Mention | None
    cue: str | None
    cue_start: int | None
    sieve: str  # the pattern or discourse pass that chose the source mention
    confidence: float
    resolution: str = ""  # the step that chose the entity (a `RESOLUTION_STEPS` name)
    unit: str = ""  # the sieve or discourse pass that chose the mention (`sieve` is the pattern it matched)
    via: str | None = None  # who passed the words on (`…, according to audio obtained by the Tribune`)


@dataclass(frozen=True)
class IntroducedBody:
    """A body the draft introduces by the noun for its kind (`the budget airline Skylane`, `Skylane, a budget
    airline,`), read once by attribution: where its name stands, the name, and that noun (`airline`)."""

    start: int
    end: int
    name: str
    kind: str


@dataclass
class AttributionResult:
    attributions: dict[str, Attribution]
    speakers: dict[str, Speaker]
    persons: list[Mention]  # every person mention, for name-consistency checks
    proper_words: list[tuple[str, int]] = field(default_factory=list)  # capitalised words outside quotes
    unvoiced: frozenset[str] = frozenset()  # ids of cries and aliases no one in the draft is named for
    introduced: list[IntroducedBody] = field(default_factory=list)  # bodies introduced by their kind's noun


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    message: str
    quote_id: str | None
    start: int  # offset in Document.text
    end: int

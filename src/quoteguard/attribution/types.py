"""The plain data the attribution stage passes between its units."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Quote


@dataclass(frozen=True)
class Phrase:
    """A speaker phrase a sieve found: a token range, the cue, and which pattern found it."""

    first: int
    last: int
    cue: int | None
    sieve: str  # the pattern that matched (`said-speaker`, `colon`, …); reported with the attribution
    confidence: float


@dataclass(frozen=True)
class Site:
    """Where a quote stands among the tokens, as every sieve reads it."""

    quote: Quote
    first: int  # the quote's first and last tokens
    last: int
    before: list[int]  # the tokens of its sentence before it, outside quotes (same paragraph)
    after: list[int]  # the tokens after it to the sentence end; empty when the quote ends its sentence

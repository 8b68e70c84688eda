"""What a sieve is: one small unit that finds the words introducing a quote, and what it needs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...model import Mention
from ..draft import Draft
from ..types import Phrase, Site


def always(d: Draft, site: Site) -> bool:
    return True


def any_mention(d: Draft, mention: Mention) -> bool:
    return True


@dataclass(frozen=True)
class Sieve:
    """A quote → source-mention unit.

    `find` returns the speaker phrase it sees around the quote, or None; `patterns` are the labels
    its phrases carry (what a report and `quoteguard eval` show); `requires` are the Stanza
    processors without which it cannot fire (as Stanza processors declare `REQUIRES`).
    """

    id: str
    patterns: tuple[str, ...]
    requires: frozenset[str]
    find: Callable[[Draft, Site], Phrase | None]
    applies: Callable[[Draft, Site], bool] = always  # whether the quote can take this kind of cue at all
    accepts: Callable[[Draft, Mention], bool] = any_mention  # whether the mention found may speak
    # A thought verb (`voters believe "…"`) yields to a reporting tag that frames the sentence.
    thought_yields_to_tag: bool = True
    mention: Callable[[Draft, Phrase], Mention | None] | None = None  # how the phrase becomes a mention


TOKENS_ONLY = frozenset({"tokenize"})
PARSED = frozenset({"tokenize", "depparse"})

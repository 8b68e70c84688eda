"""`according to X`, `in the words of X`: anywhere in the quote's sentence."""

from __future__ import annotations

from ...grammar import NOUN_PHRASE_OPENERS
from ..draft import Draft
from ..types import Phrase
from .base import TOKENS_ONLY, Sieve


def sieve_according(d: Draft, window: list[int]) -> Phrase | None:
    """`according to X` / `in the words of X` anywhere in the quote's sentence."""
    for pos, i in enumerate(window):
        if _inside_compound(d, i):
            continue
        for phrase in d.kb.according:
            parts = phrase.split()
            if pos + len(parts) < len(window) and all(
                d.low(window[pos + k]) == parts[k] for k in range(len(parts))
            ) and window[pos + len(parts) - 1] == window[pos] + len(parts) - 1 \
                    and not _a_rate(d, phrase, window[pos + len(parts)]):
                np = d.np_after(window[pos + len(parts)], window)
                if np and not d.has_name(*np):
                    # `according to evening radio host Lou Varn,`: a mistagged
                    # `talk` must not cut the phrase short of its name.
                    np = d.up_to_clause_break(np[0], window) or np
                if np:
                    return Phrase(np[0], np[1], i, "according-to", 0.9)
    return None


def _a_rate(d: Draft, phrase: str, after: int) -> bool:
    """`94 per cent`, `per capita`, `per 100,000 residents`: a bare `per` before anything but a name or a determiner
    is a rate, no source (`per the agency`, `per Reuters` name one)."""
    return " " not in phrase and not d.is_cap(after) and d.low(after) not in NOUN_PHRASE_OPENERS


def _inside_compound(d: Draft, i: int) -> bool:
    """`a 30-foot-per-family berth`: a word joined by hyphens to the words around it is part of a compound, no
    preposition that names a source."""
    return (i > 0 and d.glued_hyphen(i - 1)) or (i + 1 < len(d.t) and d.glued_hyphen(i + 1))


SIEVE = Sieve("according-to", ("according-to",), TOKENS_ONLY,
              find=lambda d, site: sieve_according(d, site.before + site.after))

# `After Hale raised it, the dockers grew "restless", according to a port worker present`: an
# unnamed source that the words after a quote inside a clause cite with `according to` is whom the
# words come from, ahead of a speech verb elsewhere in the sentence (the `before` unit's). A tag
# after the quote (`"…," she told Hale, according to aides`) still names the speaker, the aides only
# relaying (relay.py).
UNNAMED_SIEVE = Sieve("according-to-unnamed", ("according-to",), TOKENS_ONLY,
                      find=lambda d, site: sieve_according(d, site.after),
                      accepts=lambda d, mention: mention.kind == "unnamed")

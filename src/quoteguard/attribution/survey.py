"""`In a harbour poll out Sunday, 62 percent of dockers backed "…"`: a share of those asked speaks through the survey.

Not a sieve of its own: it reads the phrase a sieve found. A share of people (`62 percent of
dockers`, `only 9 percent`) answered the poll or survey its sentence names before it, so that
survey is the source the draft gives; with no survey named, the share stays.
"""

from __future__ import annotations

from ..grammar import SHARE_WORDS
from .draft import Draft
from .types import Phrase


def survey_phrase(d: Draft, phrase: Phrase) -> Phrase | None:
    """The survey named earlier in the phrase's sentence, when the phrase counts a share of people."""
    bounds = d.mention_bounds(phrase)  # (after an opening adjunct: `In a poll released Monday, 31 percent …`)
    if bounds is None or not _counts_a_share(d, *bounds):
        return None
    window = [k for k in d.outside_quotes(d.t[bounds[0]].sentence) if k < bounds[0]]
    noun = next((k for k in reversed(window) if d.low(k) in d.kb.survey_nouns and not d.is_cap(k)), None)
    if noun is None:
        return None
    first, last = d.expand(noun, window)
    return Phrase(first, last, phrase.cue, phrase.sieve, phrase.confidence)


def _counts_a_share(d: Draft, first: int, last: int) -> bool:
    """`62 percent of dockers`, `only 9 percent`, `six in 10 dockers`, or a phrase right after `41 percent of`."""
    if d.counted_head(first, last) is not None:
        return True
    head = range(first, min(first + 3, last) + 1)
    if any(d.low(k) in SHARE_WORDS and d.t[k - 1].upos == "NUM" for k in head if k > 0):
        return True
    k = first
    return k >= 3 and d.low(k - 1) == "of" and d.low(k - 2) in SHARE_WORDS and d.t[k - 3].upos == "NUM"

"""`"PENCE: Well, look, …"`: a transcript quote names its speaker in capitals before a colon."""

from __future__ import annotations

import bisect

from ...model import Mention, Quote
from ..draft import Draft
from ..types import Phrase
from ..words import (
    TRANSCRIPT_LABEL,
)
from .base import TOKENS_ONLY, Sieve


def sieve_transcript_label(d: Draft, q: Quote) -> Phrase | None:
    """`"PENCE: Well, look, …"`: a transcript quote names its speaker in capitals before a colon."""
    match = TRANSCRIPT_LABEL.match(d.doc.text, q.inner_start, q.inner_end)
    if match is None:
        return None
    first = bisect.bisect_left(d.starts, match.start(1))
    last = bisect.bisect_left(d.starts, match.end(1)) - 1
    if first > last:
        return None
    return Phrase(first, last, None, "transcript-label", 0.9)


def _label_mention(d: Draft, label: Phrase) -> Mention:
    """A capitalised label is a person's name, not an acronym."""
    name = " ".join(w.capitalize() for w in d.span_text(label.first, label.last).split())
    start, end = d.t[label.first].start, d.t[label.last].end
    return Mention(text=d.span_text(label.first, label.last), start=start, end=end, kind="person", name=name,
                   full=" " in name)


SIEVE = Sieve("transcript-label", ("transcript-label",), TOKENS_ONLY,
              find=lambda d, site: sieve_transcript_label(d, site.quote), mention=_label_mention)

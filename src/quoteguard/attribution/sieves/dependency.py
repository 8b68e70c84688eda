"""A speech verb outside the quote that governs a word inside it: its subject speaks."""

from __future__ import annotations

from ..draft import Draft
from ..types import Phrase
from .base import PARSED, Sieve


def sieve_dependency(d: Draft, q_first: int, q_last: int) -> Phrase | None:
    """A speech verb outside the quote that governs a word inside it: its subject speaks."""
    sentence = d.t[q_first].sentence
    for i in range(q_first, q_last + 1):
        head = d.t[i].head
        if head is None or q_first <= head <= q_last or d.inside[head]:
            continue
        if d.t[head].sentence != sentence or not d.speech(head) or d.says_yes_or_no(head) \
                or d.names_no_speaker(head):
            continue
        span = d.subject_phrase(head)
        if span is not None:
            return Phrase(span[0], span[1], head, "dependency", 0.7)
    return None


SIEVE = Sieve("dependency", ("dependency",), PARSED,
              find=lambda d, site: sieve_dependency(d, site.first, site.last))

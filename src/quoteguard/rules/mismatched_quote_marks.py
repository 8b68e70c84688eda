"""mismatched-quote-marks: a quotation that opens with one kind of mark and closes with another.

A curly opening mark closed by a straight one is usually an editing slip, and a sign the quote may
have been cut or pasted. The finding sits on the closing mark.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from .base import RuleInput, define


def check(data: RuleInput) -> Iterator[Finding]:
    for q in data.quotes:
        if q.mismatched:
            yield RULE.finding(f"quote opens with {q.open_mark} but closes with {q.close_mark}; use a matching pair",
                               q.id, q.end - 1, q.end)


RULE = define("mismatched-quote-marks", "warning",
              "A quotation opens with one kind of mark and closes with another.", check)

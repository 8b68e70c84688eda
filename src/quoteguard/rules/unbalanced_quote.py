"""unbalanced-quote: a quotation mark with no partner.

An opening mark never closed (or a closing mark never opened) leaves readers unsure where the
speaker's words end. The quote finder reports the odd marks (`QuoteScan.problems`); this rule
turns each into a finding, on the quote that opens there when there is one.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from .base import RuleInput, define


def check(data: RuleInput) -> Iterator[Finding]:
    first_at: dict[int, str] = {}
    for q in data.quotes:
        first_at.setdefault(q.start, q.id)
    for problem in data.scan.problems:
        if problem.problem == "unclosed":
            message = f"opening {problem.mark} is never closed in its paragraph"
        else:
            message = f"closing {problem.mark} has no opening mark"
        end = problem.offset + len(problem.mark)
        yield RULE.finding(message, first_at.get(problem.offset), problem.offset, end)


RULE = define("unbalanced-quote", "error", "A quotation mark has no partner.", check)

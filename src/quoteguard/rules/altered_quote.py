"""altered-quote: a quotation that contains an ellipsis, [brackets] or (sic).

Cuts, insertions and (sic) are allowed, but each is a place where meaning can shift; the finding
lists them so an editor can check each against the source. The marks are data (data/style.json).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Finding
from .base import RuleInput, define
from .helpers import excerpt


def check(data: RuleInput) -> Iterator[Finding]:
    pattern = _alteration_pattern(data.kb.alteration_marks)
    for q in data.speech_quotes():
        found: dict[str, list[str]] = {}
        first = None
        for m in pattern.finditer(data.doc.text, q.inner_start, q.inner_end):
            kind = (m.lastgroup or "").rstrip("0123456789")
            found.setdefault(kind, []).append(m.group())
            first = m.start() if first is None else first
        if not found:
            continue
        parts = []
        if "cut" in found:
            parts.append(f"{len(found['cut'])} cut{'s' if len(found['cut']) > 1 else ''} ({found['cut'][0]})")
        if "bracket" in found:
            parts.append("insertion " + ", ".join(found["bracket"][:3]))
        if "sic" in found:
            parts.append("(sic)")
        assert first is not None
        yield RULE.finding(f"quote {excerpt(data.doc.text[q.start:q.end])} was edited: {'; '.join(parts)}; check "
                           "that the edit keeps the speaker's meaning", q.id, first, first + 1)


RULE = define("altered-quote", "info", "A quotation contains an ellipsis, [brackets] or (sic).", check)


def _alteration_pattern(marks: dict[str, list[str]]) -> re.Pattern[str]:
    """One pattern whose group names say the kind: sicN, bracket, cutN (longest marks first)."""
    sic = sorted(marks.get("sic", []), key=len, reverse=True)
    ellipsis = sorted(marks.get("ellipsis", []), key=len, reverse=True)
    return re.compile("|".join([*(f"(?P<sic{i}>{re.escape(m)})" for i, m in enumerate(sic)),
                                r"(?P<bracket>\[[^\]\n]*\])",
                                *(f"(?P<cut{i}>{re.escape(m)})" for i, m in enumerate(ellipsis))]))

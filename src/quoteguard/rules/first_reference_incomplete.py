"""first-reference-incomplete: a quoted person's first mention lacks the full name, or the title comes later.

On first reference a quoted person gets a full name and a title or affiliation (AP style). A person
never identified at all is left to unidentified-speaker; this rule only says the title came late.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..affiliation import describe
from ..model import Finding
from .base import RuleInput, define


def check(data: RuleInput) -> Iterator[Finding]:
    seen: set[str] = set()
    for q, _, speaker in data.attributed():
        if speaker.id in seen:
            continue
        seen.add(speaker.id)
        mentions = sorted((m for m in speaker.mentions if m.kind == "person"), key=lambda m: m.start)
        if speaker.kind != "person" or not mentions:
            continue
        first = mentions[0]
        missing = []
        if not first.full:
            missing.append(f"the full name ({speaker.name})" if len(speaker.name.split()) > 1 else "a full name")
        title, affiliation = describe(first, data.kb)
        if not (title or affiliation):
            later = next((m for m in mentions[1:] if any(describe(m, data.kb))), None)
            if later is not None:  # never identified at all: unidentified-speaker says so
                line, _ = data.doc.line_col(later.start)
                missing.append(f"a title or affiliation (given only on line {line})")
        if missing:
            yield RULE.finding(f"first reference to {speaker.name} ({first.text!r}) lacks {' and '.join(missing)}; "
                               "give the full name and title where the person first appears",
                               q.id if q.start <= first.start < q.end else None, first.start, first.end)


RULE = define("first-reference-incomplete", "warning",
              "A quoted person's first mention gives no full name, or their title comes only later.", check)

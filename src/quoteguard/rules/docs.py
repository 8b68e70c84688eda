"""A rule's documentation as text: `quoteguard explain`, SARIF help and the README's rules table.

All three are made from the same `Rule` fields, so the words a writer sees in a pull request match
the words on the command line and in the README (a test keeps the README's table equal to
`rules_table_markdown()`).
"""

from __future__ import annotations

from ..model import SEVERITIES
from .base import Rule
from .registry import RULES


def explain_text(rule: Rule) -> str:
    """The plain-text explanation printed by `quoteguard explain`."""
    lines = [f"{rule.id} ({rule.severity}): {rule.summary}", "", rule.rationale]
    if rule.bad:
        lines += ["", "Flagged:", *("    " + ln for ln in rule.bad.splitlines())]
    if rule.good:
        lines += ["", "Better:", *("    " + ln for ln in rule.good.splitlines())]
    return "\n".join(lines) + "\n"


def help_markdown(rule: Rule) -> str:
    """Markdown help for SARIF viewers (GitHub shows it under the alert)."""
    parts = [f"**{rule.summary}**", "", rule.rationale]
    if rule.bad:
        parts += ["", "Flagged:", "", "```text", rule.bad, "```"]
    if rule.good:
        parts += ["", "Better:", "", "```text", rule.good, "```"]
    return "\n".join(parts)


def rules_table_markdown() -> str:
    """The README's rules table: every rule, most severe first, then in `RULES` order."""
    ordered = sorted(RULES.values(), key=lambda rule: SEVERITIES.index(rule.severity))
    rows = [f"| `{rule.id}` | {rule.severity} | {rule.summary.replace('|', '&#124;')} |" for rule in ordered]
    return "\n".join(["| rule | severity | what it flags |", "|---|---|---|", *rows]) + "\n"

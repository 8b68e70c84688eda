"""Rule documentation (rationale, a bad and a good example) kept in data/rules.json.

The same texts serve `quoteguard explain RULE`, SARIF rule help and the README, so the words a
writer sees in a pull request match the words on the command line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from . import suppress  # noqa: F401  (registers unused-suppression)
from .rules import RULES


@dataclass(frozen=True)
class RuleDoc:
    id: str
    severity: str
    summary: str
    rationale: str
    bad: str
    good: str


@cache
def _texts() -> dict[str, dict[str, str]]:
    return json.loads(resources.files("quoteguard").joinpath("data", "rules.json").read_text("utf-8"))


def rule_doc(rule_id: str) -> RuleDoc | None:
    """Everything known about a rule, or None for an unknown id."""
    spec = RULES.get(rule_id)
    if spec is None:
        return None
    texts = _texts().get(rule_id, {})
    return RuleDoc(rule_id, spec.severity, spec.summary, texts.get("rationale", spec.summary),
                   texts.get("bad", ""), texts.get("good", ""))


def explain_text(doc: RuleDoc) -> str:
    """The plain-text explanation printed by `quoteguard explain`."""
    lines = [f"{doc.id} ({doc.severity}): {doc.summary}", "", doc.rationale]
    if doc.bad:
        lines += ["", "Flagged:", *("    " + ln for ln in doc.bad.splitlines())]
    if doc.good:
        lines += ["", "Better:", *("    " + ln for ln in doc.good.splitlines())]
    return "\n".join(lines) + "\n"


def help_markdown(doc: RuleDoc) -> str:
    """Markdown help for SARIF viewers (GitHub shows it under the alert)."""
    parts = [f"**{doc.summary}**", "", doc.rationale]
    if doc.bad:
        parts += ["", "Flagged:", "", "```text", doc.bad, "```"]
    if doc.good:
        parts += ["", "Better:", "", "```text", doc.good, "```"]
    return "\n".join(parts)

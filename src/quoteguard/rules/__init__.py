"""Sourcing checks: one small rule per file, each with an id, a default severity and a message.

A rule reads the plain results of the earlier stages (`RuleInput`) and yields `Finding`s.
`registry.RULES` lists every rule in order; severities can be changed, and rules switched off,
from the config (`[tool.quoteguard.rules]`). A rule's rationale and examples are data
(data/rules.json) from which `explain`, SARIF help and the README's rules table are made.
"""

from .base import Rule, RuleInput
from .docs import explain_text, help_markdown, rules_table_markdown
from .registry import RULES, run_rules

__all__ = ["RULES", "Rule", "RuleInput", "explain_text", "help_markdown", "rules_table_markdown", "run_rules"]

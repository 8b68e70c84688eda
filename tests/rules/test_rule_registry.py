"""The list of rules and what is said about each: `quoteguard rules`, explanations, the README's table."""

from __future__ import annotations

import inspect
from pathlib import Path

from click.testing import CliRunner

from quoteguard.cli import main
from quoteguard.knowledge import rule_explanations
from quoteguard.model import SEVERITIES
from quoteguard.rules import RULES, explain_text, help_markdown, rules_table_markdown
from quoteguard.rules import unused_suppression as unused

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_rule_is_listed_with_its_default_severity():
    result = CliRunner().invoke(main, ["rules"])
    assert result.exit_code == 0
    for rule in RULES.values():
        assert any(line.split()[:2] == [rule.id, rule.severity] for line in result.output.splitlines())
    expected = {"unattributed-quote", "anonymous-source", "unbalanced-quote", "mismatched-quote-marks",
                "name-inconsistency", "unidentified-speaker"}
    assert expected <= set(RULES)


def test_every_rule_has_an_explanation():
    explained = rule_explanations()
    for rule_id in RULES:
        entry = explained[rule_id]
        assert entry["rationale"] and entry["bad"] and entry["good"], rule_id


def test_every_explanation_is_of_a_rule_and_reaches_explain_and_sarif_help():
    assert set(rule_explanations()) == set(RULES)
    for rule in RULES.values():
        assert rule.severity in SEVERITIES
        assert rule.rationale == rule_explanations()[rule.id]["rationale"]
        assert explain_text(rule).startswith(f"{rule.id} ({rule.severity}): {rule.summary}\n")
        assert rule.bad.splitlines()[0] in explain_text(rule) and rule.good in help_markdown(rule)


def test_each_rule_lives_in_its_own_module_named_for_it():
    for rule in RULES.values():
        module = inspect.getmodule(rule.check)
        assert module is not None and module.__name__ == f"quoteguard.rules.{rule.id.replace('-', '_')}"
        assert module.__doc__ and module.__doc__.startswith(f"{rule.id}: ")


def _readme_rules_table() -> str:
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index("| rule | severity | what it flags |")
    end = start
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    return "\n".join(lines[start:end]) + "\n"


def test_readme_rules_table_is_generated_from_the_rules():
    """Regenerate it with `python -c 'from quoteguard.rules import rules_table_markdown as t; print(t())'`."""
    assert _readme_rules_table() == rules_table_markdown()


def test_unused_suppression_is_reported_by_the_suppression_stage_not_its_check():
    assert list(unused.check(None)) == []  # type: ignore[arg-type]
    stale = unused.silences_nothing("disable-next", "every rule", 10, "warning")
    assert (stale.rule, stale.severity, stale.start, stale.end) == ("unused-suppression", "warning", 10, 11)
    assert unused.unknown_rule("no-such-rule", 0, "info").message == (
        "suppression names unknown rule 'no-such-rule'; see `quoteguard rules`")

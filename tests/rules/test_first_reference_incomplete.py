"""first-reference-incomplete: the first mention lacks the full name, or the title comes later."""

from __future__ import annotations

from rule_cases import findings

from conftest import rules_of


def test_first_reference_without_full_name_and_title(check):
    doc = check("“Russia gave nothing,” Smagin said. Nikita Smagin, an expert at the Carnegie Endowment, "
                "added that the war would last.\n")
    [finding] = findings(doc, "first-reference-incomplete")
    assert "full name" in finding["message"] and "title" in finding["message"]


def test_complete_first_reference_passes(check):
    doc = check("“Russia gave nothing,” said Nikita Smagin, an expert at the Carnegie Endowment. "
                "Smagin added that the war would last.\n")
    assert "first-reference-incomplete" not in rules_of(doc)

"""ambiguous-pronoun-attribution: `he said` when two or more people named just before could be meant."""

from __future__ import annotations

from rule_cases import findings

from conftest import rules_of


def test_he_said_with_two_men_named_before(check):
    doc = check("President Vladimir Putin met President Donald Trump in Helsinki. “It was a good meeting,” he said.\n")
    [finding] = findings(doc, "ambiguous-pronoun-attribution")
    assert "Putin" in finding["message"] and "Trump" in finding["message"]


def test_he_said_with_one_antecedent_passes(check):
    doc = check("President Vladimir Putin arrived in Helsinki on Monday. “It was a good meeting,” he said.\n")
    assert "ambiguous-pronoun-attribution" not in rules_of(doc)


def test_he_said_right_after_a_named_attribution_passes(check):
    doc = check("President Vladimir Putin met President Donald Trump in Helsinki. “It was a good meeting,” Putin said. "
                "“We talked for hours,” he said.\n")
    assert "ambiguous-pronoun-attribution" not in rules_of(doc)


def test_she_said_after_a_man_and_a_woman_passes(check):
    doc = check("Gov. Mike Pence spoke first. Rita Costa said the cuts would be reviewed. "
                "“Nothing is set in stone,” she said.\n")
    assert "ambiguous-pronoun-attribution" not in rules_of(doc)


def test_she_said_after_two_women_is_flagged(check):
    doc = check("Mayor Ellen Pike spoke first. Rita Costa said the cuts would be reviewed. "
                "“Nothing is set in stone,” she said.\n")
    [finding] = findings(doc, "ambiguous-pronoun-attribution")
    assert "Pike" in finding["message"] and "Costa" in finding["message"]

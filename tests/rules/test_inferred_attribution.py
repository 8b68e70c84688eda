"""inferred-attribution: a quote paragraph that names no speaker, credited to the last one by position."""

from __future__ import annotations

from rule_cases import findings

from quoteguard.cli.options import FAIL_LEVELS
from quoteguard.rules.inferred_attribution import RULE

APPEAL = "“We will appeal,” Costa said.\n\n"


def test_a_bare_quote_paragraph_keeps_its_speaker_and_asks_for_a_confirmation(check):
    doc = check(APPEAL + "“It is not over.”\n")
    [finding] = findings(doc, "inferred-attribution")
    assert finding["severity"] == "info"
    assert finding["message"] == ("quote credited to Costa by position only: the paragraph names no speaker; "
                                  "add \"Costa said\" or confirm")
    assert [q["speaker"]["name"] for q in doc["quotes"]] == ["Costa", "Costa"]


def test_one_finding_per_paragraph_and_none_for_a_quote_reopened_over_paragraphs(check):
    doc = check("“We will appeal,” said Marco Costa, the union's lawyer.\n\n"
                "“It is not over.” “We will win.”\n\n"  # two bare quotes, one paragraph: one finding
                "“The court will hear from us. We have the evidence.\n\n"
                "“The judges will see it.”\n")  # reopened without a closing mark: the marks carry Costa on
    texts = {q["id"]: q["text"] for q in doc["quotes"]}
    flagged = [texts[f["quote_id"]] for f in findings(doc, "inferred-attribution")]
    assert flagged == ["“It is not over.”", "“The court will hear from us. We have the evidence."]
    assert {q["speaker"]["name"] for q in doc["quotes"]} == {"Marco Costa"}


def test_a_quote_with_its_own_cue_is_not_inferred(check):
    assert findings(check(APPEAL + "“It is not over,” Costa added.\n"), "inferred-attribution") == []


def test_a_second_quote_in_the_paragraph_of_its_cue_is_a_normal_continuation(check):
    assert findings(check("“We will appeal,” Costa said. “It is not over.”\n"), "inferred-attribution") == []


def test_a_colon_hands_the_next_paragraph_to_its_speaker(check):
    assert findings(check("Costa put it this way:\n\n“It is not over.”\n"), "inferred-attribution") == []


def test_a_quote_another_rule_already_reports_is_left_to_it(check):
    doc = check("“Talks must resume,” said John Smith, a senior adviser at the Institute for Peace, "
                "as Mary Jones walked out.\n\n“It is a trap.”\n")
    assert findings(doc, "quotes-run-together") and findings(doc, "inferred-attribution") == []


def test_the_finding_never_fails_a_ci_gate():
    assert RULE.severity not in FAIL_LEVELS["warning"]

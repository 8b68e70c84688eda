"""run_rules: every enabled rule's findings in draft order, with configured severities."""

from __future__ import annotations

import pytest
from rule_cases import DRAFT

from conftest import rules_of


@pytest.fixture(scope="module")
def doc(check):
    return check(DRAFT)


def test_findings_are_in_draft_order(doc):
    starts = [f["start"] for f in doc["findings"]]
    assert starts == sorted(starts)


def test_severity_override_and_off(check):
    doc = check(DRAFT, {"unattributed-quote": "warning", "unidentified-speaker": "off", "anonymous-source": "info"})
    assert "unidentified-speaker" not in rules_of(doc)
    severities = {f["rule"]: f["severity"] for f in doc["findings"]}
    assert severities["unattributed-quote"] == "warning"
    assert severities["anonymous-source"] == "info"
    assert doc["summary"]["errors"] == 0
    assert doc["summary"]["infos"] == 1

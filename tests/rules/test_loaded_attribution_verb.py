"""loaded-attribution-verb: claimed, admitted … where `said` would do; the verbs are data."""

from __future__ import annotations

from rule_cases import findings

from conftest import rules_of
from quoteguard.engine import check_document
from quoteguard.io import document_from_text
from quoteguard.knowledge import build_knowledge


def test_loaded_verb_is_info(check):
    [finding] = findings(check("“We did nothing wrong,” the minister claimed.\n"), "loaded-attribution-verb")
    assert finding["severity"] == "info" and "claimed" in finding["message"]


def test_said_and_adjective_uses_are_not_loaded(check):
    doc = check("“We did nothing wrong,” the minister said. The alleged crime happened at night.\n")
    assert "loaded-attribution-verb" not in rules_of(doc)


def test_loaded_verbs_come_from_config_knowledge(pipeline, model_source):
    kb = build_knowledge({"loaded-verbs": ["pontificate"]})
    result = check_document(document_from_text("“Prices will fall,” the banker pontificated.\n"), pipeline, kb)
    assert any(f.rule == "loaded-attribution-verb" for f in result.findings)

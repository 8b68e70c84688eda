"""Findings: every rule, its position, and severity overrides (issue 2, part 3)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import quote_with, rules_of
from quoteguard.cli import main
from quoteguard.rules import RULES

DRAFT = (
    "The so-called “reforms” were delayed. "
    "Visitors admired the bas-relief \"Suvorov soldiers in battle\" in the hall.\n"
    "The council met on Monday. “Nobody told us the school would close in June.”\n"
    "“We were told to stay quiet,” said a senior official.\n"
    "“The school will reopen in the autumn,” said Lydia Brennan, the mayor of Eastfield.\n"
    "“The money for the roof is there,” Brenan said.\n"
    "“I am worried about the roof,” said Oscar Pelt.\n"
    "“The trains will run,” said Greta Lomond, a spokeswoman for the Northern Rail Company.\n"
)


@pytest.fixture(scope="module")
def doc(check):
    return check(DRAFT)


def _findings(doc: dict, rule: str) -> list[dict]:
    return [f for f in doc["findings"] if f["rule"] == rule]


def _position(text: str, needle: str) -> tuple[int, int]:
    offset = text.index(needle)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def test_unattributed_quote_is_an_error_at_the_opening_mark(doc):
    quote = quote_with(doc, "Nobody told us")
    found = _findings(doc, "unattributed-quote")
    assert len(found) == 1
    finding = found[0]
    assert finding["severity"] == "error"
    assert finding["quote_id"] == quote["id"]
    assert (finding["line"], finding["column"]) == _position(DRAFT, "“Nobody told us")
    assert DRAFT[finding["start"]] == "“"
    assert "Nobody told us" in finding["message"]


def test_scare_quotes_and_titles_are_not_unattributed(doc):
    for snippet in ("reforms", "Suvorov soldiers"):
        quote = quote_with(doc, snippet)
        assert quote["kind"] in ("scare", "title")
        assert not [f for f in doc["findings"] if f["quote_id"] == quote["id"]]


def test_anonymous_source_is_a_warning_on_its_quote(doc):
    quote = quote_with(doc, "stay quiet")
    found = _findings(doc, "anonymous-source")
    assert [f["quote_id"] for f in found] == [quote["id"]]
    assert found[0]["severity"] == "warning"
    assert "senior official" in found[0]["message"]


def test_name_inconsistency_names_both_spellings(doc):
    found = _findings(doc, "name-inconsistency")
    assert len(found) == 1
    assert "Brennan" in found[0]["message"] and "Brenan" in found[0]["message"]
    assert found[0]["severity"] == "warning"
    # It points at the odd spelling, not at the first mention.
    assert DRAFT[found[0]["start"]:found[0]["end"]] == "Brenan"


def test_unidentified_speaker_positive_and_negative(doc):
    flagged = " ".join(f["message"] for f in _findings(doc, "unidentified-speaker"))
    assert "Oscar Pelt" in flagged
    for identified in ("Lydia Brennan", "Greta Lomond", "senior official"):
        assert identified not in flagged
    pelt = quote_with(doc, "worried about the roof")
    assert pelt["id"] in [f["quote_id"] for f in _findings(doc, "unidentified-speaker")]


def test_unidentified_speaker_reported_once_per_person(check):
    doc = check(
        "“The pool will close,” said Ivo Santangelo.\n"
        "“It costs too much to heat,” Santangelo said.\n"
    )
    assert rules_of(doc).count("unidentified-speaker") == 1


def test_unidentified_speaker_not_reported_when_a_later_quote_is_of_an_identified_person(check):
    doc = check(
        "Nurse Tilda Marsh, a spokeswoman for the Royal Nursing Union, spoke first.\n"
        "“We are tired,” said Tilda Marsh.\n"
    )
    assert "unidentified-speaker" not in rules_of(doc)


def test_unbalanced_quote_rule(check):
    text = "The minister said the budget was “final and then left the chamber.\nNobody asked why.”\n"
    doc = check(text)
    found = _findings(doc, "unbalanced-quote")
    assert found and all(f["severity"] == "error" for f in found)
    columns = {(f["line"], f["column"]) for f in found}
    assert _position(text, "“final") in columns


def test_mismatched_quote_marks_rule(check):
    text = "“The vote is rigged,\" said Olga Petrenko, a lawyer at the Civic Rights Centre.\n"
    doc = check(text)
    found = _findings(doc, "mismatched-quote-marks")
    assert len(found) == 1
    assert found[0]["severity"] == "warning"
    assert "“" in found[0]["message"] and '"' in found[0]["message"]
    assert found[0]["quote_id"] == quote_with(doc, "vote is rigged")["id"]


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


def test_every_rule_is_listed_with_its_default_severity():
    result = CliRunner().invoke(main, ["rules"])
    assert result.exit_code == 0
    for rule in RULES.values():
        assert any(line.split()[:2] == [rule.id, rule.severity] for line in result.output.splitlines())
    expected = {"unattributed-quote", "anonymous-source", "unbalanced-quote", "mismatched-quote-marks",
                "name-inconsistency", "unidentified-speaker"}
    assert expected <= set(RULES)


CONFIG_DRAFT = "“The pool will close in May,” said Ivo Santangelo.\n"


def _run_with_config(tmp_path, models_dir, config_name: str, config_text: str, *extra: str):
    (tmp_path / config_name).write_text(config_text, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(CONFIG_DRAFT, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", "--models-dir", models_dir, *extra, str(draft)])
    return result, (json.loads(result.stdout) if result.stdout.strip().startswith("{") else None)


def test_dotfile_rules_table_changes_severity(tmp_path, models_dir):
    result, report = _run_with_config(tmp_path, models_dir, ".quoteguard.toml",
                                      '[rules]\nunidentified-speaker = "error"\n')
    assert result.exit_code == 1
    assert [f["severity"] for f in report["documents"][0]["findings"]] == ["error"]


def test_pyproject_rules_table_turns_a_rule_off(tmp_path, models_dir):
    result, report = _run_with_config(tmp_path, models_dir, "pyproject.toml",
                                      '[tool.quoteguard.rules]\nunidentified-speaker = "off"\n',
                                      "--fail-on", "warning")
    assert result.exit_code == 0
    assert report["documents"][0]["findings"] == []


def test_explicit_config_path(tmp_path, models_dir):
    config = tmp_path / "sub" / "strict.toml"
    config.parent.mkdir()
    config.write_text('[rules]\nunidentified-speaker = "error"\n', encoding="utf-8")
    result, report = _run_with_config(tmp_path, models_dir, "unrelated.txt", "", "--config", str(config))
    assert result.exit_code == 1
    assert report["documents"][0]["findings"][0]["severity"] == "error"


def test_invalid_severity_in_config_is_a_usage_error(tmp_path, models_dir):
    result, _ = _run_with_config(tmp_path, models_dir, ".quoteguard.toml", '[rules]\nunidentified-speaker = "loud"\n')
    assert result.exit_code == 2
    assert result.stderr.startswith("quoteguard: error:")
    assert "unidentified-speaker" in result.stderr
    assert "Traceback" not in result.stderr


def test_name_inconsistency_ignores_possessives_plurals_and_different_people(check):
    doc = check(
        "“The school will reopen,” said Lydia Brennan, the mayor of Eastfield. Brennan’s office confirmed the date.\n"
        "“The Brennans have always supported us,” said Tom Marshall, a teacher at Eastfield School.\n"
        "“We agree,” said Anna Marsh, a spokeswoman for the Eastfield Parents Council.\n"
    )
    assert "name-inconsistency" not in rules_of(doc)
    assert len({q["speaker"]["id"] for q in doc["quotes"]}) == 3

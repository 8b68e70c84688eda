"""Rule severities from a config file: `[rules]` in a dotfile, `[tool.quoteguard.rules]`, --config."""

from __future__ import annotations

import json

from click.testing import CliRunner

from quoteguard.cli import main

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

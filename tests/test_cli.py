"""The command line: exit codes, formats, stdin, models. Bad input: test_hostile.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, assert_usage_error, cli_check
from quoteguard.cli import main
from quoteguard.report.model import validate

CLEAN = "“The library will open on Sundays,” said Jane Doe, a spokeswoman for the Hillside Library.\n"
WARNING_ONLY = "“The pool will close in May,” said Ivo Santangelo.\n"
ERRORS = (
    "The council met on Monday. “Nobody told us the school would close in June.”\n"
    "“The pool will close in May,” said Ivo Santangelo.\n"
)


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# -- exit codes and --fail-on ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "fail_on", "code"),
    [
        (CLEAN, None, 0),
        (WARNING_ONLY, None, 0),
        (WARNING_ONLY, "warning", 1),
        (ERRORS, None, 1),
        (ERRORS, "error", 1),
        (ERRORS, "never", 0),
    ],
)
def test_exit_codes_follow_fail_on(tmp_path, models_dir, text, fail_on, code):
    path = _write(tmp_path, "draft.txt", text)
    args = ["--fail-on", fail_on] if fail_on else []
    result = cli_check(models_dir, *args, path)
    assert result.exit_code == code, result.output


def test_fail_on_from_config(tmp_path, models_dir):
    (tmp_path / ".quoteguard.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    path = _write(tmp_path, "draft.txt", WARNING_ONLY)
    assert cli_check(models_dir, path).exit_code == 1
    # The command line wins over the config.
    assert cli_check(models_dir, "--fail-on", "error", path).exit_code == 0


# -- formats -----------------------------------------------------------------------------------

TEXT_LINE = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) (?P<rule>[a-z-]+) \S.*$")


def test_text_format_lines_and_summary(tmp_path, models_dir):
    path = _write(tmp_path, "draft.txt", ERRORS)
    result = cli_check(models_dir, "--format", "text", "--no-color", path)
    lines = result.stdout.splitlines()
    findings, summary = lines[:-1], lines[-1]
    assert findings
    for line in findings:
        match = TEXT_LINE.match(line)
        assert match, line
        assert match["path"] == path
    unattributed = next(TEXT_LINE.match(ln) for ln in findings if " unattributed-quote " in ln)
    assert (unattributed["line"], unattributed["col"]) == ("1", str(ERRORS.index("“") + 1))
    assert unattributed["sev"] == "error"
    assert summary.startswith("1 document")
    assert "1 error" in summary and "1 warning" in summary
    assert "\x1b[" not in result.stdout


def test_json_report_is_valid_and_complete(tmp_path, models_dir):
    path = _write(tmp_path, "draft.txt", ERRORS)
    result = cli_check(models_dir, "--format", "json", path)
    report = json.loads(result.stdout)
    validate(report)
    assert report["summary"]["documents"] == 1
    document = report["documents"][0]
    assert document["path"] == path
    assert {f["rule"] for f in document["findings"]} == {"unattributed-quote", "unidentified-speaker"}
    assert report["summary"]["errors"] == 1
    assert report["models"]["processors"][0] == "tokenize"


def test_several_files_in_one_report(tmp_path, models_dir):
    first = _write(tmp_path, "one.txt", ERRORS)
    second = _write(tmp_path, "two.txt", CLEAN)
    text = cli_check(models_dir, "--no-color", first, second)
    assert text.exit_code == 1
    paths = {TEXT_LINE.match(ln)["path"] for ln in text.stdout.splitlines()[:-1]}
    assert paths == {first}  # the clean draft has no findings
    assert text.stdout.splitlines()[-1].startswith("2 documents")
    report = json.loads(cli_check(models_dir, "--format", "json", first, second).stdout)
    assert [d["path"] for d in report["documents"]] == [first, second]
    # The totals are the sums of the documents, and each finding names one of its document's quotes.
    for key in ("quotes", "speech_quotes", "attributed", "errors", "warnings", "infos"):
        assert report["summary"][key] == sum(d["summary"][key] for d in report["documents"])
    for document in report["documents"]:
        ids = {q["id"] for q in document["quotes"]}
        assert all(f["quote_id"] in ids for f in document["findings"] if f["quote_id"])
        speech = [q for q in document["quotes"] if q["speech"]]
        assert document["summary"]["attributed"] == sum(1 for q in speech if q["speaker"])
        assert document["summary"]["errors"] == sum(1 for f in document["findings"] if f["severity"] == "error")


def test_output_file_is_written_and_stdout_stays_empty(tmp_path, models_dir):
    path = _write(tmp_path, "draft.txt", CLEAN)
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    result = cli_check(models_dir, "--format", "json", "-o", str(target), path)
    assert result.exit_code == 0
    assert result.stdout == ""
    validate(json.loads(target.read_text(encoding="utf-8")))
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]  # no temp file left behind


def test_output_to_unwritable_place_is_a_usage_error(tmp_path, models_dir):
    path = _write(tmp_path, "draft.txt", CLEAN)
    result = cli_check(models_dir, "-o", str(tmp_path / "missing-dir" / "r.json"), path)
    assert_usage_error(result, "r.json")


def test_json_is_deterministic(tmp_path, models_dir):
    path = _write(tmp_path, "draft.txt", ERRORS + CLEAN)
    outputs = []
    for n in range(2):
        target = tmp_path / f"r{n}.json"
        cli_check(models_dir, "--format", "json", "-o", str(target), path)
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0]


def test_schema_command_prints_the_packaged_schema():
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    printed = json.loads(result.stdout)
    packaged = json.loads((ROOT / "src" / "quoteguard" / "schemas" / "report.schema.json").read_text("utf-8"))
    assert printed == packaged
    assert printed.get("$schema") or printed.get("type") == "object"


def test_top_level_schema_equals_packaged_schema():
    top = ROOT / "schemas" / "report.schema.json"
    packaged = ROOT / "src" / "quoteguard" / "schemas" / "report.schema.json"
    assert top.is_file(), "schemas/report.schema.json is missing"
    assert json.loads(top.read_text("utf-8")) == json.loads(packaged.read_text("utf-8"))


# -- standard input ------------------------------------------------------------------------------

def test_stdin_with_display_name(models_dir):
    result = cli_check(models_dir, "--format", "json", "--stdin-filename", "story/draft.txt", "-", input=ERRORS)
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["documents"][0]["path"] == "story/draft.txt"
    assert report["documents"][0]["summary"]["quotes"] == 2


def test_stdin_without_display_name(models_dir):
    result = cli_check(models_dir, "--format", "text", "-", input=CLEAN.encode("utf-8"))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1].startswith("1 document")


# -- models ----------------------------------------------------------------------------------------

def test_no_models_says_how_to_get_them(tmp_path):
    empty = tmp_path / "models"
    empty.mkdir()
    path = _write(tmp_path, "draft.txt", CLEAN)
    line = assert_usage_error(cli_check(str(empty), path), "quoteguard models download")
    assert str(empty) in line


def test_broken_model_directory_is_a_usage_error(tmp_path):
    models = tmp_path / "models"
    (models / "en" / "tokenize").mkdir(parents=True)
    (models / "en" / "tokenize" / "x.pt").write_bytes(b"not a model")
    manifest = models / "pipeline.json"
    manifest.write_text('{"lang": "en", "processors": "tokenize", "tokenize_model_path": "en/tokenize/x.pt"}')
    path = _write(tmp_path, "draft.txt", CLEAN)
    assert_usage_error(cli_check(str(models), path), str(models))
    manifest.write_text("{not json")
    assert_usage_error(cli_check(str(models), path), "pipeline.json")


def test_invalid_config_is_a_usage_error(tmp_path, models_dir):
    (tmp_path / ".quoteguard.toml").write_text("fail-on = \n", encoding="utf-8")
    path = _write(tmp_path, "draft.txt", CLEAN)
    assert_usage_error(cli_check(models_dir, path), ".quoteguard.toml")


def test_report_to_a_directory_is_a_usage_error(tmp_path, models_dir):
    path = _write(tmp_path, "draft.txt", CLEAN)
    assert_usage_error(cli_check(models_dir, "-o", str(tmp_path), path), "cannot write")


def test_unknown_processor_is_a_usage_error(tmp_path, models_dir):
    path = _write(tmp_path, "draft.txt", CLEAN)
    assert_usage_error(cli_check(models_dir, "--processors", "tokenize,sentiment", path), "sentiment")


def test_processors_option_restricts_the_pipeline(tmp_path, models_dir):
    path = _write(tmp_path, "draft.txt", "“The harbour will reopen in May,” said Jane Doe.\n")
    result = cli_check(models_dir, "--format", "json", "--processors", "tokenize,mwt,pos", path)
    report = json.loads(result.stdout)
    assert report["models"]["processors"] == ["tokenize", "mwt", "pos"]
    assert report["documents"][0]["quotes"][0]["speaker"]["name"] == "Jane Doe"


def test_models_info(models_dir):
    result = CliRunner().invoke(main, ["models", "info", "--models-dir", models_dir])
    assert result.exit_code == 0
    assert f"looked in (option): {models_dir}" in result.stdout
    assert f"using: {models_dir} (found by option)" in result.stdout
    processors = next(ln for ln in result.stdout.splitlines() if ln.startswith("processors:"))
    assert processors.split(": ")[1].split(",")[:2] == ["tokenize", "mwt"]
    assert "tokenize_model_path" in result.stdout


def test_models_info_without_models(tmp_path, monkeypatch):
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    empty = tmp_path / "models"
    empty.mkdir()
    result = CliRunner().invoke(main, ["models", "info", "--models-dir", str(empty)])
    assert result.exit_code == 2
    assert "quoteguard models download" in result.stderr


def _eval_predictions(folder: Path, text: str, *args: str) -> tuple[object, list[str]]:
    """`quoteguard eval` on a one-article gold file in `folder`; the predicted quotes' texts."""
    gold = folder / "gold.jsonl"
    gold.write_text(json.dumps({"id": "d1", "text": text, "quotes": [], "non_attribution_quoted_spans": []}) + "\n",
                    encoding="utf-8")
    out = folder / "pred.jsonl"
    result = CliRunner().invoke(main, ["eval", str(gold), "--predictions", str(out), "--format", "json", *args])
    if result.exit_code != 0:
        return result, []
    return result, [q["text"] for q in json.loads(out.read_text(encoding="utf-8"))["quotes"]]


def test_eval_reads_the_config_knowledge_like_check(tmp_path, models_dir):
    """A newsroom's boilerplate pattern makes the page furniture nobody's words in eval's predictions too."""
    text = ("The council met on Monday.\n\n\"Share this story with a friend.\"\n\n"
            "“We will not close it,” said Ann Lee.\n")
    plain, configured = tmp_path / "plain", tmp_path / "configured"
    plain.mkdir()
    configured.mkdir()
    (configured / ".quoteguard.toml").write_text('[knowledge]\nboilerplate = ["^share this story\\\\b"]\n',
                                                 encoding="utf-8")
    _, without = _eval_predictions(plain, text, "--models-dir", models_dir)
    _, with_config = _eval_predictions(configured, text, "--models-dir", models_dir)
    assert "\"Share this story with a friend.\"" in without
    assert with_config == [q for q in without if "Share this story" not in q] and with_config


def test_eval_uses_the_config_models_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    (tmp_path / "models").mkdir()
    (tmp_path / ".quoteguard.toml").write_text(f'models-dir = "{tmp_path / "models"}"\n', encoding="utf-8")
    result, _ = _eval_predictions(tmp_path, "“We won,” said Ana Ruiz.\n")
    assert result.exit_code == 2
    assert str(tmp_path / "models") in result.stderr

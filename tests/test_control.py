"""Config precedence, file selection, inline suppressions, baselines, explain and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import MODELS_DIR, assert_usage_error, position
from quoteguard.cli import main
from quoteguard.cli.options import progress_wanted
from quoteguard.config import RuleSettings, expand_paths, load_config
from quoteguard.rules import RULES

CONFIG = """
select = ["unattributed-quote", "unidentified-speaker", "anonymous-source", "unused-suppression"]
ignore = ["anonymous-source"]
exclude = ["drafts/skip-*", "archive"]

[rules]
unidentified-speaker = "info"

[[overrides]]
files = ["opinion/**"]
rules = { unidentified-speaker = "off", unattributed-quote = "warning" }
"""


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / ".quoteguard.toml").write_text(CONFIG, encoding="utf-8")
    for folder in ("drafts", "opinion/2026", "archive"):
        (tmp_path / folder).mkdir(parents=True)
    text = "“We are ready,” said Ana Ruiz.\n\nLater, “prices will rise,” said Tom Reed, an economist at Banco Sol.\n"
    (tmp_path / "drafts" / "a.md").write_text(text, encoding="utf-8")
    (tmp_path / "drafts" / "skip-me.md").write_text(text, encoding="utf-8")
    (tmp_path / "drafts" / "notes.py").write_text("print('not a draft')\n", encoding="utf-8")
    (tmp_path / "opinion" / "2026" / "b.md").write_text(text, encoding="utf-8")
    (tmp_path / "archive" / "old.md").write_text(text, encoding="utf-8")
    return tmp_path


def test_config_precedence(project: Path):
    config = load_config(None, project / "drafts" / "a.md")
    plain = config.severities_for(str(project / "drafts" / "a.md"))
    assert plain["unidentified-speaker"] == "info"  # [rules] beats the default
    assert plain["anonymous-source"] == "off"  # ignore
    assert plain["name-inconsistency"] == "off"  # not selected
    assert "unattributed-quote" not in plain  # default severity
    opinion = config.severities_for(str(project / "opinion" / "2026" / "b.md"))
    assert opinion["unidentified-speaker"] == "off" and opinion["unattributed-quote"] == "warning"  # override wins
    cli = RuleSettings(levels={"unattributed-quote": "error"}, select=(), ignore=("unused-suppression",))
    from_cli = config.severities_for(str(project / "opinion" / "2026" / "b.md"), cli)
    assert from_cli["unattributed-quote"] == "error" and from_cli["unused-suppression"] == "off"  # CLI wins


def test_include_and_exclude_globs(project: Path, monkeypatch):
    monkeypatch.chdir(project)
    config = load_config(None, project)
    found, errors = expand_paths((".", "drafts/skip-me.md"), config)
    assert sorted(Path(p).as_posix().removeprefix("./") for p in found) == ["drafts/a.md", "opinion/2026/b.md"]
    assert errors == []
    _, errors = expand_paths(("archive",), config)
    assert errors and "is a directory with no drafts" in errors[0][1]


def test_empty_directory_is_a_usage_error(tmp_path: Path):
    result = CliRunner().invoke(main, ["check", "--models-dir", MODELS_DIR, str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"quoteguard: error: {tmp_path}: is a directory with no drafts to check "
                                          "(include: *.md, *.markdown, *.html, *.htm, *.xhtml, *.docx, *.txt)"]


def test_cli_applies_per_file_severities(project: Path, monkeypatch):
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["check", "--models-dir", MODELS_DIR, "--format", "json", "drafts", "opinion"])
    assert result.exit_code == 0, result.output  # only info findings: below the fail threshold
    docs = {Path(d["path"]).as_posix(): d for d in json.loads(result.stdout)["documents"]}
    assert set(docs) == {"drafts/a.md", "opinion/2026/b.md"}
    assert [f["severity"] for f in docs["drafts/a.md"]["findings"]] == ["info"]
    assert docs["opinion/2026/b.md"]["findings"] == []
    strict = CliRunner().invoke(main, ["check", "--models-dir", MODELS_DIR, "--rule", "unidentified-speaker=error",
                                       "drafts/a.md"])
    assert strict.exit_code == 1
    lenient = CliRunner().invoke(main, ["check", "--models-dir", MODELS_DIR, "--rule", "unidentified-speaker=error",
                                        "--exit-zero", "drafts/a.md"])
    assert lenient.exit_code == 0 and "unidentified-speaker" in lenient.stdout


SUPPRESSED = """Intro.

<!-- quoteguard: disable-next unattributed-quote -->
“Nobody here reads the fine print.”

<!-- quoteguard: disable unidentified-speaker -->
“We are ready,” said Ana Ruiz.
<!-- quoteguard: enable unidentified-speaker -->

<!-- quoteguard: disable-next anonymous-source -->
“Prices will rise,” said Tom Reed, an economist at Banco Sol.

<!-- quoteguard: disable-next no-such-rule -->
Another paragraph.

“An orphan at the end of the draft.”
"""


def test_inline_suppressions_and_unused_ones(check_as):
    doc = check_as(SUPPRESSED, "draft.md")
    found = [(f["rule"], f["line"], f["column"]) for f in doc["findings"]]
    unused = [f for f in doc["findings"] if f["rule"] == "unused-suppression"]
    assert [(f["line"], f["column"]) for f in unused] == [position(SUPPRESSED, "<!-- quoteguard: disable-next anon"),
                                                         position(SUPPRESSED, "<!-- quoteguard: disable-next no-")]
    assert "anonymous-source" in unused[0]["message"] and "unknown rule 'no-such-rule'" in unused[1]["message"]
    assert ("unattributed-quote", *position(SUPPRESSED, "“An orphan")) in found  # not silenced
    assert not any(r == "unattributed-quote" and line == 4 for r, line, _ in found)
    assert not any(r == "unidentified-speaker" for r, _, _ in found)


def test_html_suppressions(check_as):
    html = ("<article><!-- quoteguard: disable-next unattributed-quote --><p>“Nobody reads the fine print.”</p>"
            "<p>“Nor does anyone else here.”</p></article>")
    doc = check_as(html, "page.html")
    rules = [f["rule"] for f in doc["findings"]]
    assert rules.count("unattributed-quote") == 1 and "unused-suppression" not in rules


def test_baseline_round_trip(tmp_path: Path):
    draft = tmp_path / "d.md"
    first = "“An orphan quote that everyone accepted.”\n"
    draft.write_text(first, encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    args = ["check", "--models-dir", MODELS_DIR, "--baseline", str(baseline)]
    created = CliRunner().invoke(main, [*args, "--update-baseline", str(draft)])
    assert created.exit_code == 0 and "1 findings recorded" in created.stderr and "(1 suppressed)" in created.stdout
    entries = json.loads(baseline.read_text(encoding="utf-8"))["entries"]
    assert [(e["rule"], e["count"]) for e in entries] == [("unattributed-quote", 1)]
    assert CliRunner().invoke(main, [*args, str(draft)]).exit_code == 0
    # Edits to marks, case and spacing keep the fingerprint; a new quote is reported.
    draft.write_text("\"An  ORPHAN quote that everyone accepted.\"\n\n“A brand new orphan quote.”\n", encoding="utf-8")
    again = CliRunner().invoke(main, [*args, "--format", "json", str(draft)])
    assert again.exit_code == 1
    report = json.loads(again.stdout)
    assert [f["rule"] for f in report["documents"][0]["findings"]] == ["unattributed-quote"]
    assert report["summary"]["suppressed"] == 1
    # Stale entries are reported, then pruned by --update-baseline.
    draft.write_text("“A brand new orphan quote.”\n", encoding="utf-8")
    CliRunner().invoke(main, [*args, "--update-baseline", str(draft)])
    stale = CliRunner().invoke(main, [*args, str(draft)])
    assert stale.exit_code == 0 and "no longer match" not in stale.stderr
    assert len(json.loads(baseline.read_text(encoding="utf-8"))["entries"]) == 1


def test_missing_baseline_is_an_input_error(tmp_path: Path):
    result = CliRunner().invoke(main, ["check", "--baseline", str(tmp_path / "none.json"), str(tmp_path / "x.md")])
    assert result.exit_code == 2 and "create it with --update-baseline" in result.stderr


def test_explain_every_rule():
    for rule_id in RULES:
        result = CliRunner().invoke(main, ["explain", rule_id])
        assert result.exit_code == 0
        assert result.stdout.startswith(f"{rule_id} (") and "Flagged:" in result.stdout and "Better:" in result.stdout
    assert CliRunner().invoke(main, ["explain", "nope"]).exit_code == 2


def test_unknown_rule_options_fail_cleanly():
    result = CliRunner().invoke(main, ["check", "--select", "nope", "x.md"])
    assert result.exit_code == 2 and "unknown rule(s) nope" in result.stderr


def test_progress_only_on_a_terminal_outside_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    assert progress_wanted(None, 50) is False
    assert progress_wanted(True, 1) is True


def test_config_boilerplate_patterns_make_page_furniture_nobodys_words(tmp_path: Path, monkeypatch):
    """The packaged boilerplate (`"Follow X on Twitter"`) and a newsroom's own patterns: no unattributed quote."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".quoteguard.toml").write_text('[knowledge]\nboilerplate = ["^share this story\\\\b"]\n',
                                               encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("The council met on Monday.\n\n\"Follow Ann Lee on Twitter @annlee.\"\n\n"
                     "\"Share this story with a friend.\"\n\n\"We will not close the library.\"\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--models-dir", MODELS_DIR, "--format", "json", "d.txt"])
    report = json.loads(result.stdout)["documents"][0]
    quotes = report["quotes"]
    kinds = {q["text"][1:12]: q["kind"] for q in quotes}
    assert kinds == {"Follow Ann ": "scare", "Share this ": "scare", "We will not": "full"}
    unattributed = [f for f in report["findings"] if f["rule"] == "unattributed-quote"]
    assert [f["quote_id"] for f in unattributed] == [q["id"] for q in quotes if q["kind"] == "full"]


def test_a_broken_boilerplate_pattern_is_a_usage_error(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".quoteguard.toml").write_text('[knowledge]\nboilerplate = ["(unclosed"]\n', encoding="utf-8")
    (tmp_path / "d.txt").write_text("“We won,” said Ana Ruiz.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--models-dir", MODELS_DIR, "d.txt"])
    assert_usage_error(result, "knowledge.boilerplate", "(unclosed", "not a valid regular expression")

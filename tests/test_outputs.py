"""Output formats: SARIF (validated against the official 2.1.0 schema), GitHub annotations, HTML."""

from __future__ import annotations

import copy
import json
import re

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import MODELS_DIR, SHARED
from quoteguard.cli import main
from quoteguard.engine import check_document
from quoteguard.io import document_from_text
from quoteguard.report.github import github_summary
from quoteguard.report.github import render as render_github
from quoteguard.report.html import render as render_html
from quoteguard.report.model import build_report
from quoteguard.report.sarif import render as render_sarif

SARIF_SCHEMA = SHARED / "schemas" / "sarif-2.1.0-rtm.5.json"

DRAFT = """# Harbour <b>deal</b> & “friends”

“We will not sign this deal,” said Maria Lopez, a spokeswoman for the Dockworkers Union.

“It is a <script>alert('x')</script> disaster.”

“Talks have collapsed,” said a senior official.

<!-- quoteguard: disable-next anonymous-source -->
Later: “Nothing is agreed,” said Tom Reed.
"""


@pytest.fixture(scope="module")
def checked(pipeline, kb, model_source, tmp_path_factory):
    folder = tmp_path_factory.mktemp("repo")
    (folder / ".git").mkdir()
    (folder / "drafts").mkdir()
    path = folder / "drafts" / "harbour deal.md"
    path.write_text(DRAFT, encoding="utf-8")
    result = check_document(document_from_text(DRAFT, str(path)), pipeline, kb)
    return folder, result, build_report([result], [], model_source.processors)


def test_sarif_is_valid_and_github_ready(checked):
    folder, _, report = checked
    sarif = json.loads(render_sarif(report, root=str(folder)))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} >= {"unattributed-quote", "anonymous-source"}
    assert all(r["help"]["text"] and r["help"]["markdown"] and r["shortDescription"]["text"] for r in rules)
    results = run["results"]
    assert results
    finding = report["documents"][0]["findings"][0]
    first = results[0]["locations"][0]["physicalLocation"]
    assert first["artifactLocation"] == {"uri": "drafts/harbour%20deal.md", "uriBaseId": "%SRCROOT%"}
    assert first["region"]["startLine"] == finding["line"] and first["region"]["startColumn"] == finding["column"]
    assert all(re.fullmatch(r"[0-9a-f]{20}", r["partialFingerprints"]["quoteguardQuote/v1"]) for r in results)
    assert rules[results[0]["ruleIndex"]]["id"] == results[0]["ruleId"]


def test_github_annotations_limit_and_summary(checked):
    folder, _, report = checked
    text = render_github(report, root=str(folder))
    first = text.splitlines()[0]
    assert re.fullmatch(r"::(error|warning|notice) file=drafts/harbour deal\.md,line=\d+,col=\d+,endLine=\d+,"
                        r"endColumn=\d+,title=quoteguard [a-z-]+::.+", first), first
    many = copy.deepcopy(report)
    doc = many["documents"][0]
    doc["findings"] = [dict(doc["findings"][0], severity="warning") for _ in range(13)] + \
                      [dict(doc["findings"][0], severity="error") for _ in range(11)]
    out = render_github(many, root=str(folder)).splitlines()
    assert sum(ln.startswith("::warning ") for ln in out) == 10
    assert sum(ln.startswith("::error ") for ln in out) == 10
    assert "quoteguard: 4 more findings not annotated" in "\n".join(out)
    summary = github_summary(many)
    assert sum(line.startswith("| ") for line in summary.splitlines()) == 1 + 24


def test_github_format_appends_step_summary(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("“An orphan quote here.”\n\nLater, “we will not sign,” said Maria Lopez.\n", encoding="utf-8")
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--models-dir", MODELS_DIR, "--format", "github", str(draft)],
                                env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.exit_code == 1, result.output
    assert "::error file=" in result.stdout
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("earlier step\n## quoteguard")
    assert "| `unattributed-quote` |" in written


def test_html_escapes_the_draft_and_forbids_scripts(checked, pipeline, kb, model_source):
    _, result, report = checked
    page = render_html(report)
    assert "<b>deal" not in page
    hostile = "<b>Hi</b> “It is a <script>alert('x')</script> disaster,” said Ana <i>Ruiz</i>.\n"
    plain = check_document(document_from_text(hostile, "<img src=x>.txt"), pipeline, kb)
    plain_page = render_html(build_report([plain], [], model_source.processors))
    assert "<script" not in plain_page.lower() and "<img" not in plain_page and "<b>Hi" not in plain_page
    assert "&lt;script&gt;" in plain_page and "&lt;/script&gt;" in plain_page
    assert "&lt;img src=x&gt;.txt" in plain_page
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1)
    assert "script-src 'none'" in csp and "default-src 'none'" in csp
    assert 'class="speaker-name">Maria Lopez<' in page
    assert page.count('class="quote') == len(report["documents"][0]["quotes"])


def test_cli_writes_every_format(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("“We will not sign,” said Maria Lopez, a union spokeswoman.\n", encoding="utf-8")
    for fmt in ("text", "json", "sarif", "github", "html"):
        target = tmp_path / f"out.{fmt}"
        result = CliRunner().invoke(main, ["check", "--models-dir", MODELS_DIR, "--format", fmt, "-o", str(target),
                                           str(draft)])
        assert result.exit_code == 0, (fmt, result.output)
        assert target.read_text(encoding="utf-8").strip()


def test_input_errors_in_sarif_and_github():
    summary = dict.fromkeys(("documents", "quotes", "speech_quotes", "attributed", "errors", "warnings", "infos"), 0)
    report = {"documents": [], "errors": [{"path": "x.html", "message": "x.html: broken HTML"}], "summary": summary}
    sarif = json.loads(render_sarif(report))
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(sarif)
    invocation = sarif["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"] == "x.html: broken HTML"
    assert "::error file=x.html,title=quoteguard input error::x.html: broken HTML" in render_github(report)

"""quote-not-in-source: speech quotes checked against the texts given with --source."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rule_cases import SOURCES, findings

from conftest import rules_of
from quoteguard.cli import main
from quoteguard.engine import check_document
from quoteguard.io import document_from_text
from quoteguard.report.model import build_report
from quoteguard.sources import SourceText


@pytest.fixture(scope="session")
def check_sources(pipeline, kb, model_source):
    """check_sources(text, sources) -> the report's document, checked against source texts."""

    def run(text: str, sources: list[SourceText] | None = SOURCES) -> dict:
        result = check_document(document_from_text(text, "draft.txt"), pipeline, kb, None, sources)
        return build_report([result], [], model_source.processors)["documents"][0]

    return run


def test_quote_not_in_source_only_with_sources(check_sources):
    text = "“We will never accept this deal,” said Foreign Minister Abbas Araghchi.\n"
    assert "quote-not-in-source" not in rules_of(check_sources(text, None))
    [finding] = findings(check_sources(text), "quote-not-in-source")
    assert finding["severity"] == "error"
    assert "transcript.txt:2" in finding["message"] and "[-not-] {+never+}" in finding["message"]


def test_verbatim_quote_with_cut_and_brackets_passes(check_sources):
    doc = check_sources("“We will not accept this deal,” said Foreign Minister Abbas Araghchi.\n\n"
                        "“It is a trap … everyone knows it,” Araghchi said. “[Putin] said he would come.”\n")
    assert "quote-not-in-source" not in rules_of(doc)


def test_missing_source_file_is_a_usage_error(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("“We will win,” said Anna Petrova.\n", encoding="utf-8")
    run = CliRunner().invoke(main, ["check", "--source", str(tmp_path / "missing.txt"), str(draft)])
    assert run.exit_code == 2 and "no such file" in run.output

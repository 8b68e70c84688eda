"""Shared fixtures: the real Stanza pipeline (loaded once per test session) and helpers to check text."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from quoteguard.attribution.draft import Draft
from quoteguard.attribution.sieves import find_source
from quoteguard.cli import main
from quoteguard.engine import check_document
from quoteguard.io import document_from_text
from quoteguard.knowledge import build_knowledge
from quoteguard.models import load_pipeline, locate_models
from quoteguard.nlp import analyse
from quoteguard.quotes import classify, find_quotes
from quoteguard.report.model import build_report

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MODELS_DIR = os.environ.get("STANZA_RESOURCES_DIR") or str(SHARED / "stanza_resources")
SEEDS = SHARED / "fixtures" / "seeds"
# CLI runs cache analyses; keep the suite's cache out of the user's cache directory.
os.environ["QUOTEGUARD_CACHE_DIR"] = tempfile.mkdtemp(prefix="quoteguard-test-cache-")


@pytest.fixture(scope="session")
def models_dir() -> str:
    return MODELS_DIR


@pytest.fixture(scope="session")
def model_source(models_dir):
    return locate_models(models_dir)


@pytest.fixture(scope="session")
def pipeline(model_source):
    return load_pipeline(model_source)


@pytest.fixture(scope="session")
def kb():
    return build_knowledge()


@pytest.fixture(scope="session")
def check(pipeline, kb, model_source):
    """check(text) -> the JSON report's document for that text, with the full pipeline."""

    def run(text: str, severities: dict[str, str] | None = None) -> dict:
        result = check_document(document_from_text(text, "draft.txt"), pipeline, kb, severities)
        return build_report([result], [], model_source.processors)["documents"][0]

    return run


@pytest.fixture(scope="session")
def check_as(pipeline, kb, model_source):
    """check_as(text, path) -> the report's document, reading `text` in the format of `path`'s extension."""

    def run(text: str, path: str, severities: dict[str, str] | None = None) -> dict:
        result = check_document(document_from_text(text, path), pipeline, kb, severities)
        return build_report([result], [], model_source.processors)["documents"][0]

    return run


def position(source: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """1-based line and column of the nth occurrence of `needle` in `source`."""
    at = -1
    for _ in range(nth + 1):
        at = source.index(needle, at + 1)
    line = source.count("\n", 0, at) + 1
    return line, at - (source.rfind("\n", 0, at) + 1) + 1



def draft_fixture(text: str):
    """A module's fixture that checks one draft written for its tests, once: `draft = draft_fixture(DRAFT)`."""

    @pytest.fixture(scope="module")
    def draft(check):
        return check(text)

    return draft


def analysed_draft(pipeline, kb, text: str):
    """The attribution stage's view of `text` (real Stanza analysis, people collected), for sieve tests."""
    doc = document_from_text(text, "draft.txt")
    analysis = analyse(doc.text, pipeline, None)
    draft = Draft(doc, analysis, classify(doc, find_quotes(doc), analysis, kb), kb)
    draft.collect_people()
    return draft


def sieve_found(pipeline, kb, text: str, which: int = -1):
    """What `find_source` returns for the draft's `which`-th spoken quote, the last by default (None when
    no sieve links it)."""
    draft = analysed_draft(pipeline, kb, text)
    return find_source(draft, [q for q in draft.quotes if not q.unspoken][which])


def sieve_source(pipeline, kb, text: str, which: int = -1) -> tuple[str, str] | None:
    """The unit that links the quote and the words of the mention it makes."""
    found = sieve_found(pipeline, kb, text, which)
    return (found[2], found[1].text) if found is not None else None


def quote_with(doc: dict, snippet: str) -> dict:
    """The shortest reported quote whose text contains `snippet`."""
    hits = [q for q in doc["quotes"] if snippet in q["text"]]
    assert hits, f"no quote containing {snippet!r} in {[q['text'] for q in doc['quotes']]}"
    return min(hits, key=lambda q: len(q["text"]))


def speaker_of(doc: dict, snippet: str) -> dict:
    """The speaker of the quote with `snippet`; fails the test if it has none."""
    speaker = quote_with(doc, snippet)["speaker"]
    assert speaker is not None, f"quote with {snippet!r} has no speaker"
    return speaker


def body_of(doc: dict, snippet: str) -> str | None:
    """The organisation the report shows for the quote with `snippet` (None when it shows none)."""
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def speaker_name(doc: dict, snippet: str) -> str | None:
    speaker = quote_with(doc, snippet)["speaker"]
    return speaker["name"] if speaker else None


def rules_of(doc: dict) -> list[str]:
    return [f["rule"] for f in doc["findings"]]


def cli_check(models_dir: str, *args: str, input: str | bytes | None = None) -> Result:
    """`quoteguard check --models-dir models_dir ARGS`, in process."""
    return CliRunner().invoke(main, ["check", "--models-dir", models_dir, *args], input=input)


def assert_usage_error(result: Result, *words: str) -> str:
    """Exit 2 with exactly one `quoteguard: error:` line on stderr holding every word; no traceback."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("quoteguard: error: ")
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    for word in words:
        assert word in lines[0]
    return lines[0]

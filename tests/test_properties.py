"""Property-based tests: generated drafts with random quote marks, nesting, line breaks and apostrophes.

Profiles (env var QUOTEGUARD_HYPOTHESIS_PROFILE): `ci` (default; small, derandomized, no deadline)
and `fuzz` (10,000 examples for the quote finder and for whole reports from a tokenizer-only
pipeline; 100 through the full pipeline).
"""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quoteguard.engine import check_document
from quoteguard.io import document_from_text
from quoteguard.models import load_pipeline, locate_models
from quoteguard.quotes import find_quotes
from quoteguard.report.json import render as render_json
from quoteguard.report.model import build_report, validate
from quoteguard.rules import RuleInput
from quoteguard.summary import _inside

settings.register_profile("ci", max_examples=200, deadline=None, derandomize=True, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=10_000, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
PROFILE = os.environ.get("QUOTEGUARD_HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)
# The full pipeline runs Stanza twice per example: keep it small whatever the profile.
PIPELINE_EXAMPLES = 25 if PROFILE == "ci" else 100

MARKS = ["“", "”", "‘", "’", '"', "'", "«", "»", "„", "‹", "›"]
PAIRS = [("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'"), ("«", "»"), ("»", "«"), ("„", "“"), ("‹", "›"),
         ("“", '"'), ('"', "”")]
BREAKS = ["\n", "\n\n", "\r\n", "\r", "\r\n\r\n"]
WORDS = ["said", "the", "minister", "Putin", "told", "reporters", "She", "He", "added", "it", "was", "crisis",
         "don't", "Russia’s", "drivers'", "’90s", "rock 'n' roll", "Zoë", "Müller", "Δημήτρης", "Алексей",
         "İstanbul", "naïve", "東京", "said:", "according to"]
PUNCT = [".", ",", "!", "?", ":", ";", "…", " — ", "(", ")", "-"]

unicode_word = st.text(st.characters(categories=["L", "Mn"]), min_size=1, max_size=8)
word = st.one_of(st.sampled_from(WORDS), unicode_word)
atom = st.one_of(
    word.map(lambda w: w + " "),
    word,
    st.sampled_from(MARKS),
    st.sampled_from(PUNCT),
    st.sampled_from(BREAKS),
    st.just(" "),
)
flat = st.lists(atom, max_size=12).map("".join)


def _wrap(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(PAIRS), st.lists(st.one_of(inner, atom), max_size=6), st.booleans()).map(
        lambda t: t[0][0] + "".join(t[1]) + (t[0][1] if t[2] else ""))


drafts = st.recursive(flat, lambda inner: st.lists(st.one_of(inner, _wrap(inner)), max_size=5).map("".join),
                      max_leaves=20)
small_drafts = st.lists(st.one_of(flat, _wrap(flat)), min_size=1, max_size=4).map("".join)

_BREAK = re.compile(r"\r\n|\r|\n")


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column, counting CRLF, lone CR and LF as line ends."""
    starts = [0] + [m.end() for m in _BREAK.finditer(text)]
    line = max(i for i, s in enumerate(starts) if s <= offset)
    return line + 1, offset - starts[line] + 1


@given(drafts)
def test_quote_finder_offsets_slice_the_input(text):
    doc = document_from_text(text, "draft.txt")
    scan = find_quotes(doc)
    for q in scan.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.start + len(q.open_mark)] == q.open_mark
        if q.close_mark:
            assert text[q.end - len(q.close_mark):q.end] == q.close_mark
        assert q.inner_start <= q.inner_end
        para = doc.paragraphs[q.paragraph]
        assert para.start <= q.start < q.end <= para.end
    ids = [q.id for q in scan.quotes]
    assert len(ids) == len(set(ids))
    assert all(q.parent in ids for q in scan.quotes if q.parent)
    for p in scan.problems:
        assert 0 <= p.offset < len(text)
        assert text[p.offset:p.offset + len(p.mark)] == p.mark


def _assert_report_consistent_and_deterministic(pipeline, kb, processors, text) -> None:
    """The report validates, every offset slices its text and sits at its line:column, and a
    second run renders byte for byte the same."""
    def report() -> dict:
        result = check_document(document_from_text(text, "draft.txt"), pipeline, kb, None)
        return build_report([result], [], processors)

    first = report()
    validate(first)
    doc = first["documents"][0]
    for q in doc["quotes"]:
        assert 0 <= q["start"] < q["end"] <= len(text)
        assert text[q["start"]:q["end"]] == q["text"]
        assert (q["line"], q["column"]) == line_col(text, q["start"])
    for f in doc["findings"]:
        assert 0 <= f["start"] <= f["end"] <= len(text)
        assert (f["line"], f["column"]) == line_col(text, f["start"])
        end_line, end_column = line_col(text, max(f["start"], f["end"] - 1))
        assert (f["end_line"], f["end_column"]) == (end_line, end_column + 1)
    assert render_json(report()) == render_json(first)


@settings(max_examples=PIPELINE_EXAMPLES)
@given(small_drafts)
@example("’“")  # found by the fuzz profile: a quote mark glued to the only token before it
def test_full_check_is_consistent_and_deterministic(pipeline, kb, model_source, text):
    _assert_report_consistent_and_deterministic(pipeline, kb, model_source.processors, text)


@pytest.fixture(scope="module")
def tokenizer_source(models_dir):
    return locate_models(models_dir, only=("tokenize", "mwt"))


@given(drafts)
@example("’“")
def test_report_from_a_tokenizer_only_pipeline_is_consistent_and_deterministic(tokenizer_source, kb, text):
    """The same properties over the whole draft strategy (10,000 examples in the fuzz profile):
    every stage after Stanza, the rules and the report writer, on real Stanza tokens."""
    _assert_report_consistent_and_deterministic(load_pipeline(tokenizer_source), kb, tokenizer_source.processors,
                                                text)


@given(drafts)
def test_fast_lookups_agree_with_a_plain_scan(text):
    """The bisect and sweep lookups that replaced per-token scans (bench/pathological.py) change no answer."""
    doc = document_from_text(text, "draft.txt")
    quotes = find_quotes(doc).quotes
    for i, q in enumerate(quotes):  # parent: the latest earlier quote enclosing it at a lower depth
        parent = next((p for p in reversed(quotes[:i]) if p.start < q.start and q.end <= p.end and p.depth < q.depth),
                      None)
        assert q.parent == (parent.id if parent else None)
    top = [(q.start, q.end) for q in quotes if q.depth == 0]
    inside = [any(s <= i < e for s, e in top) for i in range(len(text) + 1)]
    data = RuleInput(doc, quotes, None, None, {})
    assert [data.inside_quote(i) for i in range(len(text) + 1)] == inside
    assert data.blank_quotes(0, len(text)) == "".join(" " if inside[i] else c for i, c in enumerate(text))
    assert _inside(list(range(len(text) + 1)), top) == inside
    for para in doc.paragraphs:
        assert doc.paragraph_index(para.start) == doc.paragraphs.index(para)

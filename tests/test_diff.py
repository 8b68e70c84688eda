"""`quoteguard diff`: quotes matched across two versions of a draft, and findings introduced or fixed."""

from __future__ import annotations

import pytest

from conftest import SEEDS
from quoteguard.diff import diff_results, match_quotes, render_text, to_dict
from quoteguard.engine import check_document
from quoteguard.io import document_from_text, read_document


@pytest.fixture(scope="session")
def compare(pipeline, kb):
    def run(old, new):
        return diff_results(check_document(old, pipeline, kb), check_document(new, pipeline, kb))

    return run


@pytest.fixture(scope="session")
def fixture_diff(compare):
    return compare(read_document(str(SEEDS / "article_v1.txt")), read_document(str(SEEDS / "article_v2.txt")))


def test_fixture_articles_keep_the_main_article_quotes(fixture_diff):
    unchanged = fixture_diff.of("unchanged")
    assert len(unchanged) == 6
    speakers = [p.new.speaker for p in unchanged if p.new]
    assert speakers == ["Yuri Ushakov", "Sergei Ryabkov"] + ["Nikita Smagin"] * 4
    assert fixture_diff.of("changed") == []


def test_fixture_articles_sidebar_quotes_added_and_removed(fixture_diff):
    removed = {p.old.speaker for p in fixture_diff.of("removed") if p.old and p.old.kind in ("full", "partial")}
    added = {p.new.speaker for p in fixture_diff.of("added") if p.new and p.new.kind in ("full", "partial")}
    assert removed == {"Donald Trump", "Kaja Kallas"}
    assert added == {"Winston Churchill", "My hometown football coach", "Mark Carney"}
    introduced = [f.rule for f in fixture_diff.findings if f.status == "introduced"]
    assert introduced == ["anonymous-source"]


def test_fixture_diff_text_and_json(fixture_diff):
    text = render_text(fixture_diff)
    assert "unchanged quotes (6):" in text and "Winston Churchill" in text
    assert text.splitlines()[-1].startswith("6 unchanged, 0 reworded, 0 re-attributed, 4 removed, 5 added")
    data = to_dict(fixture_diff)
    assert data["summary"]["unchanged"] == 6 and data["summary"]["added"] == 5


def test_reworded_and_reattributed_quote(compare):
    old = document_from_text("“We will not accept this deal,” said Foreign Minister Abbas Araghchi.\n\n"
                             "“The deal is dead,” a source said.\n", "old.txt")
    new = document_from_text("“We will never accept this deal,” said Foreign Minister Abbas Araghchi.\n\n"
                             "“The deal is dead,” said Deputy Foreign Minister Sergei Ryabkov.\n", "new.txt")
    result = compare(old, new)
    reworded = [p for p in result.pairs if p.reworded]
    assert len(reworded) == 1 and "[-not-] {+never+}" in (reworded[0].diff or "")
    moved = [p for p in result.pairs if p.speaker_changed]
    assert len(moved) == 1 and moved[0].old.speaker != moved[0].new.speaker
    assert [f.rule for f in result.findings if f.status == "fixed"] == ["anonymous-source"]
    text = render_text(result)
    assert "changed wording (1):" in text and "speaker a source → Sergei Ryabkov" in text


def test_matching_prefers_exact_text_over_fuzzy():
    from quoteguard.diff import QuoteView

    def view(qid, inner):
        return QuoteView(qid, f"“{inner}”", inner, "full", 1, 1, None, None)

    old = [view("q1", "We will win"), view("q2", "We will win the war")]
    new = [view("q1", "We will win the war."), view("q2", "we will win")]
    pairs = match_quotes(old, new)
    assert [(p.old.id, p.new.id) for p in pairs if p.old and p.new] == [("q2", "q1"), ("q1", "q2")]
    assert all(p.status == "unchanged" for p in pairs)


def test_diff_of_a_missing_file_is_a_usage_error(tmp_path):
    from click.testing import CliRunner

    from quoteguard.cli import main

    draft = tmp_path / "new.txt"
    draft.write_text("“We will win,” said Anna Petrova.\n", encoding="utf-8")
    run = CliRunner().invoke(main, ["diff", str(tmp_path / "old.txt"), str(draft)])
    assert run.exit_code == 2 and "no such file" in run.output

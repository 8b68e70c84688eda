"""Parsing only what attribution reads, the analysis cache, --jobs, and archive audits (local and Dask)."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest
from click.testing import CliRunner

from quoteguard.cache import AnalysisCache
from quoteguard.cli import main
from quoteguard.engine import Analyser, check_document, focus
from quoteguard.io import document_from_text
from quoteguard.models import pipelines_loaded
from quoteguard.nlp import chunks
from quoteguard.quotes import find_quotes
from quoteguard.report.model import build_report

DRAFT = """The city council met on Tuesday to discuss the budget for the coming year.

Nikita Smagin, an analyst at the Carnegie Endowment, has studied the region for a decade.

The meeting ran late into the evening and several residents left before the vote.

"We cannot keep cutting the library hours," Smagin said after the vote.

Parking fees will rise by ten percent in March under the plan.

"This is the fairest budget in years," said Mayor Laura Chen.

Residents can read the full plan on the city's website from next week.
"""


def _report(result, model_source) -> dict:
    return build_report([result], [], model_source.processors)


def test_focused_parse_skips_background_sentences_and_changes_nothing(pipeline, kb, model_source):
    doc = document_from_text(DRAFT, "draft.txt")
    focused = check_document(doc, pipeline, kb)
    full = check_document(doc, pipeline, kb, parse_all=True)
    parsed = focused.analysis.parsed
    assert parsed is not None and 0 < len(parsed) < len(focused.analysis.sentences)
    assert full.analysis.parsed is None
    # The background sentence naming Smagin is tokenized and tagged for entities, not parsed ...
    assert any(e.text == "Nikita Smagin" for e in focused.analysis.entities)
    # ... and the report (speakers, affiliations, findings) is the same as with every sentence parsed.
    assert _report(focused, model_source) == _report(full, model_source)
    speakers = {q["speaker"]["name"] for q in _report(focused, model_source)["documents"][0]["quotes"]}
    assert speakers == {"Nikita Smagin", "Laura Chen"}


def test_focus_covers_quotes_stray_marks_and_speech_cues(kb):
    doc = document_from_text('He said the plan works. "Open quote never closed.\n\nAccording to aides, it will pass.')
    found = focus(find_quotes(doc), kb)
    assert any(start == doc.text.index('"') for start, _ in found.spans)
    assert {"said", "according"} <= found.cue_words


def test_cache_serves_a_second_run_without_loading_stanza(tmp_path, kb, model_source):
    doc = document_from_text(DRAFT, "draft.txt")
    first = Analyser(model_source, cache=AnalysisCache(str(tmp_path), model_source))
    before = check_document(doc, first, kb)
    assert first.loaded and first.cache.misses == 1
    second = Analyser(model_source, cache=AnalysisCache(str(tmp_path), model_source))
    after = check_document(doc, second, kb)
    assert not second.loaded and second.cache.hits == 1
    assert after.analysis == before.analysis
    assert _report(after, model_source) == _report(before, model_source)


def test_cached_cli_run_never_imports_stanza_or_torch(tmp_path, models_dir):
    """The second CI run of an unchanged draft costs the CLI's start-up, not torch's two seconds."""
    import os
    import subprocess
    import sys

    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    cache = tmp_path / "cache"
    args = ["check", "--models-dir", models_dir, "--cache-dir", str(cache), "--format", "json",
            "-o", str(tmp_path / "report.json"), str(draft)]
    probe = ("import sys; from quoteguard.cli import main\n"
             "try:\n    main(sys.argv[1:])\n"
             "except SystemExit:\n    pass\n"
             "print(sorted(m for m in ('stanza', 'torch') if m in sys.modules))")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    runs = [subprocess.run([sys.executable, "-c", probe, *args], env=env, capture_output=True, text=True,
                           timeout=300) for _ in range(2)]
    assert runs[0].stdout.strip().splitlines()[-1] == "['stanza', 'torch']", runs[0].stderr
    assert runs[1].stdout.strip().splitlines()[-1] == "[]", runs[1].stderr


def test_default_model_dir_is_stanzas(tmp_path):
    """quoteguard spells out stanza's default models directory instead of importing stanza for it."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "STANZA_RESOURCES_DIR"}
    env["HOME"] = str(tmp_path)
    code = ("from stanza.resources.common import DEFAULT_MODEL_DIR; from quoteguard.models import default_model_dir; "
            "print(DEFAULT_MODEL_DIR == default_model_dir(), default_model_dir())")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120).stdout
    assert out.split()[0] == "True" and out.split()[1].startswith(str(tmp_path)), out


def test_cache_key_follows_text_scope_and_models(tmp_path, kb, model_source):
    cache = AnalysisCache(str(tmp_path), model_source)
    doc = document_from_text(DRAFT)
    scope = focus(find_quotes(doc), kb)
    keys = {cache.key(DRAFT, scope), cache.key(DRAFT + " ", scope), cache.key(DRAFT, None)}
    assert len(keys) == 3
    other_models = type(model_source)(model_source.directory, model_source.found_by, model_source.kwargs,
                                      ("tokenize", "mwt"))
    assert AnalysisCache(str(tmp_path), other_models).key(DRAFT, scope) != cache.key(DRAFT, scope)


def test_damaged_cache_entry_is_recomputed(tmp_path, pipeline, kb, model_source):
    cache = AnalysisCache(str(tmp_path), model_source)
    doc = document_from_text(DRAFT, "draft.txt")
    good = check_document(doc, Analyser(model_source, pipeline=pipeline, cache=cache), kb)
    entries = list(tmp_path.rglob("*.json.z"))
    assert len(entries) == 1
    entries[0].write_bytes(b"\x00 not an entry")
    again = check_document(doc, Analyser(model_source, pipeline=pipeline, cache=cache), kb)
    assert again.analysis == good.analysis
    assert AnalysisCache(str(tmp_path), model_source).get(cache.key(DRAFT, focus(good.scan, kb)), DRAFT) \
        == good.analysis


def _hammer(directory: str, key: str, text: str, analysis, rounds: int, queue) -> None:
    from quoteguard.cache import AnalysisCache as Cache

    cache = Cache.__new__(Cache)  # same key space without re-reading model files in every child
    cache.directory, cache.hits, cache.misses = Path(directory), 0, 0
    bad = 0
    for _ in range(rounds):
        cache.put(key, analysis)
        seen = cache.get(key, text)
        bad += seen is not None and seen != analysis
    queue.put(bad)


def test_concurrent_runs_never_see_half_an_entry(tmp_path, pipeline, kb, model_source):
    doc = document_from_text(DRAFT, "draft.txt")
    analysis = check_document(doc, pipeline, kb).analysis
    key = "ab" + "0" * 62
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    workers = [context.Process(target=_hammer, args=(str(tmp_path), key, DRAFT, analysis, 40, queue))
               for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert [queue.get(timeout=5) for _ in workers] == [0, 0, 0, 0]
    assert not list(tmp_path.rglob("*.tmp"))


def _drafts(tmp_path: Path, count: int) -> list[str]:
    names = []
    for i in range(count):
        path = tmp_path / f"draft{i}.txt"
        path.write_text(DRAFT.replace("ten percent", f"{i + 2} percent"), encoding="utf-8")
        names.append(str(path))
    return names


def test_jobs_give_the_same_report_as_one_process(tmp_path, models_dir):
    paths = _drafts(tmp_path, 3)
    common = ["check", "--models-dir", models_dir, "--format", "json", "--no-cache", *paths]
    one = CliRunner().invoke(main, [*common, "--jobs", "1"])
    two = CliRunner().invoke(main, [*common, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, one.output + two.output
    assert one.stdout == two.stdout
    assert len(json.loads(two.stdout)["documents"]) == 3


def _corpus(tmp_path: Path) -> Path:
    rows = [{"id": "a", "text": DRAFT}, {"id": "b", "text": "No quotes here at all, just a note."},
            {"id": "c", "text": '"It will pass," an aide said, speaking on condition of anonymity.'},
            {"id": "d"}]
    path = tmp_path / "archive.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n", encoding="utf-8")
    return path


def _audit(models_dir: str, *args: str):
    return CliRunner().invoke(main, ["audit", "--models-dir", models_dir, "--no-cache", *args])


def test_audit_writes_a_line_per_document_and_the_archive_figures(tmp_path, models_dir):
    corpus = _corpus(tmp_path)
    out, summary = tmp_path / "results.jsonl", tmp_path / "summary.json"
    result = _audit(models_dir, str(corpus), "-o", str(out), "--summary", str(summary))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c", "d", f"{corpus}:5"]
    assert "error" in lines[3] and "error" in lines[4]
    assert lines[0]["summary"]["attributed"] == 2
    figures = json.loads(summary.read_text(encoding="utf-8"))
    assert figures["documents"] == 5 and figures["failed"] == 2
    assert figures["speech_quotes"] == sum(line["summary"]["speech_quotes"] for line in lines[:3])
    assert figures["unnamed_source_share"] == pytest.approx(1 / 3, abs=1e-3)
    assert {s["name"] for s in figures["top_sources"]} == {"Nikita Smagin", "Laura Chen"}
    assert "unattributed-quote rate" in result.stderr


def test_audit_reads_parquet_and_directories_like_jsonl(tmp_path, models_dir):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": ["a"], "body": [DRAFT]}), tmp_path / "archive.parquet")
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "a.txt").write_text(DRAFT, encoding="utf-8")
    from_parquet = _audit(models_dir, str(tmp_path / "archive.parquet"), "--text-field", "body")
    from_folder = _audit(models_dir, str(folder))
    assert from_parquet.exit_code == from_folder.exit_code == 0, from_parquet.output + from_folder.output
    quotes = [[q["speaker"]["name"] for q in json.loads(r.stdout)["quotes"]] for r in (from_parquet, from_folder)]
    assert quotes[0] == quotes[1] == ["Nikita Smagin", "Laura Chen"]


def test_audit_of_a_missing_corpus_is_one_line_exit_2(tmp_path, models_dir):
    result = _audit(models_dir, str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "nope.jsonl" in result.stderr


def test_audit_on_a_dask_cluster_matches_the_local_run(tmp_path, models_dir):
    distributed = pytest.importorskip("dask.distributed")
    from quoteguard.audit import AuditSettings, read_corpus, run_audit
    from quoteguard.config import Config

    corpus = _corpus(tmp_path)
    settings = AuditSettings(models_dir, None, False)
    local = list(run_audit(read_corpus([str(corpus)], Config()), settings, batch_size=2))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True,
                                  dashboard_address=None) as cluster:
        remote = list(run_audit(read_corpus([str(corpus)], Config()), settings, cluster.scheduler_address,
                                batch_size=2))
        with distributed.Client(cluster) as client:
            loads = client.run(pipelines_loaded)
    assert remote == local
    # Three batches ran on the worker; it built its pipeline once.
    assert list(loads.values()) == [1]


def test_long_drafts_go_to_stanza_in_paragraph_chunks_with_exact_offsets(pipeline, kb):
    text = "\n\n".join(DRAFT.replace("ten percent", f"{i + 2} percent") for i in range(12))
    assert len(chunks(text)) > 1 and all(text[a:b].endswith("\n\n") for a, b in chunks(text)[:-1])
    result = check_document(document_from_text(text, "long.txt"), pipeline, kb)
    assert all(text[t.start:t.end] == t.text for t in result.analysis.tokens)
    assert all(text[e.start:e.end] == e.text for e in result.analysis.entities)
    report = build_report([result], [], ())["documents"][0]
    speakers = [q["speaker"]["name"] if q["speaker"] else None for q in report["quotes"]]
    assert speakers == ["Nikita Smagin", "Laura Chen"] * 12


@pytest.mark.parametrize("text", ["word " * 5000, "x" * 12_001, "short", "a\n" * 4000])
def test_chunks_cover_the_text_and_stay_small(text):
    spans = chunks(text, 5000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a < b <= a + 5000 for a, b in spans)
    assert all(spans[i][1] == spans[i + 1][0] for i in range(len(spans) - 1))

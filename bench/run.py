"""Benchmark quoteguard against bare Stanza (the floor) and, when installed, a textacy/spaCy peer.

    python bench/run.py --quick        # under a minute; last line: cold_ratio=X warm_chars_per_s=Y
    python bench/run.py                # ~1 MB corpus, plus the peer if bench/.peer-venv exists

Every measurement runs in a fresh child process (this script with a hidden --child role) so that
load times and peak RSS belong to one process each. The corpus is read at run time from the shared
fixtures and PolNeAR dev; none of it is stored in the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("QG_BENCH_SHARED", "/work/shared"))
SEEDS = [SHARED / "fixtures/seeds/article_v1.txt", SHARED / "fixtures/seeds/article_v2.txt"]
POLNEAR_DEV = SHARED / "gold/polnear/dev.jsonl"
PEER_PYTHON = HERE / ".peer-venv/bin/python"
FULL_CHARS = 1_000_000
QUICK_CHARS = 3_000


def source_texts() -> list[str]:
    """The seed drafts, then the PolNeAR dev texts."""
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    with POLNEAR_DEV.open(encoding="utf-8") as fh:
        texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


def corpus(target: int) -> list[str]:
    """The source texts, repeated until at least `target` characters."""
    texts = source_texts()
    out: list[str] = []
    total = 0
    while total < target:
        for text in texts:
            out.append(text)
            total += len(text)
            if total >= target:
                break
    return out


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB (Linux reports KiB)."""
    return resource.getrusage(who).ru_maxrss / 1024


# --- child roles: each runs in its own process and prints one JSON object ---------------------

def child_floor(chars: int) -> dict[str, Any]:
    """Bare stanza.Pipeline load with quoteguard's model kwargs, then tokenize-only throughput."""
    from quoteguard.models import configure_threads, locate_models

    t0 = time.perf_counter()
    import stanza

    import_s = time.perf_counter() - t0
    configure_threads()
    source = locate_models()
    kwargs = dict(source.kwargs)
    lang = kwargs.pop("lang", "en")
    common = {"lang": lang, "dir": source.directory, "download_method": None, "use_gpu": False,
              "logging_level": "WARN"}
    t0 = time.perf_counter()
    stanza.Pipeline(processors=",".join(source.processors), **common, **kwargs)
    load_s = time.perf_counter() - t0
    tok = locate_models(only=("tokenize",))
    tok_kwargs = dict(tok.kwargs)
    tok_kwargs.pop("lang", None)
    tokenizer = stanza.Pipeline(processors=",".join(tok.processors), **common, **tok_kwargs)
    texts = corpus(chars)
    t0 = time.perf_counter()
    for text in texts:
        tokenizer(text)
    tok_s = time.perf_counter() - t0
    n = sum(map(len, texts))
    return {"import_s": import_s, "load_s": load_s, "processors": list(source.processors),
            "tokenize_chars": n, "tokenize_s": tok_s, "tokenize_chars_per_s": n / tok_s,
            "peak_rss_mb": peak_rss_mb()}


def child_warm(chars: int, parse_all: bool = False) -> dict[str, Any]:
    """quoteguard in one process: load the pipeline once, check_document over the corpus."""
    from quoteguard.engine import check_document, focus
    from quoteguard.io import document_from_text
    from quoteguard.knowledge import default_knowledge
    from quoteguard.models import load_pipeline, locate_models
    from quoteguard.nlp import analyse
    from quoteguard.quotes import find_quotes

    t0 = time.perf_counter()
    pipeline = load_pipeline(locate_models())
    load_s = time.perf_counter() - t0
    kb = default_knowledge()
    texts = corpus(chars)
    quotes = parsed = sentences = 0
    t0 = time.perf_counter()
    for i, text in enumerate(texts):
        result = check_document(document_from_text(text, f"doc{i}.txt"), pipeline, kb, parse_all=parse_all)
        quotes += len(result.quotes)
        sentences += len(result.analysis.sentences)
        parsed += len(result.analysis.sentences if result.analysis.parsed is None else result.analysis.parsed)
    check_s = time.perf_counter() - t0
    n = sum(map(len, texts))
    # Stanza alone on a small sample, parsing what the check parses: how much of check time it is.
    sample = "\n\n".join(texts[:3])
    scope = None if parse_all else focus(find_quotes(document_from_text(sample, "sample.txt")), kb)
    t0 = time.perf_counter()
    analyse(sample, pipeline, scope)
    sample_analyse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    check_document(document_from_text(sample, "sample.txt"), pipeline, kb, parse_all=parse_all)
    sample_check_s = time.perf_counter() - t0
    return {"load_s": load_s, "chars": n, "docs": len(texts), "quotes": quotes, "check_s": check_s,
            "sentences": sentences, "parsed_sentences": parsed,
            "chars_per_s": n / check_s, "sample_chars": len(sample), "sample_analyse_s": sample_analyse_s,
            "sample_check_s": sample_check_s,
            "peak_rss_mb": peak_rss_mb()}


def child_stages(chars: int) -> dict[str, Any]:
    """Stanza time per processor on a sample: each processor's own share of the pipeline time."""
    import stanza

    from quoteguard.models import configure_threads, locate_models

    configure_threads()
    source = locate_models()
    kwargs = dict(source.kwargs)
    lang = kwargs.pop("lang", "en")
    pipe = stanza.Pipeline(lang=lang, dir=source.directory, processors=",".join(source.processors),
                           download_method=None, use_gpu=False, logging_level="WARN", **kwargs)
    texts = corpus(chars)
    spent: dict[str, float] = {name: 0.0 for name in pipe.processors}
    for text in texts:
        doc: Any = text
        for name, processor in pipe.processors.items():
            t0 = time.perf_counter()
            doc = processor.process(doc)
            spent[name] += time.perf_counter() - t0
    return {"chars": sum(map(len, texts)), "seconds": spent}


def child_warm_all(chars: int) -> dict[str, Any]:
    """The same warm run with every sentence parsed: what selective parsing saves."""
    return child_warm(chars, parse_all=True)


CHILDREN = {"floor": child_floor, "warm": child_warm, "warm_all": child_warm_all, "stages": child_stages}


# --- parent ------------------------------------------------------------------------------------

def run_child(role: str, chars: int) -> dict[str, Any]:
    """Run this script in a fresh process in one child role and parse its JSON line."""
    out = subprocess.run([sys.executable, __file__, "--child", role, "--chars", str(chars)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def cli_seconds(*args: str, threads: int | None = None) -> float:
    """Wall seconds of one fresh `quoteguard check` process (`threads`: its OMP_NUM_THREADS)."""
    env = dict(os.environ, OMP_NUM_THREADS=str(threads)) if threads else None
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "quoteguard.cli", "check", "--format", "json", *args],
                          capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1):  # 1 means findings at error level
        raise SystemExit(f"quoteguard check failed ({proc.returncode}): {proc.stderr[-500:]}")
    return seconds


def cold_runs(runs: int) -> tuple[list[float], float]:
    """Fresh `quoteguard check --no-cache article_v1.txt` processes: imports, load and check."""
    times = [cli_seconds("--no-cache", str(SEEDS[0])) for _ in range(runs)]
    return times, peak_rss_mb(resource.RUSAGE_CHILDREN)


def cached_runs(runs: int) -> list[float]:
    """The same draft checked again with a warm analysis cache (an unchanged draft in CI)."""
    with tempfile.TemporaryDirectory() as cache:
        cli_seconds("--cache-dir", cache, str(SEEDS[0]))
        return [cli_seconds("--cache-dir", cache, str(SEEDS[0])) for _ in range(runs)]


def jobs_runs(drafts: int, runs: int) -> tuple[list[float], list[float], list[float]]:
    """`check -j 1`, `-j 2`, and `-j 1` held to one torch thread (one process on one core), over
    `drafts` files (the corpus texts cycled), interleaved run by run."""
    texts = source_texts()
    one, two, one_core = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for i in range(drafts):
            Path(folder, f"draft{i:03}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
        for _ in range(runs):
            one.append(cli_seconds("--no-cache", "-j", "1", folder))
            two.append(cli_seconds("--no-cache", "-j", "2", folder))
            one_core.append(cli_seconds("--no-cache", "-j", "1", folder, threads=1))
    return one, two, one_core


def report_jobs(drafts: int, runs: int) -> None:
    one, two, one_core = jobs_runs(drafts, runs)
    pairs = [a / b for a, b in zip(one, two, strict=True)]
    per_core = [a / b for a, b in zip(one_core, two, strict=True)]
    print(f"{drafts} drafts: -j 1 median {med(one):.1f} s, -j 2 median {med(two):.1f} s; "
          f"speed-up median {med(pairs):.2f}x [{min(pairs):.2f}-{max(pairs):.2f}] (target >= 1.8x)")
    print(f"{drafts} drafts: -j 1 on one torch thread median {med(one_core):.1f} s; -j 2 (one thread per "
          f"process) is {med(per_core):.2f}x that [{min(per_core):.2f}-{max(per_core):.2f}]")


def run_peer(chars: int) -> dict[str, Any]:
    """bench/peer.py under the peer virtualenv over the same corpus."""
    texts = corpus(chars)
    proc = subprocess.run([str(PEER_PYTHON), str(HERE / "peer.py")], input=json.dumps(texts),
                          check=True, capture_output=True, text=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def machine() -> str:
    """nproc, CPU model and memory, from /proc."""
    cpu = "unknown"
    mem = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    return f"nproc={os.cpu_count()} cpu={cpu!r} mem={mem} python={platform.python_version()}"


def med(values: list[float]) -> float:
    return statistics.median(values)


def main() -> int:
    """Parse arguments; run one child role or the whole benchmark."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small corpus, no peer, under a minute")
    ap.add_argument("--chars", type=int, help="corpus size in characters (default 1 MB, or 3k with --quick)")
    ap.add_argument("--runs", type=int, help="runs per measurement (default 5, or 1 with --quick)")
    ap.add_argument("--no-peer", action="store_true", help="skip the peer even if its virtualenv exists")
    ap.add_argument("--drafts", type=int, default=200,
                    help="drafts for the -j 1 / -j 2 comparison (0 skips it; not run with --quick)")
    ap.add_argument("--jobs-only", action="store_true", help="only the -j 1 / -j 2 comparison")
    ap.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    args = ap.parse_args()
    chars = args.chars or (QUICK_CHARS if args.quick else FULL_CHARS)
    if args.child:
        print(json.dumps(CHILDREN[args.child](chars)))
        return 0
    runs = args.runs or (1 if args.quick else 5)
    if args.jobs_only:
        print(machine())
        report_jobs(args.drafts, runs)
        return 0
    warm_runs = 1 if args.quick else max(1, min(runs, 3))
    print(machine())
    print(f"corpus: {sum(map(len, corpus(chars)))} chars in {len(corpus(chars))} texts; runs={runs}")

    cold, cold_rss = cold_runs(runs)
    print(f"cold single draft (fresh CLI process, article_v1.txt): median {med(cold):.2f} s "
          f"[{min(cold):.2f}-{max(cold):.2f}], peak RSS {cold_rss:.0f} MB")
    floors = [run_child("floor", chars) for _ in range(runs)]
    load = med([f["load_s"] for f in floors])
    print(f"bare stanza.Pipeline load ({','.join(floors[0]['processors'])}): median {load:.2f} s "
          f"(import stanza {med([f['import_s'] for f in floors]):.2f} s)")
    tok = med([f["tokenize_chars_per_s"] for f in floors])
    print(f"bare tokenize-only throughput: median {tok:.0f} chars/s")
    cached = cached_runs(runs)
    print(f"same draft again with a warm analysis cache: median {med(cached):.2f} s "
          f"[{min(cached):.2f}-{max(cached):.2f}]")
    warms = [run_child("warm", chars) for _ in range(warm_runs)]
    warm = med([w["chars_per_s"] for w in warms])
    rss = max(w["peak_rss_mb"] for w in warms)
    share = med([w["sample_analyse_s"] / w["sample_check_s"] for w in warms])
    print(f"warm quoteguard throughput: median {warm:.0f} chars/s over {warm_runs} run(s) "
          f"({warms[0]['docs']} docs, {warms[0]['quotes']} quotes, {warms[0]['parsed_sentences']} of "
          f"{warms[0]['sentences']} sentences parsed), peak RSS {rss:.0f} MB; Stanza is ~{share:.0%} of check time")
    if not args.quick:
        alls = [run_child("warm_all", chars) for _ in range(warm_runs)]
        warm_all = med([w["chars_per_s"] for w in alls])
        print(f"warm throughput with every sentence parsed (--parse-all): median {warm_all:.0f} chars/s; "
              f"selective parsing gives {warm / warm_all:.2f}x")
        if args.drafts:
            report_jobs(args.drafts, max(1, min(runs, 3)))
        stages = run_child("stages", min(chars, 20_000))
        total = sum(stages["seconds"].values())
        parts = ", ".join(f"{k} {v / total:.0%}" for k, v in stages["seconds"].items())
        print(f"Stanza time by processor ({stages['chars']} chars, {total:.1f} s): {parts}")
        if PEER_PYTHON.exists() and not args.no_peer:
            peers = [run_peer(chars) for _ in range(warm_runs)]
            peer_tp = med([p["chars_per_s"] for p in peers])
            print(f"peer (textacy direct_quotations, en_core_web_sm): load median "
                  f"{med([p['load_s'] for p in peers]):.2f} s, throughput {peer_tp:.0f} chars/s, "
                  f"peak RSS {max(p['peak_rss_mb'] for p in peers):.0f} MB")
            print(f"ratio warm throughput quoteguard/peer: {warm / peer_tp:.2f}x (target >= 1.0x)")
        else:
            print("peer: not run (no bench/.peer-venv; run bench/setup_peer.sh)")
    print(f"targets: cold <= 2.0x bare load -> {med(cold) / load:.2f}x; peak RSS <= 1536 MB -> {rss:.0f} MB")
    print(f"cold_ratio={med(cold) / load:.2f} warm_chars_per_s={warm:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

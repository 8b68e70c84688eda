"""Pathological drafts: how long and how much memory one `quoteguard check --format json` takes on each.

    python bench/pathological.py                      # every case, 300 s and 6 GB per run
    python bench/pathological.py --torch-threads 1    # the same with one torch thread (busy machines)
    python bench/pathological.py --only sentence --scale 0.01 --timeout 120

Each draft is generated at run time in a temporary directory (nothing is stored in the repository):

  baseline   one ordinary sentence, for comparison (start-up and model load)
  quotes     100,000 quote marks, straight and curly, single and double, many left unbalanced,
             in short paragraphs
  sentence   one sentence of 1 MB: words and commas, no full stop, no line break
  nested     100,000 nested <div> around one attributed quote (an HTML draft)
  zipbomb    a .docx whose word/document.xml inflates to 400 MB (under 1 MB packed)

Each runs in a fresh child process (`python -m quoteguard check --no-cache --format json -o FILE DRAFT`, this
tree's sources first on PYTHONPATH). Its address space is capped at --mem-cap-mb (RLIMIT_AS), and
it is killed when it passes --timeout seconds or that many resident MB, so no case can take the
machine down.
Printed per case: input size, exit code (or TIMEOUT / RSS-CAP), wall time, the child's own peak
RSS (from wait4), and the first line of stderr.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
MARKS = ['"', "“", "”", "'", "‘", "’", "«", "»"]
WORDS = ["the", "council", "said", "we", "will", "rebuild", "Ana", "Ruiz", "told", "reporters", "on",
         "Monday", "budget", "never", "again", "mayor", "port", "strike"]


def quotes_draft(marks: int) -> str:
    """`marks` quote marks in short paragraphs; roughly a third of the quotes never close."""
    rng = random.Random(1)
    paragraphs, sentence, count = [], [], 0
    while count < marks:
        opener, closer = rng.choice([("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("'", "'")])
        words = " ".join(rng.choices(WORDS, k=rng.randint(1, 4)))
        if rng.random() < 0.35:  # unbalanced: a stray mark of any kind, or an opener that never closes
            sentence.append(rng.choice([opener + words, words + rng.choice(MARKS)]))
            count += 1
        else:
            sentence.append(f"{opener}{words},{closer} {rng.choice(['said', 'told'])} {rng.choice(WORDS)}.")
            count += 2
        if len(sentence) == 8:
            paragraphs.append(" ".join(sentence))
            sentence = []
    paragraphs.append(" ".join(sentence))
    return "\n\n".join(paragraphs) + "\n"


def sentence_draft(size: int) -> str:
    """One sentence of `size` characters: words and commas, no full stop, no line break."""
    rng = random.Random(2)
    parts, total = [], 0
    while total < size:
        word = rng.choice(WORDS) + ("," if rng.random() < 0.1 else "")
        parts.append(word)
        total += len(word) + 1
    return " ".join(parts)[:size]


def nested_draft(depth: int) -> str:
    return "<div>" * depth + "“We will rebuild,” said Ana Ruiz, the mayor of Lisbon." + "</div>" * depth


def zip_bomb(inflated_mb: int) -> bytes:
    """A .docx (python-docx's default template) whose word/document.xml inflates to `inflated_mb` MB."""
    import docx

    template = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("“Fine,” said Jane Doe.")
    document.save(template)
    out = io.BytesIO()
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename != "word/document.xml":
                bomb.writestr(info.filename, data)
                continue
            with bomb.open(info.filename, "w") as part:
                part.write(data[:-20])
                block = b" " * (1 << 20)
                for _ in range(inflated_mb):
                    part.write(block)
                part.write(data[-20:])
    return out.getvalue()


@dataclass
class Case:
    name: str
    filename: str
    build: Callable[[float], bytes]


CASES = [
    Case("baseline", "baseline.txt", lambda s: "“The library will open on Sundays,” said Jane Doe.\n".encode()),
    Case("quotes", "quotes.txt", lambda s: quotes_draft(int(100_000 * s)).encode()),
    Case("sentence", "sentence.txt", lambda s: sentence_draft(int(1_000_000 * s)).encode()),
    Case("nested", "nested.html", lambda s: nested_draft(int(100_000 * s)).encode()),
    Case("zipbomb", "zipbomb.docx", lambda s: zip_bomb(max(1, int(400 * s)))),
]


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


# With --torch-threads the child replaces quoteguard's own thread setting (cpu_count threads) before
# anything loads: on a shared, busy machine torch's thread pool can make Stanza 100x slower.
CHILD = """import sys, quoteguard.models as models
models.configure_threads = lambda jobs=1: __import__("torch").set_num_threads({threads})
from quoteguard.__main__ import run
sys.argv = ["quoteguard", *sys.argv[1:]]
run()
"""


def run(draft: Path, timeout: float, cap_mb: float, threads: int | None) -> dict[str, object]:
    """One `quoteguard check --format json` child; killed at the time or RSS limit.

    The child's address space is also limited to the cap (RLIMIT_AS), so a runaway allocation
    fails inside the child (quoteguard then reports it) instead of pushing the machine into swap
    or the OOM killer; the RSS poll is the fallback.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH")) if p)
    out, err = draft.with_suffix(".report.json"), draft.with_suffix(".stderr")
    entry = ["-c", CHILD.format(threads=threads)] if threads else ["-m", "quoteguard"]
    cmd = [sys.executable, *entry, "check", "--no-cache", "--format", "json", "-o", str(out), str(draft)]
    limit = int(cap_mb * 1024 * 1024)

    def cap_address_space() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    started = time.monotonic()
    killed = None
    with err.open("wb") as stderr:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=stderr,
                                preexec_fn=cap_address_space)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > timeout:
                killed = "TIMEOUT"
            elif rss_mb(proc.pid) > cap_mb:
                killed = "RSS-CAP"
            if killed:
                proc.send_signal(signal.SIGKILL)
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.2)
    proc.returncode = os.waitstatus_to_exitcode(status)
    lines = err.read_text(encoding="utf-8", errors="replace").splitlines()
    return {"exit": killed or proc.returncode, "wall_s": time.monotonic() - started,
            "peak_rss_mb": usage.ru_maxrss / 1024, "stderr": lines[0] if lines else "",
            "stderr_lines": len(lines)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", action="append", choices=[c.name for c in CASES], help="run only this case (repeatable)")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size by this (e.g. 0.05 to probe)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds before a run is killed")
    ap.add_argument("--mem-cap-mb", type=float, default=6000.0,
                    help="address space of a run (RLIMIT_AS), and resident MB before it is killed")
    ap.add_argument("--torch-threads", type=int, default=None,
                    help="torch threads in the child (default: quoteguard's own choice, one per CPU)")
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} CPUs; timeout {args.timeout:.0f} s, "
          f"memory cap {args.mem_cap_mb:.0f} MB, scale {args.scale}, "
          f"torch threads {args.torch_threads or 'quoteguard default'}", flush=True)
    print(f"{'case':9} {'input':>11} {'exit':>8} {'wall s':>8} {'peak RSS MB':>12}  first stderr line", flush=True)
    with tempfile.TemporaryDirectory(prefix="qg-pathological-") as tmp:
        for case in CASES:
            if args.only and case.name not in args.only:
                continue
            draft = Path(tmp) / case.filename
            data = case.build(args.scale)
            draft.write_bytes(data)
            del data
            result = run(draft, args.timeout, args.mem_cap_mb, args.torch_threads)
            print(f"{case.name:9} {draft.stat().st_size:>11,} {result['exit']!s:>8} {result['wall_s']:>8.1f} "
                  f"{result['peak_rss_mb']:>12,.0f}  {result['stderr'][:100]}", flush=True)
            draft.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score quoteguard's report on invented drafts against what an editor wrote down before the tool ran.

    python bench/drafts/score.py bench/drafts/session23              # runs `quoteguard check` on the set
    python bench/drafts/score.py bench/drafts/session23 --report R   # scores a saved JSON report instead
    python bench/drafts/score.py SET --list                          # also lists every field that differs

Each draft `dNN.txt` has `dNN.expected.json`: one entry per speech quote in reading order, with the first
words of the quote and the editor's `speaker`, `named`, `title`, `organisation` and `party`. Five fields a
quote; strict = equal after normalising (case, punctuation, a leading article or honorific, a possessive
`'s`), lenient = one contains the other as whole words. An organisation may match the report's short
form. A quote the report does not have counts five fields wrong. The drafts are written for this by
helpers who never saw the tool's output; none comes from the gold corpora.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

FIELDS = ("speaker", "named", "title", "organisation", "party")
LEADING = {"the", "a", "an", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "sir", "dame", "lord", "prof"}


def normalised(value: str | None) -> str:
    """Lower case, no punctuation, no possessive `'s`, no leading article or honorific."""
    words = re.findall(r"[a-z0-9]+", re.sub(r"['’]s\b", "", (value or "").lower()))
    while words and words[0] in LEADING:
        words = words[1:]
    return " ".join(words)


def quote_key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("’", "'")))


def shown(quote: dict[str, Any]) -> dict[str, Any]:
    """The five fields as the report shows them for one quote."""
    speaker = quote.get("speaker") or {}
    body = quote.get("affiliation") or {}
    return {
        "speaker": speaker.get("name"),
        "named": (not speaker.get("anonymous", False) and speaker.get("type") != "unnamed") if speaker else None,
        "title": speaker.get("title") or body.get("title"),
        "organisation": [body.get("name"), body.get("short")],
        "party": speaker.get("party"),
    }


def agrees(field: str, want: Any, got: dict[str, Any], lenient: bool) -> bool:
    if field == "named":
        return want == got["named"]
    candidates = got["organisation"] if field == "organisation" else [got[field]]
    expected = normalised(want)
    for candidate in candidates:
        value = normalised(candidate)
        if value == expected:
            return True
        if lenient and value and expected and (f" {value} " in f" {expected} " or f" {expected} " in f" {value} "):
            return True
    return False


def match(expected: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> list[dict[str, Any] | None]:
    """The report's quote for each expected entry, in order: the first unused one that opens with its words."""
    used: set[int] = set()
    found: list[dict[str, Any] | None] = []
    for entry in expected:
        key = quote_key(entry["quote"])
        pick = next((i for i, q in enumerate(quotes) if i not in used and quote_key(q["text"]).startswith(key)), None)
        if pick is None:
            pick = next((i for i, q in enumerate(quotes) if i not in used and key in quote_key(q["text"])), None)
        if pick is not None:
            used.add(pick)
        found.append(quotes[pick] if pick is not None else None)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", type=Path, help="a folder of dNN.txt drafts with dNN.expected.json")
    parser.add_argument("--report", type=Path, help="a saved `quoteguard check --format json` report of the set")
    parser.add_argument("--list", action="store_true", help="list every field the report gets wrong")
    args = parser.parse_args()
    drafts = sorted(args.set.glob("d*.txt"))
    if args.report:
        report = json.loads(args.report.read_text(encoding="utf-8"))
    else:
        run = subprocess.run([sys.executable, "-m", "quoteguard", "check", "--format", "json", "--fail-on", "never",
                              *map(str, drafts)], capture_output=True, text=True, check=False)
        if run.returncode != 0 or not run.stdout.strip():
            last = (run.stderr.strip().splitlines() or ["no output"])[-1]
            print(f"quoteguard check failed on {args.set}: {last}", file=sys.stderr)
            return 2
        report = json.loads(run.stdout)
    by_name = {Path(doc["path"]).name: doc for doc in report["documents"]}
    strict = dict.fromkeys(FIELDS, 0)
    lenient = dict.fromkeys(FIELDS, 0)
    quotes = 0
    for draft in drafts:
        expected = json.loads(draft.with_suffix(".expected.json").read_text(encoding="utf-8"))
        doc = by_name.get(draft.name, {"quotes": []})
        speech = [q for q in doc["quotes"] if q.get("speech", True)]
        for entry, quote in zip(expected, match(expected, speech), strict=True):
            quotes += 1
            got = shown(quote) if quote is not None else None
            for field in FIELDS:
                right = got is not None and agrees(field, entry.get(field), got, False)
                near = got is not None and agrees(field, entry.get(field), got, True)
                strict[field] += right
                lenient[field] += near
                if args.list and not right:
                    print(f"{draft.stem} {field:12} want={entry.get(field)!r} got={(got or {}).get(field)!r}"
                          f"{' (lenient)' if near else ''} | {entry['quote'][:40]}")
    total = quotes * len(FIELDS)
    print(f"{len(drafts)} drafts, {quotes} quotes, {total} fields: strict {sum(strict.values()) / total:.3f}, "
          f"lenient {sum(lenient.values()) / total:.3f}")
    for field in FIELDS:
        print(f"  {field:12} strict {strict[field]:3d}  lenient {lenient[field]:3d}  of {quotes}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

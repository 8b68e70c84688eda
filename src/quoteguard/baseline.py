"""Baselines: accept today's findings in an existing archive so CI fails only on new ones.

An entry is keyed by rule + fingerprint (a hash of the normalised quote text, see
`report.model.fingerprint`), so it survives edits elsewhere in the draft, moved paragraphs and changed
quotation marks. Counts matter: two identical findings need two entries. `--update-baseline`
rewrites the file from the current findings (stale entries are pruned), atomically.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from .engine import CheckResult
from .io import InputError
from .report.json import to_json
from .report.model import finding_fingerprint, quote_spans
from .report.writers import write_atomic

VERSION = 1


@dataclass
class BaselineOutcome:
    silenced: int
    stale: int  # entries that matched nothing (pruned by --update-baseline)


def load_baseline(path: str) -> Counter[tuple[str, str]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: baseline not found; create it with --update-baseline") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: unreadable baseline ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("entries"), list):
        raise InputError(f"{path}: not a quoteguard baseline (version {VERSION})")
    counts: Counter[tuple[str, str]] = Counter()
    for entry in data["entries"]:
        try:
            counts[(str(entry["rule"]), str(entry["fingerprint"]))] += int(entry.get("count", 1))
        except (KeyError, TypeError, ValueError):
            raise InputError(f"{path}: baseline entry without rule and fingerprint: {entry!r}") from None
    return counts


def apply_baseline(results: list[CheckResult], known: Counter[tuple[str, str]]
                   ) -> tuple[list[CheckResult], BaselineOutcome]:
    """Results without the findings the baseline accepts."""
    left = Counter(known)
    silenced = 0
    filtered = []
    for result in results:
        kept = []
        spans = quote_spans(result)  # once per draft: a lookup per finding would be quadratic
        for f in result.findings:
            key = (f.rule, finding_fingerprint(result, f, spans))
            if left[key] > 0:
                left[key] -= 1
                silenced += 1
            else:
                kept.append(f)
        filtered.append(replace(result, findings=kept, suppressed=result.suppressed + len(result.findings) - len(kept)))
    return filtered, BaselineOutcome(silenced, sum(left.values()))


def write_baseline(path: str, results: list[CheckResult]) -> int:
    """Write every current finding as the new baseline; returns the number of findings recorded."""
    grouped: dict[tuple[str, str], dict] = {}
    for result in results:
        spans = quote_spans(result)
        for f in result.findings:
            key = (f.rule, finding_fingerprint(result, f, spans))
            entry = grouped.setdefault(key, {"rule": f.rule, "fingerprint": key[1], "count": 0,
                                             "path": result.doc.path, "message": f.message})
            entry["count"] += 1
    entries = sorted(grouped.values(), key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
    write_atomic(path, to_json({"version": VERSION, "tool": "quoteguard", "entries": entries}))
    return sum(e["count"] for e in entries)

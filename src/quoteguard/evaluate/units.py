"""Accuracy per attribution unit: each sieve (who introduced the quote) and each resolution step."""

from __future__ import annotations

from typing import Any

from .align import align
from .keys import speaker_correct

Table = dict[str, dict[str, int]]


def _table(gold: list[dict[str, Any]], predictions: list[dict[str, Any]], field: str, judged: str,
           min_overlap: float, lenient: bool = False) -> Table:
    """Matched quotes per value of the prediction's `field` and how many have the right `judged` speaker."""
    by_id = {r["id"]: r.get("quotes", []) for r in predictions}
    table: Table = {}
    for record in gold:
        a = align(record, by_id.get(record["id"], []), min_overlap)
        for i, j in a.gold_to_pred.items():
            p = a.pred[j]
            row = table.setdefault(str(p.get(field) or "(none)"), {"matched": 0, "correct": 0})
            row["matched"] += 1
            row["correct"] += speaker_correct(a.gold[i], p.get(judged), lenient=lenient)
    return dict(sorted(table.items(), key=lambda kv: (-kv[1]["matched"], kv[0])))


def sieve_table(gold: list[dict[str, Any]], predictions: list[dict[str, Any]], min_overlap: float = 0.5) -> Table:
    """Matched quotes per pattern (`said-speaker`, `colon`, …; (none) = unattributed), right by source phrase."""
    return _table(gold, predictions, "sieve", "speaker", min_overlap)


def unit_table(gold: list[dict[str, Any]], predictions: list[dict[str, Any]], min_overlap: float = 0.5) -> Table:
    """Matched quotes per sieve or discourse pass that chose the mention, right by source-phrase key."""
    return _table(gold, predictions, "unit", "speaker", min_overlap)


def resolution_table(gold: list[dict[str, Any]], predictions: list[dict[str, Any]],
                     min_overlap: float = 0.5) -> Table:
    """Matched quotes per resolution step that chose the entity, right when the resolved name's key is
    the gold phrase's key or one of its capitalised words (`Harbor Board press secretary Ivo Brandt`
    keys on `house`, yet means Earnest), or the key of a gold pronoun's antecedent guess."""
    return _table(gold, predictions, "resolution", "speaker_resolved", min_overlap, lenient=True)


def render_units(units: Table, steps: Table) -> str:
    """The two tables as text: which unit chose the mention, which step chose the entity, how often right."""
    lines = ["", "source mention chosen by (right = source-phrase key):"]
    lines += _rows(units)
    lines += ["entity chosen by (right = resolved speaker's key in the gold phrase, or a gold pronoun's antecedent):"]
    lines += _rows(steps)
    return "\n".join(lines) + "\n"


def _rows(table: Table) -> list[str]:
    return [f"  {name:26} {row['correct']:4}/{row['matched']:<4} {row['correct'] / row['matched']:.3f}"
            for name, row in table.items()]



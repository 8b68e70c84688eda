"""Matching predicted quotes to gold quotes: trimmed spans, exact and by overlap, one-to-one."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from .keys import TRIM_CHARS


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop marks, spaces and edge punctuation, so `“Yes,”` and `Yes` are the same span."""
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


@dataclass
class Alignment:
    """One document's gold and predicted quotes, trimmed and paired."""

    gold: list[dict[str, Any]]
    gold_spans: list[tuple[int, int]]
    pred: list[dict[str, Any]]
    pred_spans: list[tuple[int, int]]
    exact: int
    gold_to_pred: dict[int, int]
    pred_to_gold: dict[int, int]
    unlocatable: int


def _locate(text: str, quote: dict[str, Any], used: set[tuple[int, int]]) -> tuple[int, int] | None:
    """Offsets of a predicted quote; one given only by its text is found by search (first unused hit)."""
    if quote.get("start") is not None and quote.get("end") is not None:
        return int(quote["start"]), int(quote["end"])
    needle = quote.get("text") or ""
    if not needle:
        return None
    at = text.find(needle)
    while at >= 0 and (at, at + len(needle)) in used:
        at = text.find(needle, at + 1)
    if at < 0:
        return None
    used.add((at, at + len(needle)))
    return at, at + len(needle)


def align(record: dict[str, Any], predicted: list[dict[str, Any]], min_overlap: float = 0.5) -> Alignment:
    text = record["text"]
    gold = list(record.get("quotes", []))
    gold_spans = [trim_span(text, q["start"], q["end"]) for q in gold]
    pred, pred_spans, used, unlocatable = [], [], set(), 0
    for quote in predicted:
        where = _locate(text, quote, used)
        if where is None:
            unlocatable += 1
            continue
        pred.append(quote)
        pred_spans.append(trim_span(text, *where))
    waiting = Counter(gold_spans)
    exact = 0
    for span in pred_spans:
        if waiting[span] > 0:
            waiting[span] -= 1
            exact += 1
    pairs = []
    for i, g in enumerate(gold_spans):
        for j, p in enumerate(pred_spans):
            shared = overlap(g, p)
            if shared > 0:
                ratio = shared / max(g[1] - g[0], p[1] - p[0], 1)
                if ratio >= min_overlap:
                    pairs.append((ratio, i, j))
    gold_to_pred: dict[int, int] = {}
    pred_to_gold: dict[int, int] = {}
    for _, i, j in sorted(pairs, reverse=True):  # best ratio first; ties: later quotes first
        if i not in gold_to_pred and j not in pred_to_gold:
            gold_to_pred[i], pred_to_gold[j] = j, i
    return Alignment(gold, gold_spans, pred, pred_spans, exact, gold_to_pred, pred_to_gold, unlocatable)


# -- scores -----------------------------------------------------------------------------------


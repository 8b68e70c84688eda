"""The figures: quote spans, speaker accuracy by gold type, end-to-end F1, and their text form."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import is_speech
from .align import align, overlap
from .keys import SPEAKER_TYPES, speaker_correct


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass
class TypeTally:
    gold: int = 0
    matched: int = 0
    correct: int = 0
    lenient: int = 0


@dataclass
class Tally:
    """Raw counts over all documents; every figure is computed from these."""

    documents: int = 0
    gold: int = 0
    pred: int = 0
    exact_tp: int = 0
    overlap_tp: int = 0
    speaker_n: int = 0
    speaker_ok: int = 0
    speaker_lenient: int = 0
    span_n: int = 0
    span_ok: int = 0
    flag_tp: int = 0
    flag_fp: int = 0
    flag_fn: int = 0
    fp_non_attribution: int = 0
    unlocatable: int = 0
    unannotated: int = 0  # predicted speech quotes outside the gold's unit, not scored
    by_type: dict[str, TypeTally] = field(default_factory=dict)


def tally(gold: list[dict[str, Any]], predictions: list[dict[str, Any]], min_overlap: float = 0.5) -> Tally:
    """Count matches over the gold documents; a document absent from `predictions` has no quotes."""
    by_id = {r["id"]: r.get("quotes", []) for r in predictions}
    t = Tally()
    t.unannotated = sum(o.get("scope") == "unannotated" and (is_speech(o.get("kind", "")) or bool(o.get("speaker")))
                        for r in predictions for o in r.get("other_quotes", []))
    for record in gold:
        t.documents += 1
        a = align(record, by_id.get(record["id"], []), min_overlap)
        t.gold += len(a.gold)
        t.pred += len(a.pred)
        t.unlocatable += a.unlocatable
        t.exact_tp += a.exact
        t.overlap_tp += len(a.gold_to_pred)
        for q in a.gold:
            t.by_type.setdefault(str(q.get("speaker_type")), TypeTally()).gold += 1
        others = record.get("non_attribution_quoted_spans", [])
        for j, span in enumerate(a.pred_spans):
            if j not in a.pred_to_gold and any(overlap(span, (o["start"], o["end"])) > 0 for o in others):
                t.fp_non_attribution += 1
        for i, j in a.gold_to_pred.items():
            g, p = a.gold[i], a.pred[j]
            ok = speaker_correct(g, p.get("speaker"))
            ok_lenient = speaker_correct(g, p.get("speaker"), lenient=True)
            kind = t.by_type[str(g.get("speaker_type"))]
            t.speaker_n += 1
            t.speaker_ok += ok
            t.speaker_lenient += ok_lenient
            kind.matched += 1
            kind.correct += ok
            kind.lenient += ok_lenient
            if g.get("speaker") is not None and g.get("speaker_start") is not None \
                    and p.get("speaker_start") is not None:
                t.span_n += 1
                t.span_ok += overlap((g["speaker_start"], g["speaker_end"]),
                                      (p["speaker_start"], p["speaker_end"])) > 0
            gold_null, pred_null = g.get("speaker") is None, p.get("speaker") is None
            t.flag_tp += gold_null and pred_null
            t.flag_fp += pred_null and not gold_null
            t.flag_fn += gold_null and not pred_null
    return t


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def metrics(t: Tally, min_overlap: float = 0.5) -> dict[str, Any]:
    """The figures, keyed as in the reference scorer's JSON so the two can be compared directly."""
    ep, er, ef = prf(t.exact_tp, t.pred, t.gold)
    op, orr, of = prf(t.overlap_tp, t.pred, t.gold)
    fp, fr, ff = prf(t.flag_tp, t.flag_tp + t.flag_fp, t.flag_tp + t.flag_fn)
    return {
        "gold_quotes": t.gold,
        "pred_quotes": t.pred,
        "exact": {"p": ep, "r": er, "f1": ef, "tp": t.exact_tp},
        "overlap": {"p": op, "r": orr, "f1": of, "tp": t.overlap_tp, "min_overlap": min_overlap},
        "speaker_acc": _share(t.speaker_ok, t.speaker_n),
        "speaker_acc_lenient": _share(t.speaker_lenient, t.speaker_n),
        "speaker_span_acc": _share(t.span_ok, t.span_n),
        "end_to_end_f1": prf(t.speaker_ok, t.pred, t.gold)[2],
        "unattributed_flag": {"p": fp, "r": fr, "f1": ff, "gold_null_matched": t.flag_tp + t.flag_fn},
        "by_gold_speaker_type": {
            name: {"gold": k.gold, "matched": k.matched, "speaker_acc": _share(k.correct, k.matched),
                   "speaker_acc_lenient": _share(k.lenient, k.matched)}
            for name, k in sorted(t.by_type.items())
        },
        "fp_on_non_attribution_quoted_span": t.fp_non_attribution,
        "pred_ignored_other_kind": 0,
        "pred_unlocatable": t.unlocatable,
        "pred_unannotated_scope": t.unannotated,
    }


def score(gold: list[dict[str, Any]], predictions: list[dict[str, Any]], min_overlap: float = 0.5) -> dict[str, Any]:
    return metrics(tally(gold, predictions, min_overlap), min_overlap)


def _pct(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


def render_metrics(m: dict[str, Any]) -> str:
    lines = [f"gold quotes {m['gold_quotes']}   predicted quotes {m['pred_quotes']}"]
    for name in ("exact", "overlap"):
        s = m[name]
        extra = f"   (>= {s['min_overlap']:.2f} of the longer span)" if name == "overlap" else ""
        lines.append(f"quote span  {name:8} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}  (tp {s['tp']}){extra}")
    matched = m["overlap"]["tp"]
    lines.append(f"speaker accuracy on {matched} matched quotes: {_pct(m['speaker_acc'])} (key match), "
                 f"{_pct(m['speaker_acc_lenient'])} (lenient)")
    for key, label in SPEAKER_TYPES:
        v = m["by_gold_speaker_type"].get(key)
        if v:
            lines.append(f"   {label:10} gold {v['gold']:4}  matched {v['matched']:4}  "
                         f"acc {_pct(v['speaker_acc'])}  lenient {_pct(v['speaker_acc_lenient'])}")
    if m["speaker_span_acc"] is not None:
        lines.append(f"speaker span accuracy (overlap with the gold speaker span): {_pct(m['speaker_span_acc'])}")
    lines.append(f"end-to-end F1 (quote matched and speaker right): {m['end_to_end_f1']:.3f}")
    flag = m["unattributed_flag"]
    lines.append(f"no-speaker flag on matched quotes: P {flag['p']:.3f}  R {flag['r']:.3f}  F1 {flag['f1']:.3f}  "
                 f"(gold without speaker: {flag['gold_null_matched']})")
    lines.append(f"false positives on non-attribution quoted spans (scare quotes, titles): "
                 f"{m['fp_on_non_attribution_quoted_span']}")
    if m.get("pred_unannotated_scope"):
        lines.append(f"speech quotes in other marks (' or ''), outside the gold's double-quoted unit (not scored): "
                     f"{m['pred_unannotated_scope']}")
    if m["pred_unlocatable"]:
        lines.append(f"predicted quotes that could not be located: {m['pred_unlocatable']}")
    return "\n".join(lines) + "\n"



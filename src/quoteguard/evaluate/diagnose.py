"""Error analysis: every miss sorted into one cause found by a simple, explainable check."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .align import align, overlap, trim_span
from .keys import speaker_correct, speaker_key

CAUSES = {
    "quote-missed": "gold quote; the engine found no quotation there",
    "classified-not-speech": "gold quote; the engine found it but called it a scare quote/title/nested, no speaker",
    "span-mismatch": "gold and predicted quote overlap, but by less than the threshold",
    "spurious-quote": "predicted speech quote where the gold has none",
    "scare-quote-as-speech": "predicted speech quote on a scare quote, title or nickname",
    "no-speaker": "matched quote; gold has a speaker, the engine none (no sieve fired)",
    "speaker-not-expected": "matched quote; gold has no speaker, the engine gave one",
    "coreference": "matched quote; a pronoun (gold or ours) resolved to a different person",
    "resolved-description": "matched quote; same speaker phrase as the gold, resolved to a name that keys differently",
    "scorer-key": "matched quote; the predicted full name is inside the gold speaker (or antecedent) phrase, "
                  "whose key is another word",
    "gold-cue-swap": "matched quote; the gold speaker is a speech verb and the predicted speaker is the gold cue",
    "speaker-phrase": "matched quote; the mention overlaps the gold speaker but keys on another word",
    "wrong-candidate": "matched quote; the engine chose a different phrase as the speaker",
}
NAME_PARTICLES = frozenset({"de", "da", "del", "van", "von", "der", "bin", "al", "la", "le", "di"})
SPEECH_VERB_FORMS = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "asked",
                               "asks"})


@dataclass(frozen=True)
class Miss:
    """One error: a gold quote not found, a quote wrongly found, or a wrong speaker."""

    cause: str
    type: str  # missed | false-positive | wrong-speaker
    doc_id: str
    start: int
    end: int
    window: str
    gold_speaker: str | None
    pred_speaker: str | None
    detail: str

    def as_dict(self) -> dict[str, Any]:
        return {"cause": self.cause, "type": self.type, "id": self.doc_id, "start": self.start, "end": self.end,
                "window": self.window, "gold_speaker": self.gold_speaker, "pred_speaker": self.pred_speaker,
                "detail": self.detail}


def window(text: str, start: int, end: int, before: int = 90, after: int = 70, quote: int = 110) -> str:
    """The quote in ⟦ ⟧ with a little of its paragraph on each side, on one line."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    left = text[max(para_start, start - before):start]
    right = text[end:min(para_end, end + after)]
    inner = text[start:end]
    if len(inner) > quote:
        inner = inner[: quote - 30] + " … " + inner[-25:]
    left = ("…" if start - before > para_start else "") + left
    right = right + ("…" if end + after < para_end else "")
    return " ".join(f"{left}⟦{inner}⟧{right}".split())


def _looks_like_name(phrase: str) -> bool:
    """Two or more words, all capitalised apart from name particles: "Ana Ruiz", "Jan van der Berg"."""
    words = phrase.split()
    return len(words) >= 2 and all(w[:1].isupper() or w in NAME_PARTICLES for w in words)


def _wrong_speaker_cause(g: dict[str, Any], p: dict[str, Any]) -> str:
    """Why a matched quote's speaker is wrong, tested from the most to the least specific reason."""
    gold, pred = g["speaker"], p["speaker"]
    if gold.lower() in SPEECH_VERB_FORMS and g.get("cue") and speaker_key(pred) == speaker_key(g["cue"]):
        return "gold-cue-swap"
    within = rf"(?<![\w\-]){re.escape(pred)}(?![\w\-'\u2019])"
    if _looks_like_name(pred) and any(re.search(within, phrase or "")
                                      for phrase in (gold, g.get("speaker_antecedent_guess"))):
        return "scorer-key"
    gold_span = (g.get("speaker_start"), g.get("speaker_end"))
    pred_span = (p.get("speaker_start"), p.get("speaker_end"))
    same_place = None not in gold_span and None not in pred_span and overlap(gold_span, pred_span) > 0
    if g.get("speaker_type") == "pronoun" or p.get("mention_kind") == "pronoun":
        return "coreference"
    if same_place:
        mention_key = speaker_key(p.get("mention"))
        return "resolved-description" if mention_key is not None and mention_key == speaker_key(gold) \
            else "speaker-phrase"
    return "wrong-candidate"


def diagnose(gold: list[dict[str, Any]], predictions: list[dict[str, Any]], min_overlap: float = 0.5) -> list[Miss]:
    """Every miss with one cause, each cause decided by a check on spans, speakers and kinds."""
    by_id = {r["id"]: r for r in predictions}
    misses: list[Miss] = []
    for record in gold:
        text, doc_id = record["text"], record["id"]
        prediction = by_id.get(doc_id, {})
        a = align(record, prediction.get("quotes", []), min_overlap)

        def miss(cause: str, kind: str, q: dict[str, Any], gold_speaker: str | None, pred_speaker: str | None,
                 detail: str, doc_id: str = doc_id, text: str = text) -> None:
            misses.append(Miss(cause, kind, doc_id, q["start"], q["end"], window(text, q["start"], q["end"]),
                               gold_speaker, pred_speaker, detail))

        others = [(trim_span(text, o["start"], o["end"]), o.get("kind", "?"))
                  for o in prediction.get("other_quotes", [])]
        for i, g in enumerate(a.gold):
            if i in a.gold_to_pred:
                p = a.pred[a.gold_to_pred[i]]
                if not speaker_correct(g, p.get("speaker")):
                    miss(*_wrong_speaker(g, p))
                continue
            cause, detail = _missed_cause(a, a.gold_spans[i], others, min_overlap)
            miss(cause, "missed", g, g.get("speaker"), None, detail + f"; gold {g.get('kind')} quote")
        non_attribution = [(o["start"], o["end"]) for o in record.get("non_attribution_quoted_spans", [])]
        for j, p in enumerate(a.pred):
            if j not in a.pred_to_gold:
                cause, detail = _false_positive_cause(a, a.pred_spans[j], p, non_attribution)
                span = a.pred_spans[j]
                miss(cause, "false-positive", {"start": span[0], "end": span[1]}, None, p.get("speaker"), detail)
    return misses


def _wrong_speaker(g: dict[str, Any], p: dict[str, Any]) -> tuple[str, str, dict[str, Any], Any, Any, str]:
    """A matched quote whose speaker is wrong: its cause and what the error list says of it."""
    if g.get("speaker") is None:
        cause = "speaker-not-expected"
    elif p.get("speaker") is None:
        cause = "no-speaker"
    else:
        cause = _wrong_speaker_cause(g, p)
    detail = f"gold {g.get('speaker_type')} '{g.get('speaker')}'"
    if g.get("speaker_antecedent_guess"):
        detail += f" (antecedent guess '{g['speaker_antecedent_guess']}')"
    if p.get("speaker") is not None:
        detail += f"; sieve {p.get('sieve')}, mention '{p.get('mention')}'"
        if p.get("speaker_start") is not None and g.get("speaker_start") is not None and overlap(
                (g["speaker_start"], g["speaker_end"]), (p["speaker_start"], p["speaker_end"])) > 0:
            detail += " (overlaps the gold speaker)"
    detail += f"; {g.get('kind')} quote, engine kind {p.get('kind')}"
    return cause, "wrong-speaker", g, g.get("speaker"), p.get("speaker"), detail


def _missed_cause(a: Any, span: tuple[int, int], others: list[tuple[tuple[int, int], str]],
                  min_overlap: float) -> tuple[str, str]:
    """Why a gold quote has no predicted partner: a span off, found but not speech, or not found."""
    near = [j for j, ps in enumerate(a.pred_spans) if overlap(span, ps) > 0]
    found_other = [kind for o, kind in others
                   if overlap(span, o) >= min_overlap * max(span[1] - span[0], o[1] - o[0], 1)]
    if near:
        return "span-mismatch", "predicted " + ", ".join(f"{a.pred_spans[j][0]}-{a.pred_spans[j][1]}" for j in near)
    if found_other:
        return "classified-not-speech", "engine kind " + found_other[0]
    return "quote-missed", "no quotation found by the engine"


def _false_positive_cause(a: Any, span: tuple[int, int], p: dict[str, Any],
                          non_attribution: list[tuple[int, int]]) -> tuple[str, str]:
    """Why a predicted quote has no gold partner: a span off, a scare quote taken for speech, or none there."""
    detail = f"engine kind {p.get('kind')}"
    if p.get("speaker") is not None:
        detail += f", sieve {p.get('sieve')}"
    if any(overlap(span, gs) > 0 for gs in a.gold_spans):
        return "span-mismatch", detail
    if any(overlap(span, o) > 0 for o in non_attribution):
        return "scare-quote-as-speech", detail
    return "spurious-quote", detail


def render_errors(misses: list[Miss], sieves: dict[str, dict[str, int]]) -> str:
    counts = Counter(m.cause for m in misses)
    kinds = Counter(m.type for m in misses)
    lines = ["", f"errors: {len(misses)}  ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})"]
    for cause, n in counts.most_common():
        lines.append(f"  {cause:22} {n:4}  {CAUSES.get(cause, '')}")
    lines.append("speaker accuracy by sieve (matched quotes):")
    for sieve, row in sieves.items():
        lines.append(f"  {sieve:22} {row['correct']:4}/{row['matched']:<4} "
                     f"{row['correct'] / row['matched']:.3f}")
    for cause, _ in counts.most_common():
        lines.append("")
        lines.append(f"== {cause} ({counts[cause]}) ==")
        for m in misses:
            if m.cause != cause:
                continue
            lines.append(f"- {m.doc_id} @{m.start}-{m.end}  gold: {m.gold_speaker!s}  predicted: {m.pred_speaker!s}")
            lines.append(f"    {m.detail}")
            lines.append(f"    {m.window}")
    return "\n".join(lines) + "\n"

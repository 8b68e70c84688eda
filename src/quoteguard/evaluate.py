"""Measure quote finding and speaker attribution against gold JSONL (`quoteguard eval`).

Gold and prediction records share one shape: `{"id", "quotes": [{"start", "end", "text",
"speaker"}]}` with offsets into the gold text. The metrics follow the definitions of the shared
reference scorer (see the gold README) so the two can be compared figure for figure:

- quote spans are trimmed of marks, spaces and edge punctuation, then matched exactly (a
  multiset of identical spans) and by overlap (shared characters >= `min_overlap` of the longer
  span, one-to-one, best ratio first);
- speaker accuracy is measured on overlap-matched pairs by comparing *keys* (the last word of the
  longest run of capitalised words, honorifics and possessive runs skipped), so a predicted full
  name matches a gold phrase that adds a title; a gold pronoun also accepts its antecedent guess;
- end-to-end F1 counts a quote right when it is matched and its speaker is right.

`diagnose` sorts every miss into one cause found by a simple, explainable check, so an engine
change can be judged by which kind of mistake it removes.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .engine import CheckResult

SPEECH_KINDS = ("full", "partial")
# The gold's unit: it was derived from double-quoted segments only (see the gold README), so a
# quote opened by any other mark (a headline's 'quote', a '' typewriter pair) was never annotated,
# whether or not it is one. Such predictions are kept out of the scored set and counted apart.
GOLD_OPENING_MARKS = frozenset('"\u201c\u201d\u201e')
TRIM_CHARS = frozenset(" \t\r\n\u00a0\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb,.;:!?\u2014\u2013-\u2026")
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "prof", "president",
                        "senator", "the", "a", "an", "sir", "dame", "lord", "st"})
STOPWORDS = HONORIFICS | {"of", "and", "for", "in", "at", "on", "to", "who", "said", "says"}
SPEAKER_TYPES = (("name", "named"), ("pronoun", "pronoun"), ("nominal", "nominal"), ("None", "no speaker"))

_POSSESSIVE = re.compile(r"['\u2019]s$")
_KEY_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]*(?:['\u2019]s)?")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]*")
_PARENTHETICAL = re.compile(r"\([^)]*\)")


# -- reading and writing ---------------------------------------------------------------------

def read_jsonl(path: str) -> list[dict[str, Any]]:
    """Records of a JSONL file; blank lines are skipped, a bad line names its number."""
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
    return records


def to_jsonl(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# -- predictions -----------------------------------------------------------------------------

def prediction_record(doc_id: str, result: CheckResult) -> dict[str, Any]:
    """One document's quotes in the gold shape, plus the engine's reasons (kind, sieve, mention).

    Speech quotes are always emitted (a quote the engine could not attribute is the no-speaker
    flag); scare quotes and titles only when a sieve gave them a speaker, since the engine then
    treats them as speech. Quotes left out are listed under `other_quotes` for the error analysis;
    those outside the gold's unit (opened by another mark) say so with `"scope": "unannotated"`.
    """
    text = result.doc.text
    attributions = result.attribution.attributions
    speakers = result.attribution.speakers
    quotes, others = [], []
    for q in result.quotes:
        found = attributions.get(q.id)
        speaker = speakers.get(found.speaker_id) if found and found.speaker_id else None
        if q.open_mark not in GOLD_OPENING_MARKS:
            others.append({"start": q.start, "end": q.end, "kind": q.kind, "scope": "unannotated",
                           "speaker": _source_phrase(found, speaker)})
            continue
        if q.kind not in SPEECH_KINDS and speaker is None:
            others.append({"start": q.start, "end": q.end, "kind": q.kind})
            continue
        entry: dict[str, Any] = {"start": q.start, "end": q.end, "text": text[q.start:q.end],
                                 "speaker": _source_phrase(found, speaker),
                                 "speaker_resolved": speaker.name if speaker else None}
        if speaker is not None and found is not None and found.mention is not None:
            entry["speaker_start"], entry["speaker_end"] = found.mention.start, found.mention.end
            entry["mention"] = found.mention.text
            entry["mention_kind"] = found.mention.kind
        entry["kind"] = q.kind
        entry["sieve"] = found.sieve if speaker is not None and found is not None else None
        quotes.append(entry)
    return {"id": doc_id, "quotes": quotes, "other_quotes": others}


def _source_phrase(found: Any, speaker: Any) -> str | None:
    """The speaker as the gold marks it: the source phrase as written in the draft.

    PolNeAR's gold speaker is the attribution's Source span ("he", "Kremlin spokesman Dmitry
    Peskov, who …"), not a resolved entity; a quote that continues an earlier one shares that
    earlier phrase. So the prediction is the phrase the engine linked (`mention`), and the
    resolved entity goes beside it as `speaker_resolved`.
    """
    if speaker is None or found is None:
        return None
    return found.mention.text if found.mention is not None else speaker.name


def predict(gold: list[dict[str, Any]], check: Callable[[str, str], CheckResult]) -> Iterator[dict[str, Any]]:
    """Run `check(text, doc_id)` on each gold record's text and yield its prediction record."""
    for record in gold:
        yield prediction_record(record["id"], check(record["text"], record["id"]))


# -- speaker keys ------------------------------------------------------------------------------

def speaker_key(phrase: str | None) -> str | None:
    """The word a speaker phrase is compared by: the surname of its main name, lower-cased.

    "Kremlin spokesman Dmitry Peskov" -> peskov; a run of capitalised words that ends in a
    possessive ("Donald Trump's adviser Kellyanne Conway") is used only if no other run exists;
    a phrase without capitals ("the official") is keyed by its last word.
    """
    if not phrase:
        return None
    runs: list[tuple[list[str], bool]] = []  # (capitalised words, run ended by a possessive)
    current: list[str] = []
    for raw in _KEY_TOKEN.findall(_PARENTHETICAL.sub(" ", phrase)):
        possessive = bool(_POSSESSIVE.search(raw))
        word = _POSSESSIVE.sub("", raw).strip(".-")
        if word and word[0].isupper() and word.lower().rstrip(".") not in HONORIFICS:
            current.append(word)
            if possessive:
                runs.append((current, True))
                current = []
            continue
        if current:
            runs.append((current, False))
        current = []
    if current:
        runs.append((current, False))
    usable = [words for words, possessive in runs if not possessive] or [words for words, _ in runs]
    if usable:
        longest = max(usable, key=len)  # the first of the longest
        return longest[-1].lower()
    plain = _words(phrase)
    return plain[-1].lower() if plain else None


def _words(phrase: str) -> list[str]:
    return _WORD.findall(re.sub(r"['\u2019]s\b", "", phrase))


def speaker_correct(gold_quote: dict[str, Any], predicted: str | None, lenient: bool = False) -> bool:
    """Is `predicted` the gold quote's speaker? Gold null is right only when nothing is predicted."""
    gold = gold_quote.get("speaker")
    if gold is None or predicted is None:
        return gold is None and predicted is None
    key = speaker_key(predicted)
    antecedent = gold_quote.get("speaker_antecedent_guess")
    strict = key is not None and (key == speaker_key(gold) or bool(antecedent) and key == speaker_key(antecedent))
    if strict or not lenient:
        return strict
    gold_words = _words(gold)
    if any(w[0].isupper() for w in gold_words):
        return key in {w.lower() for w in gold_words}
    content = [w.lower() for w in gold_words if w.lower() not in STOPWORDS]
    predicted_words = {w.lower() for w in _words(predicted)}
    return bool(content) and sum(w in predicted_words for w in content) / len(content) >= 0.5


# -- span alignment ---------------------------------------------------------------------------

def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop marks, spaces and edge punctuation, so `“Yes,”` and `Yes` are the same span."""
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
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
            shared = _overlap(g, p)
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
    t.unannotated = sum(o.get("scope") == "unannotated" and (o.get("kind") in SPEECH_KINDS or bool(o.get("speaker")))
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
            if j not in a.pred_to_gold and any(_overlap(span, (o["start"], o["end"])) > 0 for o in others):
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
                t.span_ok += _overlap((g["speaker_start"], g["speaker_end"]),
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


# -- error analysis ---------------------------------------------------------------------------

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
    """Two or more words, all capitalised apart from name particles: "Josh Earnest", "Bill de Blasio"."""
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
    same_place = None not in gold_span and None not in pred_span and _overlap(gold_span, pred_span) > 0
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
        others = [trim_span(text, o["start"], o["end"]) for o in prediction.get("other_quotes", [])]
        other_kinds = [o.get("kind", "?") for o in prediction.get("other_quotes", [])]
        non_attribution = [(o["start"], o["end"]) for o in record.get("non_attribution_quoted_spans", [])]

        def miss(cause: str, kind: str, q: dict[str, Any], gold_speaker: str | None, pred_speaker: str | None,
                 detail: str, doc_id: str = doc_id, text: str = text) -> None:
            misses.append(Miss(cause, kind, doc_id, q["start"], q["end"], window(text, q["start"], q["end"]),
                               gold_speaker, pred_speaker, detail))

        for i, g in enumerate(a.gold):
            span = a.gold_spans[i]
            if i in a.gold_to_pred:
                p = a.pred[a.gold_to_pred[i]]
                if speaker_correct(g, p.get("speaker")):
                    continue
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
                    if p.get("speaker_start") is not None and g.get("speaker_start") is not None and _overlap(
                            (g["speaker_start"], g["speaker_end"]), (p["speaker_start"], p["speaker_end"])) > 0:
                        detail += " (overlaps the gold speaker)"
                detail += f"; {g.get('kind')} quote, engine kind {p.get('kind')}"
                miss(cause, "wrong-speaker", g, g.get("speaker"), p.get("speaker"), detail)
                continue
            near = [j for j, ps in enumerate(a.pred_spans) if _overlap(span, ps) > 0]
            found_other = [k for k, o in enumerate(others)
                           if _overlap(span, o) >= min_overlap * max(span[1] - span[0], o[1] - o[0], 1)]
            if near:
                cause, detail = "span-mismatch", "predicted " + ", ".join(
                    f"{a.pred_spans[j][0]}-{a.pred_spans[j][1]}" for j in near)
            elif found_other:
                cause, detail = "classified-not-speech", "engine kind " + other_kinds[found_other[0]]
            else:
                cause, detail = "quote-missed", "no quotation found by the engine"
            miss(cause, "missed", g, g.get("speaker"), None, detail + f"; gold {g.get('kind')} quote")
        for j, p in enumerate(a.pred):
            if j in a.pred_to_gold:
                continue
            span = a.pred_spans[j]
            detail = f"engine kind {p.get('kind')}"
            if p.get("speaker") is not None:
                detail += f", sieve {p.get('sieve')}"
            if any(_overlap(span, gs) > 0 for gs in a.gold_spans):
                cause = "span-mismatch"
            elif any(_overlap(span, o) > 0 for o in non_attribution):
                cause = "scare-quote-as-speech"
            else:
                cause = "spurious-quote"
            where = {"start": span[0], "end": span[1]}
            miss(cause, "false-positive", where, None, p.get("speaker"), detail)
    return misses


def sieve_table(gold: list[dict[str, Any]], predictions: list[dict[str, Any]],
                min_overlap: float = 0.5) -> dict[str, dict[str, int]]:
    """Matched quotes per sieve (None = unattributed) and how many got the right speaker."""
    by_id = {r["id"]: r.get("quotes", []) for r in predictions}
    table: dict[str, dict[str, int]] = {}
    for record in gold:
        a = align(record, by_id.get(record["id"], []), min_overlap)
        for i, j in a.gold_to_pred.items():
            p = a.pred[j]
            row = table.setdefault(str(p.get("sieve") or "(none)"), {"matched": 0, "correct": 0})
            row["matched"] += 1
            row["correct"] += speaker_correct(a.gold[i], p.get("speaker"))
    return dict(sorted(table.items(), key=lambda kv: -kv[1]["matched"]))


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

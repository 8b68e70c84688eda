"""Who spoke, as a report shows it: the resolved entity, unnamed sources, title and organisation.

The phrase figures (`metrics`) compare the source *phrase* ("he" = "he"); these compare what the
report shows, against the gold's entity layer (for each gold quote with a source: the entity the
article means, its type, title and organisation as the article states them). They follow the
definitions of the shared entity scorer (see the gold README) so the two agree figure for figure:

- only gold quotes with an entity record are matched (overlap matching, as for the phrases);
- entity accuracy: a gold person or organisation with a name is right when the predicted
  entity has the same speaker key; a gold unnamed source only when predicted unnamed; split by
  the gold source span's type (name, pronoun, nominal);
- unnamed sources: predicted unnamed vs gold unnamed on matched quotes (P, R, F1);
- organisation and title: lenient word matches (`organisation_match`, `title_match`) for gold
  people whose organisation or title the article states; an organisation predicted where the
  article states none is reported as a rate, not counted wrong;
- who end-to-end: a gold quote counts when matched with the right entity; P over all
  predictions, R over gold quotes with an entity record.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .align import align
from .keys import speaker_key
from .metrics import prf
from .records import read_jsonl

# Words a lenient organisation or title match ignores (the entity scorer's list).
MATCH_STOPWORDS = frozenset({"the", "a", "an", "of", "for", "and", "at", "in", "on", "to", "'s", "s", "u.s", "us"})

_POSSESSIVE = re.compile(r"['\u2019]s\b")
_CONTENT_WORD = re.compile(r"[a-z0-9][a-z0-9.\-]*")
_LETTER_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
_MAX_SHORT_FORM = 6  # longest string read as initials (MFA, U.N.)

EntityLayer = dict[str, dict[tuple[int, int], dict[str, Any]]]


# -- lenient matches -----------------------------------------------------------------------------

def content_words(phrase: str | None) -> list[str]:
    """Lower-cased words without possessives and stopwords: what two titles or names share."""
    lowered = _POSSESSIVE.sub("", (phrase or "").lower())
    return [w for w in _CONTENT_WORD.findall(lowered) if w.strip(".") not in MATCH_STOPWORDS]


def initials(name: str | None) -> str:
    """The capitals that start a name's words, lower-cased: `Ministry of Foreign Affairs` -> mfa."""
    return "".join(w[0] for w in _LETTER_WORD.findall(name or "") if w[0].isupper()).lower()


def _names_match(candidate: str, gold: str) -> bool:
    """Same words, one inside the other, half the smaller's words shared, or the gold's initials."""
    said, stated = content_words(candidate), content_words(gold)
    if not said or not stated:
        return False
    said_text, stated_text = " ".join(said), " ".join(stated)
    if said_text == stated_text or f" {said_text} " in f" {stated_text} " or f" {stated_text} " in f" {said_text} ":
        return True
    if len(set(said) & set(stated)) >= max(1, min(len(set(said)), len(set(stated))) / 2):
        return True
    return len(candidate) <= _MAX_SHORT_FORM and candidate.replace(".", "").lower() == initials(gold)


def organisation_match(predicted: str | None, short: str | None, gold: str | None) -> bool:
    """Does the predicted organisation, or its short form, name the gold organisation?"""
    if not gold:
        return False
    return any(_names_match(candidate, gold) for candidate in (predicted, short) if candidate)


def title_match(predicted: str | None, gold: str | None) -> bool:
    """At least half of the gold title's content words appear in the predicted title."""
    stated = content_words(gold)
    if not stated or not predicted:
        return False
    said = set(content_words(predicted))
    return sum(w in said for w in stated) >= len(stated) / 2


# -- the entity layer ----------------------------------------------------------------------------

def read_entities(path: str) -> EntityLayer:
    """The entity records of a JSONL file, by document and gold quote span; a bad record names its line."""
    layer: EntityLayer = {}
    for number, record in enumerate(read_jsonl(path), 1):
        quotes = record.get("quotes") if isinstance(record, dict) else None
        if not isinstance(quotes, list) or "id" not in record:
            raise ValueError(f"{path}: record {number}: not an entity record (needs \"id\" and a \"quotes\" list)")
        spans = {}
        for quote in quotes:
            if not isinstance(quote, dict) or not isinstance(quote.get("start"), int) \
                    or not isinstance(quote.get("end"), int) or "entity_type" not in quote:
                raise ValueError(f"{path}: record {number}: a quote needs integer \"start\", \"end\" "
                                 f"and an \"entity_type\"")
            spans[(quote["start"], quote["end"])] = quote
        layer[record["id"]] = spans
    return layer


# -- counting ------------------------------------------------------------------------------------

@dataclass
class EntityTally:
    """Raw counts over all documents; every entity figure is computed from these."""

    counts: Counter = field(default_factory=Counter)
    by_span_type: dict[str, list[int]] = field(default_factory=dict)  # span type -> [scored, right]


def _entity_right(gold: dict[str, Any], predicted: dict[str, Any]) -> bool | None:
    """Is the predicted entity the gold one? None when the gold gives nothing to judge by."""
    if gold["entity_type"] == "unnamed":
        return predicted.get("entity_type") == "unnamed"
    if gold["entity_type"] in ("person", "organisation") and gold.get("entity"):
        return bool(predicted.get("entity")) and speaker_key(predicted["entity"]) == speaker_key(gold["entity"])
    return None


def _count_profile(c: Counter, gold: dict[str, Any], predicted: dict[str, Any]) -> None:
    """Organisation and title of a gold person: right when stated, and organisations given unstated."""
    if gold["entity_type"] != "person":
        return
    if gold.get("organisation"):
        c["org_scored"] += 1
        c["org_right"] += organisation_match(predicted.get("organisation"), predicted.get("organisation_short"),
                                             gold["organisation"])
    else:
        c["org_not_stated"] += 1
        c["org_extra"] += bool(predicted.get("organisation"))
    if gold.get("title"):
        c["title_scored"] += 1
        c["title_right"] += title_match(predicted.get("title"), gold["title"])


def _count_pair(t: EntityTally, gold_quote: dict[str, Any], gold: dict[str, Any], predicted: dict[str, Any]) -> None:
    """One matched quote: its entity, unnamed source, organisation and title."""
    c = t.counts
    c["matched"] += 1
    c["pred_unnamed_matched"] += predicted.get("entity_type") == "unnamed"
    right = _entity_right(gold, predicted)
    if right is not None:
        c["unnamed_tp"] += right and gold["entity_type"] == "unnamed"
        c["entity_scored"] += 1
        c["entity_right"] += right
        row = t.by_span_type.setdefault(gold_quote.get("speaker_type") or "null", [0, 0])
        row[0] += 1
        row[1] += right
    _count_profile(c, gold, predicted)


def entity_tally(gold: list[dict[str, Any]], layer: EntityLayer, predictions: list[dict[str, Any]],
                 min_overlap: float = 0.5) -> EntityTally:
    """Count over the gold documents, matching only gold quotes that have an entity record.

    Predicted quotes without offsets are left out, as the entity scorer does.
    """
    by_id = {r["id"]: [q for q in r.get("quotes", []) if q.get("start") is not None] for r in predictions}
    t = EntityTally()
    for record in gold:
        spans = layer.get(record["id"], {})
        scored = dict(record, quotes=[q for q in record["quotes"] if (q["start"], q["end"]) in spans])
        a = align(scored, by_id.get(record["id"], []), min_overlap)
        t.counts["gold_with_entity"] += len(a.gold)
        t.counts["pred"] += len(a.pred)
        t.counts["gold_unnamed"] += sum(spans[(q["start"], q["end"])]["entity_type"] == "unnamed" for q in a.gold)
        for i, j in a.gold_to_pred.items():
            g = a.gold[i]
            _count_pair(t, g, spans[(g["start"], g["end"])], a.pred[j])
    return t


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def entity_metrics(t: EntityTally) -> dict[str, Any]:
    """The figures, keyed as in the entity scorer's JSON so the two can be compared directly."""
    c = t.counts
    up, ur, uf = prf(c["unnamed_tp"], c["pred_unnamed_matched"], c["gold_unnamed"])
    wp, wr, wf = prf(c["entity_right"], c["pred"], c["gold_with_entity"])
    return {
        "matched": c["matched"], "gold_with_entity": c["gold_with_entity"], "pred": c["pred"],
        "entity_acc": _ratio(c["entity_right"], c["entity_scored"]), "entity_scored": c["entity_scored"],
        "entity_by_span_type": {name: {"n": n, "acc": right / n}
                                for name, (n, right) in sorted(t.by_span_type.items()) if n},
        "unnamed": {"p": up, "r": ur, "f1": uf, "gold": c["gold_unnamed"]},
        "organisation_acc": _ratio(c["org_right"], c["org_scored"]), "organisation_scored": c["org_scored"],
        "organisation_extra_rate": _ratio(c["org_extra"], c["org_not_stated"]),
        "title_acc": _ratio(c["title_right"], c["title_scored"]), "title_scored": c["title_scored"],
        "who_e2e": {"p": wp, "r": wr, "f1": wf},
    }


def score_entities(gold: list[dict[str, Any]], layer: EntityLayer, predictions: list[dict[str, Any]],
                   min_overlap: float = 0.5) -> dict[str, Any]:
    return entity_metrics(entity_tally(gold, layer, predictions, min_overlap))


def render_entities(m: dict[str, Any]) -> str:
    """The entity figures as text, after the phrase figures."""
    spans = "  ".join(f"{name} {v['acc']:.3f} ({v['n']})" for name, v in m["entity_by_span_type"].items())
    u, w = m["unnamed"], m["who_e2e"]
    lines = [
        "",
        f"who spoke (entity layer): matched {m['matched']} of {m['gold_with_entity']} gold quotes "
        "with an entity record",
        f"resolved entity accuracy {m['entity_acc']:.3f} on {m['entity_scored']}   by source span: {spans}",
        f"unnamed sources P {u['p']:.3f}  R {u['r']:.3f}  F1 {u['f1']:.3f}  (gold {u['gold']})",
        f"organisation accuracy {m['organisation_acc']:.3f} on {m['organisation_scored']}; "
        f"organisation given where none stated {m['organisation_extra_rate']:.3f}",
        f"title accuracy {m['title_acc']:.3f} on {m['title_scored']}",
        f"who end-to-end P {w['p']:.3f}  R {w['r']:.3f}  F1 {w['f1']:.3f}",
    ]
    return "\n".join(lines) + "\n"

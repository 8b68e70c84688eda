"""Gold and prediction records: JSONL reading and writing, and one document's predictions."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..affiliation import Profile
from ..engine import CheckResult
from ..model import Speaker, is_speech
from .keys import GOLD_OPENING_MARKS


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
        if not is_speech(q.kind) and speaker is None:
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
        if speaker is not None and found is not None:
            entry["unit"], entry["resolution"] = found.unit, found.resolution
        entry.update(entity_fields(speaker, result.profiles.get(speaker.id) if speaker else None))
        quotes.append(entry)
    return {"id": doc_id, "quotes": quotes, "other_quotes": others}


def entity_fields(speaker: Speaker | None, profile: Profile | None) -> dict[str, Any]:
    """Who the report says spoke: the resolved entity, its type, title and organisation.

    The title and organisation are the profile's, as the JSON report shows them. For a politician
    the organisation is the party where the draft states one (the entity layer's convention: the
    party, else the body they speak for), so a party beats the affiliation here, except a committee or
    caucus stated beside the name: the body a member speaks for. An unnamed
    source has no entity name; an unresolved pronoun (kind `pronoun`) is no entity at all, so its
    name and type are null. A quote without a speaker has every field null.
    """
    kind = speaker.kind if speaker is not None and speaker.kind != "pronoun" else None
    organisation: Any = None
    if profile is not None:
        organisation = profile.party or profile.affiliation
        if profile.affiliation is not None and _speaks_for_a_group(profile.affiliation.name):
            organisation = profile.affiliation
    return {"entity": speaker.name if kind is not None and kind != "unnamed" else None,
            "entity_type": kind,
            "title": profile.title if profile is not None else None,
            "organisation": organisation.name if organisation is not None else None,
            "organisation_short": organisation.short if organisation is not None else None}


# Groups inside a legislature a member speaks for beside the party (`the top Democrat on the Harbor
# Committee`): the entity layer's "body they speak for".
_LEGISLATIVE_GROUPS = frozenset({"committee", "subcommittee", "caucus", "panel"})


def _speaks_for_a_group(body: str) -> bool:
    return any(word.lower() in _LEGISLATIVE_GROUPS for word in body.split())


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



"""unattributed-quote: a quotation with no speaker, or only a he/she that stands for no one named.

Readers must know who said every quoted sentence; a quote nobody said cannot be checked and may be
taken for the reporter's own words. A `"…," I said` is the writer's, whom the byline names. A cry the
draft names no one for (`to chants of "…"`) or an alias (`known online as "…"`) has no one to name.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, is_speech
from .base import RuleInput, define
from .helpers import excerpt


def check(data: RuleInput) -> Iterator[Finding]:
    for q in data.quotes:
        if q.depth != 0 or not is_speech(q.kind) or q.id in data.attribution.unvoiced:
            continue
        text = data.doc.text[q.start:q.end]
        found = data.attribution.attributions.get(q.id)
        if found is None:
            yield RULE.finding(f"quote {excerpt(text)} has no speaker; say who said it (\"…,\" said NAME)",
                               q.id, q.start, q.end)
            continue
        speaker = data.attribution.speakers.get(found.speaker_id or "")
        writer = speaker is not None and data.kb.pronouns.get(speaker.name.lower()) == "speaker"
        if speaker is not None and speaker.kind == "pronoun" and not writer:
            yield RULE.finding(f"quote {excerpt(text)} is given to “{speaker.name}”, but no one named before it "
                               "fits; name the speaker", q.id, q.start, q.end)


RULE = define("unattributed-quote", "error",
              "A quotation in the draft has no speaker, or only a he/she that stands for no one named before it. "
              "A crowd's cry (`chants of \"…\"`) or an alias that no one in the draft is named for is not asked "
              "for one.",
              check)

"""quotes-run-together: a quote with no attribution of its own after another person became the subject.

A quote read as the last speaker's only because it follows their quote (attribution's
`continuation` sieve) goes to the wrong person when someone else is the subject in between.
With a dependency parse, only a person who is a sentence subject counts.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from .base import RuleInput, define
from .helpers import excerpt, surname


def check(data: RuleInput) -> Iterator[Finding]:
    top = [q for q in data.quotes if q.depth == 0]
    for k, q in enumerate(top):
        found = data.attribution.attributions.get(q.id)
        if found is None or found.sieve != "continuation" or found.speaker_id is None or k == 0:
            continue
        speaker = data.attribution.speakers[found.speaker_id]
        own = surname(speaker.name) if speaker.kind == "person" else None
        previous = top[k - 1]
        others = []
        for m in data.attribution.persons:
            if not (previous.end <= m.start and m.end <= q.start) or not m.name or surname(m.name) == own \
                    or m in speaker.mentions:  # (`Mom said`, where Mom is the one named before)
                continue
            tokens = data.tokens_in(m.start, m.end)
            if data.analysis is None or not data.analysis.has_deps or any(
                    (t.deprel or "").startswith("nsubj") for t in tokens):
                others.append(m.name)
        if others:
            yield RULE.finding(f"quote {excerpt(data.doc.text[q.start:q.end])} is read as {speaker.name}'s only "
                               f"because it follows their quote, but {others[-1]} is the subject in between; "
                               "attribute it again", q.id, q.start, q.end)


RULE = define("quotes-run-together", "error",
              "A quote with no attribution of its own follows another person becoming the subject.", check)

"""inferred-attribution: a quote paragraph that names no speaker, credited to the last speaker by position.

Attribution's discourse passes give a quote with no cue of its own to the speaker before it; when
that speaker was named in an earlier paragraph (`continuation`), or only introduced by the last
sentence of the paragraph before (`introduced` over a paragraph break, not ending in a colon), the
guess stands but an editor should confirm it: a reader who skims or lands mid-story meets a quote
with no name on it. Not flagged, because the draft does say who speaks there: a quote with a cue
of its own; a second quote in the paragraph of its speaker's cue (`"A," Costa said. "B."`, the
normal continuation); a quote reopened over paragraphs without a closing mark (`multi-paragraph`,
the punctuation carries the speaker on); a colon hand-off (`Costa put it this way:`); quotes in one
sentence with one cue. One finding per paragraph, and none where quotes-run-together already
reports the quote (another person became the subject in between).

Info by default: a plain follow-on paragraph is common in sound copy, so this asks for a look and
never fails `check` (only `--fail-on` levels error and warning do).

    "We will appeal," Costa said.
    "It is not over."   <- quote credited to Costa by position only: … add "Costa said" or confirm
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Attribution, Finding, Quote
from . import quotes_run_together
from .base import RuleInput, define


def check(data: RuleInput) -> Iterator[Finding]:
    reported_paragraphs: set[int] = set()
    run_together = {f.quote_id for f in quotes_run_together.check(data)}
    for q, found, speaker in data.attributed():
        if q.paragraph in reported_paragraphs or q.id in run_together or speaker.kind == "pronoun":
            continue
        if not _by_position(data, q, found):
            continue
        reported_paragraphs.add(q.paragraph)
        said = speaker.name.split()[-1] if speaker.kind == "person" else speaker.name
        yield RULE.finding(f"quote credited to {speaker.name} by position only: the paragraph names no speaker; "
                           f"add \"{said} said\" or confirm", q.id, q.start, q.end)


def _by_position(data: RuleInput, q: Quote, found: Attribution) -> bool:
    """Whether nothing in the quote's own paragraph says who speaks: the source stands in another."""
    if q.depth != 0 or found.mention is None:
        return False
    if found.unit == "continuation":
        return data.doc.paragraph_index(found.mention.start) != q.paragraph
    if found.unit == "introduced" and found.sieve == "previous-paragraph":
        before = data.doc.text[data.doc.paragraphs[q.paragraph - 1].start:q.start].rstrip()
        return not before.endswith(":")
    return False


RULE = define("inferred-attribution", "info",
              "A quote paragraph that names no speaker is credited to the last speaker by position only.", check)

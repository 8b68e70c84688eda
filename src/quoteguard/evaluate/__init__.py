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

`entities` measures what a report shows instead of the phrase: the resolved entity, unnamed
sources, title and organisation, against the gold's entity layer.

`diagnose` sorts every miss into one cause found by a simple, explainable check; `units` gives
accuracy per sieve and per resolution step, so an engine change can be judged by which kind of
mistake it removes and which unit it touched.
"""

from .align import trim_span
from .diagnose import diagnose, render_errors
from .entities import read_entities, render_entities, score_entities
from .keys import speaker_correct, speaker_key
from .metrics import render_metrics, score
from .records import predict, read_jsonl, to_jsonl
from .units import render_units, resolution_table, sieve_table, unit_table

__all__ = [
    "diagnose", "predict", "read_entities", "read_jsonl", "render_entities", "render_errors", "render_metrics",
    "render_units", "resolution_table", "score", "score_entities", "sieve_table", "speaker_correct", "speaker_key",
    "to_jsonl", "trim_span", "unit_table",
]

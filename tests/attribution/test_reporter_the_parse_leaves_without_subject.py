"""A speech verb the parse leaves without a subject still reports the clause after it."""

from __future__ import annotations

from conftest import sieve_source


def test_a_name_before_two_asides_reports_what_she_believes(pipeline, kb):
    # The parse gives `said` no subject after the second aside; the name before it still says what `she`
    # believes, so `believes` is not a cue of its own.
    text = ("Ida Marsh, head of the Eastland Pier Trust, a local charity, said she believes the repairs "
            "\"will drag on past the summer.\"")
    assert sieve_source(pipeline, kb, text) == ("before", "Ida Marsh, head of the Eastland Pier Trust")

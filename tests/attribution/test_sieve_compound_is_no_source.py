"""A word of a hyphenated compound (`30-foot-per-family`) is no preposition naming a source, on a sentence written
for these tests."""

from __future__ import annotations

from conftest import sieve_found


def test_per_inside_a_hyphenated_compound_names_no_one(pipeline, kb):
    text = ("The council's mooring scheme would give the fishermen a “fair” rate for every 30-foot-per-family "
            "boat in the bay.")
    assert sieve_found(pipeline, kb, text) is None

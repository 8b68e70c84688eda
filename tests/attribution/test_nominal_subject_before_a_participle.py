"""A nominal source whose own verb comes before the participle that introduces the quote."""

from __future__ import annotations

from conftest import sieve_source


def test_a_nominal_subject_keeps_its_modifier_up_to_its_own_verb(pipeline, kb):
    # The participle `claiming` is the cue the sieve finds; the spokesman's phrase still ends at `called`.
    text = ("EASTLAND, March 3 (HNS) — A spokesman for harbor board candidate Ann Roe called a leaflet claiming "
            "the ferries ran late most winters \"plainly false.\"")
    assert sieve_source(pipeline, kb, text) == ("before", "A spokesman for harbor board candidate Ann Roe")

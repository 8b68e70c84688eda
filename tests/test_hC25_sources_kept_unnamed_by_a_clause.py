"""`A neighbour who asked not to be named said: "…"`: the clause that keeps a source unnamed, with no comma to
close it, still leaves its noun the one who speaks, whatever verb the parse hangs the cue on (invented
sentences, real pipeline)."""

from __future__ import annotations

import pytest

from conftest import speaker_of

DRAFT = (
    "Harbor dredging stalls\n\n"
    "A neighbor who asked not to be named said: \u201cThe noise from the dredger is unbearable.\u201d\n\n"
    "The mayor, Ann Holt, defended the work on Tuesday.\n\n"
    "One driver who declined to be named said: \u201cThe buses never come.\u201d\n\n"
    "A teacher who asked not to be identified wrote: \u201cThe school is cold.\u201d\n\n"
    "A fisherman who did not want to be named said: \u201cThe catch is down.\u201d\n\n"
    "A neighbor who lives by the pier said the dredging was \u201ca nightmare.\u201d\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


@pytest.mark.parametrize("quote, noun", [
    ("noise from the dredger", "neighbor"),
    ("buses never come", "driver"),
    ("school is cold", "teacher"),
    ("catch is down", "fisherman"),
])
def test_the_noun_of_a_clause_keeping_it_unnamed_speaks(draft, quote, noun):
    speaker = speaker_of(draft, quote)
    assert speaker["anonymous"]
    assert noun in speaker["name"].lower()


def test_a_clause_that_says_where_they_live_still_speaks(draft):
    speaker = speaker_of(draft, "a nightmare")
    assert speaker["anonymous"] and "neighbor" in speaker["name"].lower()

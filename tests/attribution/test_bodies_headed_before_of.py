"""`"…," the agency said` after `the Agency of Coastal Parks`: a body whose head word comes before `of` is the
body a definite noun with that head stands for, named in full (invented sentences, real pipeline)."""

from __future__ import annotations

import pytest

from conftest import speaker_of

DRAFT = (
    "The Agency of Coastal Parks shut three beaches near Pell Cove after the storm.\n\n"
    "\u201cThe dunes need a season to recover,\u201d the agency said on Sunday.\n\n"
    "The College of Marine Trades will open a night school in the old boathouse. "
    "Classes begin in the autumn.\n\n"
    "\u201cEvery welder in the county is welcome,\u201d the college said.\n\n"
    "The Dorrin County Board of Health closed the public pool for a week. "
    "\u201cThe filters failed twice,\u201d the board said.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


@pytest.mark.parametrize(("quote", "body"), [
    ("dunes need a season", "Agency of Coastal Parks"),
    ("Every welder", "College of Marine Trades"),
    ("filters failed twice", "Dorrin County Board of Health"),
])
def test_the_head_noun_stands_for_the_body_named_with_of(draft, quote, body):
    speaker = speaker_of(draft, quote)
    assert speaker["name"] == body
    assert speaker["type"] == "organisation"

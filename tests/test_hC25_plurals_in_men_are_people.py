"""`Two fishermen said`, `Several firemen said`: a plural in -men of a role (`fisherman`) names people, an
unnamed source, not a thing (a plural in -women already was); a `they` after such a group is that group
(invented sentences, real pipeline)."""

from __future__ import annotations

import pytest

from conftest import speaker_of

DRAFT = (
    "Harbor repairs\n\n"
    "Several firemen said the old pier was \u201cready to collapse.\u201d\n\n"
    "Three businessmen said the fence was \u201ctoo low.\u201d\n\n"
    "At the meeting, two fishermen from the north harbor stood up. "
    "\u201cWe have waited long enough for the new pier,\u201d they said.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


@pytest.mark.parametrize("quote, noun", [
    ("ready to collapse", "firemen"),
    ("too low", "businessmen"),
    ("waited long enough", "fishermen"),
])
def test_a_plural_in_men_is_an_unnamed_group(draft, quote, noun):
    speaker = speaker_of(draft, quote)
    assert speaker["anonymous"] and noun in speaker["name"].lower()

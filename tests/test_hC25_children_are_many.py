"""`"…," they chanted` after `The children of the fishermen marched`: a plural of people that does not end in -s
(data `irregular_people_plurals`) is a group a `they` can stand for, an unnamed source (invented sentences,
real pipeline)."""

from __future__ import annotations

import pytest

from conftest import speaker_of

DRAFT = (
    "School\n\n"
    "Mayor Ann Holt toured the school on Monday.\n\n"
    "The children of the fishermen marched to the hall. \u201cSave our pier!\u201d they chanted.\n\n"
    "A dozen schoolchildren waited outside the gate. \u201cWe are cold,\u201d they said.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


@pytest.mark.parametrize("quote, noun", [("Save our pier", "children"), ("We are cold", "schoolchildren")])
def test_they_after_children_is_that_group(draft, quote, noun):
    speaker = speaker_of(draft, quote)
    assert speaker["anonymous"] and noun in speaker["name"].lower()

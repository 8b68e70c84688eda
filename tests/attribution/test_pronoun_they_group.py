"""A `they` that no body takes up is the people a plural subject just before names, one unnamed source
(`Dock workers marched … They want …`), even when a body was quoted before them; after a person, it stays
unresolved rather than becoming them.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name


def test_they_after_a_plural_subject_is_that_group(check):
    text = ("Dock workers marched past the harbor office in Eastland on Monday.\n\n"
            "They argue that the city should “pay the crews before anyone else.”")
    assert speaker_name(check(text), "pay the crews") == "Dock workers"


def test_they_after_a_person_is_no_group(check):
    text = ("Mayor Ann Roe walked past the harbor office in Eastland on Monday.\n\n"
            "They argue that the city should “pay the crews before anyone else.”")
    assert speaker_name(check(text), "pay the crews") != "Mayor Ann Roe"


@pytest.mark.parametrize("text", [
    "\"The pier will open in May,\" the Harbor Commission said in a statement.\n\n"
    "The ferry workers marched past its offices on Friday. They chanted \"no pier, no vote.\"",
    "\"The pier will open in May,\" the Harbor Commission said in a statement.\n\n"
    "The ferry workers marched past its offices on Friday. "
    "As they reached the gate, they chanted \"no pier, no vote.\"",
])
def test_they_after_a_plural_subject_is_that_group_not_the_body_quoted_before(check, text):
    assert speaker_name(check(text), "no pier, no vote") == "The ferry workers"

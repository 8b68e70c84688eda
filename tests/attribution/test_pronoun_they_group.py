"""A `they` that no body takes up is the people a plural subject just before names, one unnamed source
(`Dock workers marched … They want …`); after a person, it stays unresolved rather than becoming them.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

from conftest import speaker_name


def test_they_after_a_plural_subject_is_that_group(check):
    text = ("Dock workers marched past the harbor office in Eastland on Monday.\n\n"
            "They argue that the city should “pay the crews before anyone else.”")
    assert speaker_name(check(text), "pay the crews") == "Dock workers"


def test_they_after_a_person_is_no_group(check):
    text = ("Mayor Ann Roe walked past the harbor office in Eastland on Monday.\n\n"
            "They argue that the city should “pay the crews before anyone else.”")
    assert speaker_name(check(text), "pay the crews") != "Mayor Ann Roe"

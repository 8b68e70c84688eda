"""A he/she after a sentence whose subject is a thing a role owns goes where that role would.

`The incumbent's support for the pier is unusual. "…," he said`: the owner of the subject is who the
sentence is about, just as in `The incumbent supports the pier`: the person the draft described so,
or, for a role nobody was described by, the person named before it; not the man quoted last.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name

CASES = [
    pytest.param(
        "The race for harbor commissioner pits Mark Brandt against Tom Roe, the incumbent.\n\n"
        "\"The fares are too high already,\" Brandt said at the dock on Monday.\n\n"
        "The incumbent's support for the new pier is unusual.\n\n"
        "\"We need this one,\" he said.",
        "We need this one", "Tom Roe", id="described-owner"),
    pytest.param(
        "The race for harbor commissioner pits Mark Brandt against Tom Roe, the incumbent.\n\n"
        "\"The fares are too high already,\" Brandt said at the dock on Monday.\n\n"
        "The incumbent's support for the new pier is unusual. He has opposed every pier since 2009.\n\n"
        "\"We need this one,\" he said.",
        "We need this one", "Tom Roe", id="described-owner-then-he"),
    pytest.param(
        "Senators Mark Brandt and Ivo Roe sparred over port funding at Tuesday's hearing.\n\n"
        "\"The channel can wait,\" Brandt said.\n\n"
        "Roe was asked by the chair whether his plan would cost too much.\n\n"
        "The senator's answer was that the harbor pays for itself. But he stumbled once.\n\n"
        "\"We will dredge the channel before the winter storms,\" he said.",
        "before the winter storms", "Ivo Roe", id="undescribed-role-passes-back"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), CASES)
def test_the_role_owning_the_subject_is_who_the_pronoun_means(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker

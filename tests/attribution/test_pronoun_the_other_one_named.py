"""A he/she after a sentence about someone of the other gender who names one person who fits it.

`Tom Kessler spent an hour with Councillor Mary Vance. "…," she said`: the subject cannot be the she,
and the one woman the sentence names is, even when she is only an oblique and a woman was quoted
before: the walk back stops at the sentence that names her.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name

CASES = [
    pytest.param(
        "“The levy will pass,” said Ann Roe, the school board chair.\n\n"
        "On Monday, Tom Kessler spent an hour with Councillor Mary Vance at the town hall. "
        "“I have never seen a crowd this angry,” she said afterward.",
        "a crowd this angry", "Mary Vance", id="the-one-woman-named"),
    pytest.param(
        "“The clinic stays open,” said Dov Kessler, the board chairman.\n\n"
        "On Friday, Ann Roe shared a stage with Mayor Tom Vance at the county fair. "
        "“The fair made money this year,” he told reporters.",
        "made money this year", "Tom Vance", id="the-one-man-named"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), CASES)
def test_the_one_fitting_person_the_sentence_names(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker


def test_two_fitting_people_named_leave_it_to_the_later_steps(check):
    """With two women named beside the man, neither is chosen by the chain: the later steps decide."""
    text = ("“The levy will pass,” said Ann Roe, the school board chair.\n\n"
            "On Monday, Tom Kessler spent an hour with Mary Vance and Lena Pell at the town hall. "
            "“I have never seen a crowd this angry,” she said afterward.")
    assert speaker_name(check(text), "a crowd this angry") != "Tom Kessler"

"""A quoted phrase set between an owner and the speech noun it names (`Ann Velde's "fresh start" remark`,
`Baker's "…" promise`) is the owner's words.

Each case is a sentence written for the pattern, run through the real Stanza pipeline.
"""

from __future__ import annotations

import pytest

from conftest import quote_with, speaker_of

TEXT = (
    "The hearing ran late. Ann Velde\u2019s \u201cfresh start\u201d remark drew laughter from the back rows.\n\n"
    "Tom Baker spoke next. Voters still recall the pull of Baker's \"no tolls, no fees\" promise from the last "
    "race.\n"
)


@pytest.fixture(scope="module")
def doc(check):
    return check(TEXT)


@pytest.mark.parametrize(("snippet", "name"), [("fresh start", "Ann Velde"), ("no tolls, no fees", "Tom Baker")])
def test_the_owner_of_the_remark_says_the_quoted_label(doc, snippet, name):
    assert speaker_of(doc, snippet)["name"] == name
    assert quote_with(doc, snippet)["speech"]


def test_a_hyphenated_modifier_keeps_the_owner_of_a_claim(check):
    """`Velde's recent evidence-free claim that "…"`: the hyphen inside a modifier is no clause break."""
    doc = check("The port reopened on Friday. Ann Velde's recent evidence-free claim that \"dozens\" of boats "
                "were lost drew doubts from the board.\n")
    assert speaker_of(doc, "dozens")["name"] == "Ann Velde"

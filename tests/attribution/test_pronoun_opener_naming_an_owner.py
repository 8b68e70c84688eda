"""A he/she whose sentence opens on a clause naming someone else's thing is still the person before.

`Worried by Carl Hines's plan for a bridge, he joined the protest`: the name owns a thing the opening clause
only acts on, so it is no candidate for the he; the parse hangs the `'s` on the surname, not on the first name,
and the owner of an oblique stands where the oblique does.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name

CASES = [
    pytest.param(
        "Tom Baker has piloted the Eastport ferry for twenty years. "
        "Worried by Carl Hines's plan for a new bridge, he has joined the harbor protest.\n\n"
        "“We will not give up the crossing,” he said.",
        "give up the crossing", "Tom Baker", id="owner-in-a-participle"),
    pytest.param(
        "Nora Ellis runs the only bakery on Mill Street. "
        "Encouraged by Ruth Cole's offer of a small loan, she plans to open a second shop.\n\n"
        "“The town needs more bread,” she said.",
        "needs more bread", "Nora Ellis", id="owner-in-a-participle-she"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), CASES)
def test_an_owner_in_the_opening_clause_is_not_the_pronoun(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker

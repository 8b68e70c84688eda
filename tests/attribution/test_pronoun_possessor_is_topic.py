"""A he/she after a sentence that names someone only as the owner of a thing is that owner.

`Most of the evening went to Mayor Tom Brandt's plan for the pier. He wants …`: the person whose plan,
budget or words the sentence speaks of is who it is about, not a passing object, so the he/she goes
to them rather than back to the man quoted before.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name

CASES = [
    pytest.param(
        "“The ferry runs late,” said Dan Kessler, the port director.\n\n"
        "Most of the evening went to Mayor Tom Brandt's plan for the pier. "
        "He wants the town to “build it before the summer crowds arrive.”",
        "before the summer crowds", "Tom Brandt", id="owner-of-a-plan"),
    pytest.param(
        "“The clinic will stay open,” said Ann Roe, the board chair.\n\n"
        "Nobody at the hearing had seen Councillor Mary Vance's budget before Monday. "
        "She wants the county to “stop borrowing for roads.”",
        "stop borrowing for roads", "Mary Vance", id="owner-of-a-budget"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), CASES)
def test_the_owner_is_who_the_pronoun_means(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker

"""`As for Kessler, he said …` sets up the person the rest of the sentence is about: the he/she there and
in the quotes after it is that person, not the speaker quoted just before.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name

AS_FOR_CASES = [
    ("“We will vote no,” said Senator Tom Brandt.\n\nThe harbor board also heard from Dov Kessler, who runs the "
     "ferry.\n\n“Brandt is wrong about the money,” said Councillor Paul Okoro.\n\nAs for Kessler, he said he is "
     "not worried.\n\n“The ferry will run either way,” he said.", "ferry will run", "Dov Kessler"),
    ("“We will vote no,” said Senator Tom Brandt.\n\nThe harbor board also heard from Dov Kessler, who runs the "
     "ferry.\n\n“Brandt is wrong about the money,” said Councillor Paul Okoro.\n\nAs for Kessler, he said, "
     "“The ferry will run either way.”", "ferry will run", "Dov Kessler"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), AS_FOR_CASES)
def test_as_for_sets_up_who_the_he_is(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker

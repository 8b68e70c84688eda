"""A he/she is never the person its own verb speaks to: in `"…," he told Okoro` the he is someone else,
even when Okoro is the subject of the sentence just before (news writes `himself` for the same person).

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name

ADDRESSED_CASES = [
    ("Senator Paul Okoro took questions at the ferry dock on Monday.\n\n\"We will find the money,\" Okoro said.\n\n"
     "Ferry pilot Dov Tarrant had come down from Millport with a list of grievances about pay. Okoro "
     "co-sponsored a wage bill last year.\n\n\"Pilots have been badly treated,\" he told Okoro.",
     "badly treated", "Dov Tarrant"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), ADDRESSED_CASES)
def test_pronoun_is_not_the_person_it_tells(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker


def test_the_one_told_is_still_the_speaker_of_his_own_quote(check):
    text = ("Senator Paul Okoro took questions at the ferry dock on Monday.\n\n\"We will find the money,\" "
            "Okoro said.\n\nHe later told reporters the fund was safe. \"Nobody will lose a job,\" he said.")
    assert speaker_name(check(text), "lose a job") == "Paul Okoro"

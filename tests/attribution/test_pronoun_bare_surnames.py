"""A surname that is also a common noun (`Hollows`, `Ferns`), standing alone as a subject at the start of a
sentence, is the person named in full before, even when the tagger reads it as a plural noun: the
he/she of the quote after it is that person, not the one quoted before.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name

BARE_SURNAME_CASES = [
    ("Ferry captain Jill Hollows spoke at the harbor meeting on Monday.\n\n“The budget is sound,” said Senator "
     "Ruth Amel.\n\nHollows kept up her questions after the break.\n\n“Nobody could tell me what it costs,” she "
     "said.", "Nobody could tell me", "Jill Hollows"),
    ("Nurse Ada Ferns runs the clinic by the ferry dock.\n\n“Fares will hold,” said Councillor Nora Pell.\n\n"
     "Ferns thinks the new hours are too short.\n\n“We cannot shut at noon,” she said.",
     "cannot shut at noon", "Ada Ferns"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), BARE_SURNAME_CASES)
def test_a_bare_surname_the_tagger_took_for_a_noun_is_the_person(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker

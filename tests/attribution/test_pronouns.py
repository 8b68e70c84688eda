"""Who a he/she that sources a quote stands for: patterns from news copy, on sentences written for them.

Each case runs the real Stanza pipeline; the draft's other people are there to be wrongly chosen.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name

PRONOUN_CASES = [
    # The antecedent comes before the pronoun: a person named between the pronoun and its quote
    # is spoken to or about.
    ("Councillor Tom Brandt spoke after the vote. He thanked Mayor Paul Hines, saying, “This budget is sound.”",
     "budget is sound", "Tom Brandt"),
    # Sentences whose subject is the same he/she carry the person last named as a subject; whoever
    # they mention in passing, and whoever was quoted before, is not who speaks.
    ("“We will not raise fares,” said transit director Joe Kaplan.\n\nNurse Dale Ferris spoke at the town "
     "meeting. He later thanked Councillor Oscar Beltran for the new clinic.\n\n“I ask my patients every day,” "
     "he said.", "ask my patients", "Dale Ferris"),
    # The chain starts at a name with an appositive (`Kellar, a retired judge, …`), or at a name
    # before a main verb the parse gives no subject (`At the hearing, Kowal all but conceded …`).
    ("“We will build,” said developer Ray Olsen.\n\nB. Kellar III, a retired judge from the county bench, "
     "spoke next. He now backs Mayor Carl Dunn.\n\n“The rules are clear,” he said.", "rules are clear",
     "B. Kellar III"),
    ("“Nothing changes,” said analyst Tim Ross.\n\nAt the hearing, Kowal all but conceded the point to the "
     "panel. He smiled.\n\n“We are moving on,” he said.", "moving on", "Kowal"),
    ("“We will not raise fares,” said transit director Joe Kaplan.\n\nMendel talks about growing up in Dayton. "
     "He has watched the river port recover.\n\n“I ask my wife every day,” he said.", "ask my wife", "Mendel"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), PRONOUN_CASES)
def test_a_pronoun_resolves_to_the_person_it_stands_for(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker

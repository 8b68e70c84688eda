"""A sentence that opens with a person's name is about that person, even when the parse hides its subject:
`Rep. Ann Roe (D-Ohio), who wrote the bill, welcomed the vote` is often parsed with the name as the root and
the verb hanging off it (or off the `who` clause, or with the `who` clause for the root), so the sentence has
no subject. The he/she quoted next is that person, not the one quoted before. Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import speaker_of

WOMEN = ("Councillor Mira Okonjo-Vale questioned the ferry budget. "
         "\u201cThe numbers do not add up,\u201d she said. ")
MEN = ("Councillor Piet Okonjo-Vale questioned the ferry budget. "
       "\u201cThe numbers do not add up,\u201d he said. ")


@pytest.mark.parametrize("opening, first, sentence, pronoun, name", [
    (WOMEN, "Mira Okonjo-Vale", "Rep. Lise Tarrow (D-Maine), who wrote a rival budget, welcomed the vote.", "she",
     "Lise Tarrow"),
    (WOMEN, "Mira Okonjo-Vale", "Rep. Lise Tarrow (D-Ore.), who sponsored a similar measure, cheered the result.",
     "she", "Lise Tarrow"),
    (MEN, "Piet Okonjo-Vale", "Rep. Hal Brisket (R-Utah), who drafted the harbor law, applauded the ruling.", "he",
     "Hal Brisket"),
    # (after an opener; the parse may make the `who` clause the root, with a party tag between it and the name)
    (WOMEN, "Mira Okonjo-Vale", "On Friday, Rep. Lise Tarrow (D-Ore.), who sponsored a similar measure, cheered the "
     "result.", "she", "Lise Tarrow"),
    (WOMEN, "Mira Okonjo-Vale", "Later, Rep. Lise Tarrow (D-Maine), who wrote a rival budget, welcomed the vote.",
     "she", "Lise Tarrow"),
    (MEN, "Piet Okonjo-Vale", "Meanwhile Rep. Hal Brisket (R-Idaho), who sponsored a similar measure, cheered the "
     "result.", "he", "Hal Brisket"),
])
def test_a_name_opening_the_sentence_is_its_subject_when_the_verb_hangs_off_it(check, opening, first, sentence,
                                                                               pronoun, name):
    draft = check(opening + sentence + " \u201cWe counted every dollar,\u201d " + pronoun + " said.\n")
    assert speaker_of(draft, "The numbers")["name"] == first
    assert speaker_of(draft, "every dollar")["name"] == name

"""`a net mender called Oskar Lind`, `a caller dubbed Mister Tide`: `called` and `dubbed` name the person a
description introduces, as `named` and `known as` do (one data list, `naming_phrases`, serves the speaker phrase
and the he/she that follows a sentence about that person).

Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import speaker_of


@pytest.mark.parametrize(("sentence", "name"), [
    pytest.param("\u201cThe nets come back empty,\u201d said a net mender called Oskar Lind.", "Oskar Lind",
                 id="called"),
    pytest.param("\u201cThe nets come back empty,\u201d a caller dubbed Mister Tide told the radio host.",
                 "Mister Tide", id="dubbed"),
])
def test_the_person_a_description_is_called_speaks(check, sentence, name):
    assert speaker_of(check(sentence + "\n"), "nets come back")["name"] == name


def test_a_he_after_a_description_called_by_name_is_that_person(check):
    draft = check("\u201cThe dock is rotten,\u201d said Ivo Brandt, the harbor master.\n\n"
                  "A retired welder called Oskar Lind walked the pier with reporters.\n\n"
                  "\u201cIt will not last the winter,\u201d he said.\n")
    assert speaker_of(draft, "last the winter")["name"] == "Oskar Lind"

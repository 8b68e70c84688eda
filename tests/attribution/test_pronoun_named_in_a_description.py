"""A he/she after a sentence that names its person through a description goes to that person.

`A local pastor named Dov Kessler led the march`: the naming word after the description gives the name,
however the parse hangs the clause; `One of his critics is a ferry captain, Dov Kessler`: the copula's
predicate is set off with the name; `One of them, Paul Kessler, was less sure`: the name set off after the
subject, however the parse labels it. Each way the sentence is about Kessler, not the man quoted before.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name

BEFORE = "\"The pier is late,\" said Mark Brandt, the mayor.\n\n"
AFTER = "\n\n\"It will open in May,\" he said."


@pytest.mark.parametrize("sentence", [
    pytest.param("A local pastor named Dov Kessler led the march.", id="named"),
    pytest.param("One of his critics is a ferry captain, Dov Kessler.", id="predicate-set-off"),
])
def test_the_person_the_description_names_is_the_he(check, sentence):
    assert speaker_name(check(BEFORE + sentence + AFTER), "open in May") == "Dov Kessler"


@pytest.mark.parametrize("sentence", [
    pytest.param("One of them, Paul Kessler, was less sure.", id="name-parsed-as-vocative"),
    pytest.param("A third speaker, the Rev. Paul Kessler, was less sure.", id="titled-name-parsed-as-second-subject"),
])
def test_a_name_set_off_after_the_subject_is_the_he(check, sentence):
    assert speaker_name(check(BEFORE + sentence + AFTER), "open in May") == "Paul Kessler"

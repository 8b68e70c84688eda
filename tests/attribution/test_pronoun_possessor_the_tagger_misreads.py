"""A surname the draft gave in full, owning a noun (`the board blamed Olympia's staff`), is that person's
mention even when the tagger calls the possessive a miscellaneous name, so a `he` right after it can reach him
rather than a man named further back. Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import speaker_of

OPENING = ("Martin Olympia, the port director, wants the ferry tax raised. Ann Roe, who chairs the harbor board, "
           "opposes it, and Tom Reyes, a pilot, has stayed out of the fight.\n\n")


@pytest.mark.parametrize("sentence", [
    "The harbor board blamed Olympia's staff for the delay, and he called the plan \u201ctimid.\u201d",
    "The fight over Olympia's budget dragged on, and he called the plan \u201ctimid.\u201d",
])
def test_a_possessive_surname_tagged_as_a_misc_name_is_the_person(check, sentence):
    draft = check(OPENING + "The vote slipped to June. " + sentence + "\n")
    assert speaker_of(draft, "timid")["name"] == "Martin Olympia"

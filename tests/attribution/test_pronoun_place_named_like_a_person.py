"""Two words the draft first used to open a place's name stay that place when the tagger later calls them
a person, so a he/she after them goes back to the person the story is about.

`Councillor Paul Vance walked across the Ellery Point Bridge … Since then, Ellery Point has become a byword
for delay. "…," he added`: Ellery Point is the bridge's place, not a man, and the he is Vance.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

from conftest import speaker_name


def test_a_place_named_first_is_no_person_later(check):
    text = ("Councillor Paul Vance walked across the Ellery Point Bridge after the flood on Friday.\n\n"
            "\"We were not ready,\" Vance said.\n\n"
            "Since then, Ellery Point has become a byword for delay. \"Nobody wants another one,\" he added.")
    assert speaker_name(check(text), "Nobody wants another one") == "Paul Vance"

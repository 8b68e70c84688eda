"""A surname the draft gave in full, standing alone as a verb's object (`the board invited Jordan`), is
that person's mention even when the tagger takes it for a place, so a `he` after it can reach him.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of


def test_a_surname_the_tagger_calls_a_place_as_an_object_is_the_person(check):
    draft = check("The harbor board met on Monday to hear from the ferry crews.\n\n"
                  "Paul Jordan, who runs the night ferry, asked the board to keep the late sailings. Tom Reyes, "
                  "the board\u2019s treasurer, disagreed.\n\n"
                  "After the vote, the board invited Jordan to the stand. \u201cWe kept the boats running,\u201d he "
                  "said.\n")
    assert speaker_of(draft, "kept the boats running")["name"] == "Paul Jordan"

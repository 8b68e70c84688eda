"""A description that is a sentence's main subject after a phrase or clause opening it (`After a long night on the
pier, the harbor commissioner …`) goes on about the person the sentence before has for its main subject, as one
opening the sentence does, not the person that sentence names last in passing. Not when the opening phrase names
someone or has a subject of its own, nor after a sentence whose subject is two people (invented sentences, real
pipeline)."""

from __future__ import annotations

from conftest import speaker_of

QUOTE = "\u201cThe sea wall held, and that is what matters tonight,\u201d said Marisol Quennell.\n\n"
AFTER = "\n\n\u201cWe were lucky with the wind,\u201d she added.\n"


def test_a_description_after_an_opening_phrase_continues_the_subject(check):
    draft = check(QUOTE + "Quennell toured the flooded docks on Monday with the ferry captain Teodor Brask. "
                  "After a long night on the pier, the veteran commissioner ordered the gates closed." + AFTER)
    assert "commissioner" in (speaker_of(draft, "sea wall held")["title"] or "")


def test_not_after_a_sentence_about_two_people(check):
    draft = check(QUOTE + "Quennell and Teodor Brask toured the flooded docks on Monday. "
                  "After a long night on the pier, the veteran commissioner ordered the gates closed." + AFTER)
    assert "commissioner" not in (speaker_of(draft, "sea wall held")["title"] or "")

"""An unnamed source stays unnamed when a named person with the same role appears next to it but works for
someone else: `a union spokesman` is not `department spokesman Ivo Brandt`, and `a spokeswoman for the
governor's office` is no definite description of anyone (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import rules_of, speaker_of


def test_a_role_of_another_body_is_a_different_unnamed_source(check):
    draft = check("The tram depot flooded overnight.\n\n"
                  "\u201cNobody warned the night crew,\u201d a union spokesman said. "
                  "\u201cThe pumps were serviced in March,\u201d said transit spokesman Ivo Brandt.\n")
    unnamed = speaker_of(draft, "night crew")
    assert unnamed["anonymous"] and unnamed["name"] != "Ivo Brandt"
    assert speaker_of(draft, "serviced in March")["name"] == "Ivo Brandt"
    assert "anonymous-source" in rules_of(draft)


def test_the_same_role_for_the_same_body_named_soon_after_is_that_person(check):
    draft = check("The tram depot flooded overnight.\n\n"
                  "\u201cThe pumps were serviced in March,\u201d a transit spokesman said. "
                  "Transit spokesman Ivo Brandt added that crews worked until dawn.\n")
    assert speaker_of(draft, "serviced in March")["name"] == "Ivo Brandt"


def test_a_possessive_after_for_does_not_make_a_description_definite(check):
    draft = check("\u201cWe are draining the tunnels,\u201d said transit spokesman Ivo Brandt. "
                  "A spokeswoman for Mayor Lena Ford's office said the mayor was \u201cfurious.\u201d\n")
    speaker = speaker_of(draft, "furious")
    assert speaker["anonymous"] and speaker["name"] != "Ivo Brandt"

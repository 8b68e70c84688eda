"""`the Eastland Republican said`: one member of a party, definite, is the person the story is about,
never one the draft gives another party (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_definite_party_member_is_the_person_the_sentences_before_are_about(check):
    draft = check("Harbor Board Chairman Ivo Brandt says the whole port is watching the levy vote.\n\n"
                  "Speaking to the dock crews on Thursday, the Eastland Republican scolded the ferry board and "
                  "said the port was \u201cstill open to every crew that wants to work.\u201d\n")
    speaker = speaker_of(draft, "still open to every crew")
    assert speaker["name"] == "Ivo Brandt" and speaker["type"] == "person"


def test_a_definite_party_member_is_no_one_of_another_party(check):
    draft = check("Democratic Sen. Dov Kessler says the whole port is watching the levy vote.\n\n"
                  "Speaking to the dock crews on Thursday, the Eastland Republican scolded the ferry board and "
                  "said the port was \u201cstill open to every crew that wants to work.\u201d\n")
    assert speaker_of(draft, "still open to every crew")["name"] != "Dov Kessler"

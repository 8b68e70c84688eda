"""A name set off before a description of one person (`Ivo Brandt, a lawyer for the family, said`) is that
person, not an unnamed source: even when the description names an owner (`an aide for Roe's campaign`)
or the tagger takes the name for a body or a place (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import rules_of, speaker_of

OPENING = "The harbor board delayed its vote on the ferry levy again on Tuesday.\n\n"


def test_an_owner_inside_the_description_leaves_the_name_the_speaker(check):
    draft = check(OPENING + "Oona Brask, vice chairwoman for Kessler\u2019s harbor campaign, emailed supporters on "
                            "Monday, telling them, \u201cThis vote was never about the ferry.\u201d\n")
    speaker = speaker_of(draft, "never about the ferry")
    assert speaker["name"] == "Oona Brask" and not speaker["anonymous"]
    assert speaker["mention"] == "Oona Brask, vice chairwoman for Kessler\u2019s harbor campaign"  # (as written)
    assert "anonymous-source" not in rules_of(draft)


def test_a_name_taken_for_a_body_or_a_place_before_a_persons_description_is_a_person(check):
    for name in ("Cobalt Vey", "Harbor Lennox"):  # (tagged as a body and as a place)
        draft = check(OPENING + f"{name}, a lawyer for the family, said the delay was "
                                "\u201can insult to every crew on the water.\u201d\n")
        speaker = speaker_of(draft, "insult to every crew")
        assert speaker["name"] == name and not speaker["anonymous"], name
        assert "anonymous-source" not in rules_of(draft), name


def test_a_definite_or_bare_description_or_one_after_the_phrase_names_a_person_too(check):
    for tagged in ("Cobalt Vey, the family\u2019s lawyer, said the delay was \u201can insult to every crew.\u201d",
                   "Harbor Lennox, lawyer for the family, said the delay was \u201can insult to every crew.\u201d",
                   "\u201cThe delay is an insult to every crew,\u201d Cobalt Vey, a lawyer for the family, told "
                   "reporters."):
        speaker = speaker_of(check(OPENING + tagged + "\n"), "insult to every crew")
        assert speaker["type"] == "person" and not speaker["anonymous"], tagged


def test_a_body_described_as_a_group_is_no_person(check):
    draft = check(OPENING + "Harbor Watch, an advocacy group for the island towns, said the delay was "
                            "\u201can insult to every crew on the water.\u201d\n")
    speaker = speaker_of(draft, "insult to every crew")
    assert speaker["type"] != "person"

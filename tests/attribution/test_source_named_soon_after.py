"""Delayed identification: a source described first and named soon after is that named person, not an
unnamed source (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of

OPENING = "The harbor board met on Monday to weigh the ferry levy.\n\n"
LEDE = ("A senior harbor board adviser says the levy is on a \u201csteady path\u201d to approval before the "
        "summer.\n\n")


def test_a_lede_then_a_paragraph_opening_on_a_new_name_is_one_person(check):
    draft = check(OPENING + LEDE + "Ivo Brandt spoke to reporters on Thursday after a meeting with the board. "
                                   "He said the vote would come in June.\n")
    speaker = speaker_of(draft, "steady path")
    assert speaker["name"] == "Ivo Brandt" and not speaker["anonymous"]


def test_a_name_given_another_role_is_someone_else(check):
    draft = check(OPENING + LEDE + "Harbor Board Chairwoman Ann Roe spoke to reporters on Thursday after the "
                                   "meeting. She said the vote would come in June.\n")
    assert speaker_of(draft, "steady path")["anonymous"]


def test_a_source_the_draft_keeps_anonymous_stays_unnamed(check):
    draft = check(OPENING + "A senior harbor board adviser, who asked not to be named, says the levy is on a "
                            "\u201csteady path\u201d to approval.\n\n"
                            "Ivo Brandt spoke to reporters on Thursday after a meeting with the board.\n")
    assert speaker_of(draft, "steady path")["anonymous"]


def test_a_physician_then_a_doctor_named_soon_after_is_one_person(check):
    draft = check("Mayor Lena Voss released a health report on Friday.\n\n"
                  "According to her longtime physician, the mayor is in \u201cexcellent health\u201d for her age. "
                  "The letter was signed by Dr. Jane Roe, who has treated the family for years.\n")
    speaker = speaker_of(draft, "excellent health")
    assert speaker["name"] == "Jane Roe" and not speaker["anonymous"]


def test_a_new_name_with_its_own_description_is_someone_else(check):
    draft = check(OPENING + LEDE + "Ivo Brandt, who owns three ferry yards, spoke to reporters on Thursday "
                                   "after the meeting.\n")
    assert speaker_of(draft, "steady path")["anonymous"]


def test_a_role_held_for_someone_else_is_someone_else(check):
    draft = check(OPENING + "A spokesman for the port said the levy was \u201ca fair price\u201d for the new pier. "
                            "Council spokesman Ivo Brandt said the vote would come in June.\n")
    assert speaker_of(draft, "a fair price")["anonymous"]


def test_a_role_held_for_the_same_body_is_the_person_named(check):
    draft = check(OPENING + "A spokesman for the port said the levy was \u201ca fair price\u201d for the new pier. "
                            "Port spokesman Ivo Brandt said the vote would come in June.\n")
    assert speaker_of(draft, "a fair price")["name"] == "Ivo Brandt"

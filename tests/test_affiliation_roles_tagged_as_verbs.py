"""A listed role the tagger takes for a verb right before a name (`veteran guard Ivo Brandt`) is still
his title; the same word after an auxiliary (`would counsel Ann Roe`) is a verb. Invented sentences,
real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Long a fixture on the docks, veteran guard Ivo Brandt will retire this spring.\n\n"
    "“It is fine,” Brandt said.\n\n"
    "Asked whether he would counsel Ann Roe to quit the race, Kessler said he would not.\n\n"
    "“She should stay,” Roe said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_role_tagged_as_a_verb_before_a_name_is_the_title(draft):
    assert speaker_of(draft, "It is fine")["title"] == "veteran guard"


def test_a_role_word_used_as_a_verb_is_no_title(draft):
    assert speaker_of(draft, "She should stay")["title"] is None

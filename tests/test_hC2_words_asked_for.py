"""Words a speaker asks someone else to say are the asker's (`They urge the mayor to declare "…"`); after a
verb that makes someone speak (`prompted Ann Roe to write`) they stay the object's. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Ferry Riders Write to the Mayor\n\n"
    "Four commuter groups wrote to Mayor Ilse Brannigan on Tuesday. They ask the mayor to state openly "
    "\"that the night ferry will keep running\" before the budget vote.\n\n"
    "The harbour pilots' guild urged Councillor Teodor Vance to declare \"a safety emergency on the quays\" "
    "at the next sitting.\n\n"
    "The collapse of the pier prompted engineer Marta Oyelaran to warn that \"the whole waterfront is at risk.\"\n"
)

draft = draft_fixture(DRAFT)


def test_words_a_group_asks_the_mayor_to_state_are_the_groups(draft):
    assert speaker_of(draft, "night ferry will keep")["name"] == "Four commuter groups"


def test_words_a_guild_urges_a_councillor_to_declare_are_the_guilds(draft):
    assert "Vance" not in speaker_of(draft, "safety emergency")["name"]


def test_words_an_event_prompts_someone_to_say_stay_theirs(draft):
    assert speaker_of(draft, "whole waterfront")["name"] == "Marta Oyelaran"

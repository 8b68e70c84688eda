"""A frame opening a sentence that sorts people by party (`In the Democratic race, Sen. Ann Roe …`, `On the
Republican side, leading contender Tom Ferris …`, `Among Republicans, Mia Holt and Ivo Brandt …`) gives the people
named right after its comma that party; an event's frame (`In the Republican debate, …`) gives none. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of
from quoteguard.engine import check_document
from quoteguard.io import document_from_text
from quoteguard.knowledge import build_knowledge
from quoteguard.report.model import build_report

DRAFT = (
    "In the Democratic race, Sen. Ann Roe kept her lead over the field. “We are winning the ferry towns,” Roe said.\n\n"
    "On the Republican side, leading contender Tom Ferris drew a crowd at the pier. “It is a movement now,” "
    "Ferris said.\n\n"
    "Among Republicans, Mia Holt and Ivo Brandt kept trading barbs. “He is weak on boats,” Holt said. "
    "“She is weaker on bridges,” Brandt said.\n\n"
    "In the Republican debate, Lena Marsh spoke first. “I am ready for the harbor,” Marsh said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_race_frame_gives_its_party_to_the_name_after_it(draft):
    assert speaker_of(draft, "ferry towns")["party"] == "Democratic Party"


def test_a_side_frame_reaches_past_the_title_words_before_the_name(draft):
    assert speaker_of(draft, "movement now")["party"] == "Republican Party"


def test_a_plural_party_frame_gives_both_names_joined_by_and(draft):
    assert speaker_of(draft, "weak on boats")["party"] == "Republican Party"
    assert speaker_of(draft, "weaker on bridges")["party"] == "Republican Party"


def test_an_event_frame_gives_no_party(draft):
    assert speaker_of(draft, "ready for the harbor")["party"] is None


OTHERS = (
    "The ferry plan was attacked by Ann Roe and other Republican hopefuls. “It sinks,” Roe said.\n\n"
    "The harbor vote is close, and Tom Ferris, Ivo Brandt and other GOP candidates are fighting for second place. "
    "“We are close to the top,” Ferris said.\n\n"
    "The mayor met Mia Holt and other Democrats on Monday. “We talked about tolls,” Holt said.\n\n"
    "The mayor met Lena Marsh and other Republican donors on Monday. “We paid for the pier,” Marsh said.\n"
)

others = draft_fixture(OTHERS)


def test_a_name_before_and_other_party_hopefuls_is_of_that_party(others):
    assert speaker_of(others, "It sinks")["party"] == "Republican Party"


def test_a_list_of_names_closing_on_other_party_candidates(others):
    assert speaker_of(others, "close to the top")["party"] == "Republican Party"


def test_and_other_party_members_by_the_plural_party_word(others):
    assert speaker_of(others, "talked about tolls")["party"] == "Democratic Party"


def test_other_party_donors_give_no_party(others):
    assert speaker_of(others, "paid for the pier")["party"] is None


def test_a_newsroom_adds_its_own_frame_nouns_in_the_config(pipeline, model_source):
    text = "In the Republican column, Dov Kessler leads the count. \u201cThe pier towns are ours,\u201d Kessler said.\n"

    def party(kb):
        result = check_document(document_from_text(text, "draft.txt"), pipeline, kb)
        doc = build_report([result], [], model_source.processors)["documents"][0]
        return speaker_of(doc, "pier towns")["party"]

    assert party(build_knowledge()) is None
    assert party(build_knowledge({"party-frame-nouns": ["column"]})) == "Republican Party"

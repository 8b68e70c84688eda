"""Edges of a title or a body: a role verb after `now`/`still`/`also` (`who now runs X`), a dash
opening an aside after the body, a typo's run of stops (`..`), an ordinal opening a body's name
(`the 9th Avenue Rowing Club`), and a capitalised adjective opening the sentence (`Conservative radio
host X`), which names no body. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "“The rowers start at six,” said Ivo Brandt, who now runs the 9th Avenue Rowing Club — which "
    "lends boats to schools.\n\n"
    "“The rents are too high,” said Lena Marsh, treasurer of the Eastland Tenants Union..\n\n"
    "Conservative radio host Tom Kessler opened his morning show with the ferry fares.\n\n"
    "“Will the ferry run in winter?” Kessler asked.\n"
)

draft = draft_fixture(DRAFT)


def test_a_role_verb_after_now_states_the_post_and_the_aside_after_a_dash_is_no_part_of_it(draft):
    assert speaker_of(draft, "The rowers start at six")["title"] == "head of the 9th Avenue Rowing Club"
    assert body_of(draft, "The rowers start at six") == "9th Avenue Rowing Club"


def test_a_run_of_stops_ends_no_body(draft):
    assert body_of(draft, "The rents are too high") == "Eastland Tenants Union"


def test_a_capitalised_adjective_opening_the_sentence_names_no_body(draft):
    assert speaker_of(draft, "Will the ferry run in winter")["title"] == "Conservative radio host"
    assert body_of(draft, "Will the ferry run in winter") is None

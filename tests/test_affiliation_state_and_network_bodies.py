"""Bodies of a state's officials, a union's president addressed by rank, a broadcaster and the U.S. trade
representative. Invented sentences, real pipeline.

A state's office (`state_offices`) named with its state after the name serves the state; named alone, it is the
state's in a draft about one state's government, the nation's otherwise. `The union's president, Sgt. X`: the
post is her title and the union named before her body. A host with no body said of her speaks for the network
named after `on` in the sentence that introduces her. The trade representative's office is the knowledge base's.
"""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

STATE_STORY = (
    "Court upholds new rules for county ballot drop boxes\n\n"
    "CARSON CITY (Tern News) — A state judge on Monday upheld a Nevada law that limits drop boxes to one a "
    "county, a measure the Legislature passed in March.\n\n"
    "Secretary of State Orla Vantreese, who sought the limit, said the ruling was \"a win for careful "
    "counting.\"\n\n"
    "\"Every county can meet this standard by October,\" Vantreese said.\n"
)
CAPITALISED_CUE_STORY = (
    "County misses certification deadline\n\n"
    "The Kessel County board split again on Monday over certifying the vote in Oregon's smallest county. "
    "State law required the county to certify by Monday.\n\n"
    "Secretary of State Lina Ostrava said the county had \"run out of reasons to wait.\"\n"
)
FOREIGN_STORY = (
    "Envoys meet on river treaty\n\n"
    "Officials from both countries met in Geneva on Monday, the State Department said.\n\n"
    "Secretary of State Orla Vantreese said the talks had been \"long but useful.\"\n"
)
TREASURER = (
    "Pension fund sells its coal shares\n\n"
    "TOPEKA (Tern News) — The state pension fund sold its last coal shares on Friday.\n\n"
    "Milo Harrowgate, the Kansas state treasurer, called the sale \"overdue by a decade.\"\n"
)
UNION = (
    "Nurses vote on strike\n\n"
    "Talks between the city and the Brindle Harbor Nurses Guild, which represents 900 nurses, ended on "
    "Tuesday.\n\n"
    "The union's president, Sgt. Tamsin Oduya, said the offer \"does not keep a single ward open.\"\n"
)
HOST = (
    "Mayor stumbles over budget question\n\n"
    "Mayor Ilse Brandvold had a rough Sunday morning.\n\n"
    "\"I have answered that already,\" Brandvold told \"Week in Review\" host Corwin Ashdale during an interview "
    "on the Saltmere Broadcasting Network.\n\n"
    "\"You answered a different question,\" Ashdale said.\n"
)
TRADE = (
    "Steel talks stall\n\n"
    "GENEVA (Tern News) — Talks on steel tariffs ended on Friday without a deal.\n\n"
    "Nadia Quell, the U.S. trade representative, said the sides were \"still a long way apart.\"\n"
)

state_story = draft_fixture(STATE_STORY)
capitalised_cue_story = draft_fixture(CAPITALISED_CUE_STORY)
foreign_story = draft_fixture(FOREIGN_STORY)
treasurer = draft_fixture(TREASURER)
union = draft_fixture(UNION)
host = draft_fixture(HOST)
trade = draft_fixture(TRADE)


def test_a_secretary_of_state_in_a_draft_about_one_states_government_serves_the_state(state_story):
    assert body_of(state_story, "careful counting") == "Nevada"
    assert body_of(state_story, "Every county can meet") == "Nevada"


def test_a_state_governments_word_opening_a_sentence_still_says_the_draft_is_about_the_state(capitalised_cue_story):
    assert body_of(capitalised_cue_story, "run out of reasons") == "Oregon"


def test_a_city_named_after_another_state_leaves_the_draft_about_one_state(check):
    # `KANSAS CITY, Mo.`: a city that opens with a state's name names no second state
    draft = check("Drop-box law blocked\n\n"
                  "KANSAS CITY, Mo. (Tern News) \u2014 A judge on Monday blocked a Missouri law that limits drop "
                  "boxes, a law the state Legislature passed last spring. The ruling came from a courtroom in "
                  "Kansas City.\n\n"
                  "Secretary of State Lena Vogt said the counties were ready. \u201cEvery county can count on "
                  "time,\u201d Vogt said.\n")
    assert body_of(draft, "count on time") == "Missouri"


def test_a_secretary_of_state_beside_the_state_department_is_the_nations(foreign_story):
    assert body_of(foreign_story, "long but useful") == "State Department"


def test_a_state_named_with_its_office_after_the_name_is_her_body(treasurer):
    assert body_of(treasurer, "overdue by a decade") == "Kansas"
    assert speaker_of(treasurer, "overdue by a decade")["title"].endswith("state treasurer")


def test_a_post_set_off_before_a_rank_is_the_title_and_the_union_her_body(union):
    assert speaker_of(union, "single ward open")["title"] == "president"
    assert body_of(union, "single ward open") == "Brindle Harbor Nurses Guild"


def test_a_host_speaks_for_the_network_named_on_her_introducing_sentence(host):
    assert body_of(host, "a different question") == "Saltmere Broadcasting Network"
    assert body_of(host, "answered that already") is None  # (the guest speaks for no network)


def test_the_trade_representative_speaks_for_the_office_not_the_country(trade):
    assert body_of(trade, "a long way apart") == "Office of the U.S. Trade Representative"

"""A copula stating someone's part in an event (`the largest recipient of grants`, `a participant in nine
tenders`) or judging her (`such a showman`) states no post (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "The lottery board met on Tuesday to hand out the river-cleanup money.\n\n"
    "Ysolde Marrick is the largest recipient of river-cleanup grants this spring. "
    "“Every cent goes into the water,” Marrick said.\n\n"
    "Osric Pellam is the top recipient of the Corran Fund this decade. "
    "“The fund kept my boatyard open,” Pellam said.\n\n"
    "Tavi Anvik has been a participant in nine ferry tenders since 2019. “Nine times we lost,” Anvik said.\n\n"
    "Idony Calder is such a showman when the cameras roll. “Give me the microphone,” Calder said.\n\n"
    "Nadia Ferrow is a pilot for the Brisk ferry line. “The channel is silting up,” Ferrow said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_recipient_of_grants_holds_no_post(draft):
    assert speaker_of(draft, "Every cent")["title"] is None


def test_a_recipient_of_a_named_fund_holds_no_post_there(draft):
    assert speaker_of(draft, "boatyard open")["title"] is None
    assert quote_with(draft, "boatyard open")["affiliation"] is None


def test_a_participant_in_tenders_holds_no_post(draft):
    assert speaker_of(draft, "Nine times")["title"] is None


def test_a_judging_word_before_the_article_states_no_post(draft):
    assert speaker_of(draft, "Give me the microphone")["title"] is None


def test_a_post_stated_by_a_copula_is_still_read(draft):
    assert speaker_of(draft, "silting up")["title"] == "pilot for the Brisk ferry line"

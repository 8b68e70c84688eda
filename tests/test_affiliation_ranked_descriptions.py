"""A description that ranks the person among others (`the only doctor on the board`, `the next mayor`)
says how the draft judges them, not a post they hold: it is no title, so a post stated elsewhere shows.
A compound noun (`real estate developer`) or a title in two words (`first lady`) is no ranking.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Ann Roe, the only doctor on the harbor board, toured the island clinic on Monday.\n\n"
    "\u201cThe night ferries must keep running,\u201d said Commissioner Ann Roe.\n\n"
    "\u201cThe marina will pay for itself,\u201d said Dov Kessler, a real estate developer in Eastport.\n\n"
    "\u201cEvery school needs a garden,\u201d said Mara Velde, the first lady of Eastland.\n"
)

draft = draft_fixture(DRAFT)


def test_a_ranking_description_gives_way_to_a_post(draft):
    roe = speaker_of(draft, "night ferries")
    assert roe["name"] == "Ann Roe"
    assert roe["title"].lower() == "commissioner"


def test_a_compound_noun_is_no_ranking(draft):
    assert speaker_of(draft, "pay for itself")["title"].startswith("real estate developer")


def test_a_title_in_two_words_is_no_ranking(draft):
    assert "first lady" in speaker_of(draft, "school needs a garden")["title"]

"""A staff role owned through a pronoun (`his top aide, Ivo Brandt`) belongs to the person named last before it,
when that person's given name says the pronoun's gender; when she runs (the draft names her campaign or calls her
a candidate), the aide speaks for her campaign. A last name of the other gender leaves the owner unsaid.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "Harbor Party candidate Tom Ferris trails in the mayoral race, and the Ferris campaign is short of money.\n\n"
    "Ferris still plans to stay in through the summer, his top aide, Ivo Brandt, told reporters. “We are nowhere "
    "near the end of the road,” Brandt said.\n\n"
    "Harbor Party candidate Ann Roe leads the race, and the Roe campaign is flush.\n\n"
    "Roe met Paul Dorn at the pier on Monday. In a statement, her chief aide, Lena Marsh, said: “The pier deal is "
    "done.”\n\n"
    "Rick Dunn, a Harbor Party candidate, spoke at the pier. Later, her spokesman, Ida Moss, said: “He spoke well.”\n"
)

draft = draft_fixture(DRAFT)


def _org(doc: dict, snippet: str) -> str | None:
    assert speaker_of(doc, snippet)
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_his_aide_serves_the_campaign_of_the_man_named_before(draft):
    assert _org(draft, "nowhere near the end") == "Ferris campaign"


def test_her_aide_after_a_man_named_last_is_owned_by_no_one(draft):
    assert _org(draft, "pier deal is done") is None


def test_a_pronoun_of_the_other_gender_owns_nothing(draft):
    assert _org(draft, "He spoke well") is None

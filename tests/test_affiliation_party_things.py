"""A party word on a thing (`the Republican convention`) read as a description of the person named
before it gives that person the party only if their name carries a post a party's people hold
(`Sen.`, `governor`) or the thing is the party's contest (`the Republican nomination`): a baker
the convention cheered is no party member for it. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Nora Velde runs a chain of bakeries in Eastland. The Republican convention cheered her on Tuesday. "
    "“We bake for everyone,” Velde said.\n\n"
    "Tom Ferris owns a ferry line in Dunmore. The Republican nomination is within reach now. "
    "“I will keep the boats running,” Ferris said.\n\n"
    "Sen. Ada Kessler toured the harbor in Mayfield. The Republican convention cheered her on Wednesday. "
    "“The pier comes first,” Kessler said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_party_thing_gives_no_party_to_someone_holding_no_party_post(draft):
    assert speaker_of(draft, "We bake for everyone")["party"] is None


def test_a_party_contest_gives_its_party_to_the_person_named_before(draft):
    assert speaker_of(draft, "keep the boats running")["party"] == "Republican Party"


def test_a_party_thing_gives_its_party_to_a_senator_named_before(draft):
    assert speaker_of(draft, "The pier comes first")["party"] == "Republican Party"

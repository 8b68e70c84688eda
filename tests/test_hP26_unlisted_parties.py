"""A party the knowledge base does not list, named in capitalised words ending in a party's head word
(`Alliance`, `Congress`, `Front`) before a party member's post or seat, is her party; a listed party's word
opening that longer name is not the listed party; a chamber's member (`Member of the Senedd`) holds a seat whose
constituency (`for Brecon`) is no part of the title or of the chamber. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "Harbour plan splits Tulsberg council\n\n"
    "The Tulsberg harbour plan divided the town council again on Tuesday.\n\n"
    "“We cannot keep building on the dunes,” said Johan Verster, a Democratic Alliance councillor on the "
    "Tulsberg council.\n\n"
    "Lerato Mokoena, a Southern National Congress councillor who chairs the planning committee, said: “The "
    "harbour will bring jobs to people who have none.”\n\n"
    "“This is a plan drawn up for the few,” said Owen Prydderch, the Conservative Member of the Senedd for "
    "Brecon.\n\n"
    "“It will pass,” said Ann Holt, a Labour councillor.\n\n"
    "“We need the jobs,” said Carla Mendes, a Green Party MP.\n\n"
    "“They have not listened,” said Ann Cole, a Democratic Congress member from Ohio.\n\n"
    "“We are watching,” said Democratic National Committee chairman Tom Reyes.\n\n"
    "“It is a good day,” said Republican state Sen. Mark Dale.\n\n"
    "Harbour Front councillor Pieter Vos said: “The dunes are ours.”\n\n"
    "“Nobody asked us,” said Freedom Alliance leader Jan Pretorius.\n\n"
    "“Routes were cut,” said Mari Jones, a Harbour Front member of the Nelwane Bay council.\n\n"
    "“The buses will run,” said Huw Lloyd, a Welsh Labour Member of the Senedd for Wrexham.\n"
)

draft = draft_fixture(DRAFT)


def test_a_listed_word_opening_a_longer_party_name_is_not_the_listed_party(draft):
    assert speaker_of(draft, "building on the dunes")["party"] == "Democratic Alliance"


def test_an_unlisted_party_before_a_councillor_is_her_party(draft):
    assert speaker_of(draft, "bring jobs to people")["party"] == "Southern National Congress"


def test_an_unlisted_party_is_no_body_she_speaks_for(draft):
    assert speaker_of(draft, "bring jobs to people")["title"] == "councillor"
    assert body_of(draft, "bring jobs to people") is None


def test_a_party_word_before_a_chamber_member_is_her_party(draft):
    assert speaker_of(draft, "drawn up for the few")["party"] == "Conservative Party"


def test_a_chamber_members_constituency_is_no_part_of_title_or_chamber(draft):
    assert speaker_of(draft, "drawn up for the few")["title"] == "Member of the Senedd"
    assert body_of(draft, "drawn up for the few") == "Senedd"


def test_listed_parties_before_seats_still_read(draft):
    assert speaker_of(draft, "It will pass")["party"] == "Labour Party"
    assert speaker_of(draft, "We need the jobs")["party"] == "Green Party"
    assert speaker_of(draft, "It is a good day")["party"] == "Republican Party"


def test_a_party_word_before_congress_is_her_party_and_congress_the_chamber(draft):
    assert speaker_of(draft, "They have not listened")["party"] == "Democratic Party"


def test_a_party_committee_stays_a_body(draft):
    assert body_of(draft, "We are watching") == "Democratic Party"


def test_an_unlisted_party_before_a_name_is_her_party(draft):
    assert speaker_of(draft, "The dunes are ours")["party"] == "Harbour Front"
    assert speaker_of(draft, "The dunes are ours")["title"] == "councillor"


def test_an_unlisted_partys_leader_speaks_for_it(draft):
    assert body_of(draft, "Nobody asked us") == "Freedom Alliance"
    assert speaker_of(draft, "Nobody asked us")["title"] == "leader"


def test_an_unlisted_party_before_a_council_member_is_her_party(draft):
    assert speaker_of(draft, "Routes were cut")["party"] == "Harbour Front"


def test_a_nations_word_before_a_party_before_a_seat_is_no_part_of_the_title(draft):
    assert speaker_of(draft, "The buses will run")["title"] == "Member of the Senedd"
    assert speaker_of(draft, "The buses will run")["party"] == "Labour Party"

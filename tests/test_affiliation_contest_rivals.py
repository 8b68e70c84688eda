"""Both sides of a contest one candidate wins over another (`Tom Ferris defeated Ann Roe in Dunmore's
Democratic primary`, `Lee Hart lost to Ida Moss in the Eastland Republican caucuses`) ran in it, so the
party whose contest it is is theirs; so is a rival in a party's contest set off right before the name, and one a
relative clause says is running in it. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "On Tuesday, Tom Ferris defeated Ann Roe in Dunmore’s Democratic primary for the ferry board. "
    "“I will run again,” Roe said.\n\n"
    "Lee Hart lost to Ida Moss in the Eastland Republican caucuses by nine votes. “Nine votes is nothing,” "
    "Hart said.\n\n"
    "Ida Moss beat her rival Abe Lind in the county’s Republican caucuses too. “He fought well,” Lind said.\n\n"
    "The ads attacked Moss’s main rival in the Republican primary, Cora Vance, the county assessor. "
    "“They are lies,” Vance said.\n\n"
    "Pia Lund, who is running in the Democratic primary for sheriff, said the ads were cheap. “Shame on them,” "
    "Lund said.\n"
)

draft = draft_fixture(DRAFT)


def test_the_one_defeated_in_a_primary_gets_its_party(draft):
    assert speaker_of(draft, "I will run again")["party"] == "Democratic Party"


def test_the_one_who_lost_to_a_rival_in_caucuses_gets_their_party(draft):
    assert speaker_of(draft, "Nine votes is nothing")["party"] == "Republican Party"


def test_a_rival_beaten_in_the_county_caucuses_gets_their_party(draft):
    assert speaker_of(draft, "He fought well")["party"] == "Republican Party"


def test_a_rival_in_a_primary_set_off_before_her_name_gets_its_party(draft):
    assert speaker_of(draft, "They are lies")["party"] == "Republican Party"


def test_one_running_in_a_primary_in_a_relative_clause_gets_its_party(draft):
    assert speaker_of(draft, "Shame on them")["party"] == "Democratic Party"

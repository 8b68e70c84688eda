"""A legislator of whom no body is said sits in her chamber (`Sen. Ann Roe`, `Eastland senator`, `House Speaker`),
read last so a party the draft states still comes first; `state Sen.` and a former senator sit in no national
chamber, and an aide to a senator is no senator. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, quote_with

DRAFT = (
    "The ferry bill reached the floor on Tuesday.\n\n"
    "“The bill is too costly,” said Sen. Ann Roe.\n\n"
    "“We will fix the docks,” said Eastland senator Ivo Brandt.\n\n"
    "“The toll must go,” said state Sen. Lena Marsh.\n\n"
    "“I miss the chamber,” said former Sen. Ed Marr.\n\n"
    "“The vote is set for Friday,” said House Speaker Tom Ruhl.\n\n"
    "“We have the votes,” said Republican Sen. Pat Okafor.\n\n"
    "“She will not budge,” said Gus Vole, an aide to Sen. Roe.\n\n"
    "Senate Majority Whip Nora Kell (D-Ore.) spent the week calling senators. “We counted twice,” Kell said.\n\n"
    "House Minority Leader Ray Tobin was unmoved. “Not this week,” Tobin said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_senator_with_no_body_sits_in_the_senate(draft):
    assert body_of(draft, "too costly") == "Senate"


def test_a_senator_after_a_place_sits_in_the_senate(draft):
    assert body_of(draft, "fix the docks") == "Senate"


def test_a_state_senator_is_not_in_the_senate(draft):
    assert body_of(draft, "toll must go") != "Senate"


def test_a_former_senator_sits_in_no_chamber(draft):
    assert body_of(draft, "miss the chamber") is None


def test_a_house_speaker_sits_in_the_house(draft):
    assert body_of(draft, "set for Friday") == "House of Representatives"


def test_a_stated_party_is_kept_beside_the_chamber(draft):
    quote = quote_with(draft, "have the votes")
    assert quote["speaker"]["party"] == "Republican Party"
    assert (quote["affiliation"] or {}).get("name") == "Senate"


def test_an_aide_to_a_senator_is_no_senator(draft):
    assert body_of(draft, "not budge") != "Senate"


def test_a_chambers_leader_or_whip_sits_in_that_chamber_beside_her_party(draft):
    assert body_of(draft, "We counted twice") == "Senate"
    assert quote_with(draft, "We counted twice")["speaker"]["party"] == "Democratic Party"
    assert body_of(draft, "Not this week") == "House of Representatives"

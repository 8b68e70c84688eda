"""Who a body's description, a prefecture's `it` and a described bystander are (invented sentences, real pipeline).

- `the Danish company said`: a noun for a business with only where it is from before it stands for the business named
  before (`Brannel Logistics`), as `the company` does;
- `the Val-de-Lorme prefecture said … "…," it said`: a body noun after a name the tagger reads as a person's is that
  body, and so is the `it` after it; `The prefect, X,` gives X the title;
- `A retired miner beside him, who …, said he …`: an unnamed bystander the tagger misparses is still the `he` after;
- `X, whose party …, presented herself as the answer to "…"`: the named subject speaks the partial quote;
- `The dean, Professor X,`: the honorific after the comma is no part of her title.
"""

from __future__ import annotations

import pytest

from conftest import quote_with, speaker_of

COMPANY = (
    "Regulator fines parcel firm\n\n"
    "The transport regulator fined Brannel Logistics $12 million on Thursday, ruling that the Danish company had "
    "hidden delivery fees from shoppers.\n\n"
    "Brannel said it would appeal. \u201cWe have always been open with our customers,\u201d the Danish company "
    "said in a statement.\n\n"
    "\u201cWe will keep talking to the regulator,\u201d it said.\n"
)

PREFECTURE = (
    "Fishermen block harbour in Port-Aurel\n\n"
    "Fishermen blocked the harbour in Port-Aurel on Friday over new quotas.\n\n"
    "In Port-Aurel, the Val-de-Lorme prefecture said in a statement that ferries would keep sailing. "
    "\u201cPublic order will be kept, and so will the right to strike,\u201d it said.\n\n"
    "The prefect, Odile Vasseur, later met the fishermen\u2019s leaders. \u201cWe found a way to let the ferries "
    "through,\u201d Vasseur said.\n"
)

BYSTANDER = (
    "Miners rally outside pit gates\n\n"
    "Hundreds of miners rallied outside the Carrow pit on Saturday.\n\n"
    "Teodor Lask, a union steward, said the closure was rushed. \u201cNobody asked us,\u201d Lask said.\n\n"
    "A tall grey-haired miner beside him, who would not give his name, said he had worked there for 30 years. "
    "\u201cThis pit fed my father and me,\u201d he said.\n"
)

LEADER = (
    "Rival leaders spar over transit plan\n\n"
    "The three candidates for mayor met on Monday night for the only debate of the race.\n\n"
    "Green candidate Marta Ellison, whose party holds one council seat, again presented herself as the answer to "
    "\u201ctwo old parties that have let the buses rot.\u201d\n\n"
    "The debate ran for 90 minutes.\n"
)

DEAN = (
    "Students occupy library over fee rise\n\n"
    "About 100 students occupied the library at Harwood University on Tuesday.\n\n"
    "The dean of law, Professor Alan Brookes, said in a letter to staff that the faculty had no choice. "
    "\u201cNobody here wanted to raise fees,\u201d he wrote.\n"
)

SCARE = (
    "Council delays pier repairs\n\n"
    "The council voted on Monday to delay repairs to the old pier.\n\n"
    "Mayor Ann Roe, who chairs the harbour board, said the money had run out. \u201cWe will find it next year,\u201d "
    "she said.\n\n"
    "The pier, known in the town as the \u201cgrey lady\u201d, has been closed since May.\n"
)


@pytest.fixture(scope="module")
def company(check):
    return check(COMPANY)


@pytest.fixture(scope="module")
def prefecture(check):
    return check(PREFECTURE)


def test_a_business_described_by_where_it_is_from_is_the_business(company):
    speaker = speaker_of(company, "We have always been open")
    assert speaker["name"] == "Brannel Logistics"
    assert speaker["type"] == "organisation"


def test_its_it_is_the_business_too(company):
    assert speaker_of(company, "We will keep talking")["name"] == "Brannel Logistics"


def test_a_prefecture_after_a_name_read_as_a_person_speaks(prefecture):
    speaker = speaker_of(prefecture, "Public order will be kept")
    assert speaker["type"] == "organisation"
    assert speaker["name"] == "Val-de-Lorme prefecture"


def test_the_prefect_has_her_title(prefecture):
    speaker = speaker_of(prefecture, "We found a way")
    assert speaker["name"] == "Odile Vasseur"
    assert speaker["title"] == "prefect"


def test_a_misparsed_bystander_is_the_he_after_him(check):
    speaker = speaker_of(check(BYSTANDER), "This pit fed my father")
    assert speaker["type"] == "unnamed"
    assert speaker["name"] == "A tall grey-haired miner"


def test_the_named_subject_speaks_a_partial_quote_past_a_whose_clause(check):
    speaker = speaker_of(check(LEADER), "two old parties")
    assert speaker["name"] == "Marta Ellison"


def test_an_honorific_after_a_set_off_role_is_no_part_of_the_title(check):
    assert speaker_of(check(DEAN), "Nobody here wanted")["title"] == "dean of law"


def test_a_nickname_in_a_set_off_phrase_stays_nobodys(check):
    """The pier's nickname: its sentence's subject is a thing, whatever the person before it said."""
    doc = check(SCARE)
    assert quote_with(doc, "grey lady")["speaker"] is None
    assert speaker_of(doc, "We will find it")["name"] == "Ann Roe"

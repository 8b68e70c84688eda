"""`NAME is ROLE`: a post or party stated by a sentence of its own (invented sentences, real pipeline)."""

from __future__ import annotations

import pytest

from conftest import speaker_of

DRAFT = (
    "Paul Ardery is the party's nominee for governor in Eastland. “I will fix the roads,” Ardery said.\n\n"
    "Mayor Wes Tolland of Brackley opened the fair. Tolland is a Democrat. “You are welcome here,” Tolland said.\n\n"
    "Nora Vance is not a nominee this season. “I am staying home,” Vance said.\n\n"
    "Iris Dole is clearly the pride of Brackley. “Thank you all,” Dole said.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


def test_a_present_copula_after_a_name_states_the_title(draft):
    assert speaker_of(draft, "fix the roads")["title"] == "party's nominee for governor in Eastland"


def test_a_copula_stating_a_party_adds_the_party_to_a_described_person(draft):
    tolland = speaker_of(draft, "welcome here")
    assert tolland["title"] == "Mayor"
    assert tolland["party"] == "Democratic Party"


def test_a_negated_or_adverbial_copula_states_no_post(draft):
    assert speaker_of(draft, "staying home")["title"] is None
    assert speaker_of(draft, "Thank you all")["title"] is None

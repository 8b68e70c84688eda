"""`Ohio's governor, X`, `Britain's prime minister, X`, `the state's governor, X`: a place owning a role is where
the office is, whatever the tagger calls the possessor; the title is the role alone, a state is the
organisation, as a country is (a legislator's is her chamber). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "“Rusty bridges want paint, not speeches,” said Ohio's governor, Mark Dune.\n\n"
    "“Grain prices will settle by autumn,” said Britain's prime minister, Ivo Brandt.\n\n"
    "“The ferry fares stay frozen,” said the state's governor, Lena Morrow.\n\n"
    "“The amendment dies in committee,” said Vermont's junior senator, Gil Harlan.\n"
)

draft = draft_fixture(DRAFT)


def test_a_state_owning_a_role_is_the_organisation(draft):
    speaker = speaker_of(draft, "want paint")
    assert speaker["name"] == "Mark Dune"
    assert speaker["title"] == "governor"
    assert body_of(draft, "want paint") == "Ohio"


def test_a_country_owning_a_role_is_the_organisation(draft):
    assert speaker_of(draft, "Grain prices")["title"] == "prime minister"
    assert body_of(draft, "Grain prices") == "Britain"


def test_a_place_noun_owning_a_role_leaves_the_bare_role(draft):
    assert speaker_of(draft, "ferry fares")["title"] == "governor"
    assert body_of(draft, "ferry fares") is None


def test_a_legislator_owned_by_a_state_sits_in_her_chamber(draft):
    assert speaker_of(draft, "amendment dies")["title"] == "junior senator"
    assert body_of(draft, "amendment dies") == "Senate"

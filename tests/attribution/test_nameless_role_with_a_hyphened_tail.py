"""`the governor-elect said`, `said the mayor-elect of X`: the lower-case tail a hyphen glues to a role is no noun
of its own, so the phrase is an unnamed person holding that role, not an unknown `other` source.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Ballots from the river wards were counted late into the night.\n\n"
    "“The first budget will fund the bridge repairs,” the governor-elect said.\n\n"
    "“Night buses return in March,” said the mayor-elect of Dunmore.\n"
)

draft = draft_fixture(DRAFT)


def test_a_nameless_role_with_elect_is_an_unnamed_person(draft):
    speaker = speaker_of(draft, "bridge repairs")
    assert speaker["type"] == "unnamed"
    assert speaker["title"] == "governor-elect"


def test_a_nameless_role_with_elect_and_a_place_after_it(draft):
    speaker = speaker_of(draft, "Night buses")
    assert speaker["type"] == "unnamed"
    assert speaker["title"] == "mayor-elect"

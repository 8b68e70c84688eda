"""`Ann Roe, an adviser to the group`, `the bureau's director`, `its treasurer`: once the body such a role
points back to is her organisation, her title is the role alone, with the body beside it; a place's owner
(`the county's sheriff`) is no body's and stays in the title. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "Beekeepers crowd the orchard road.\n\n"
    "Meadow Keepers Alliance, a pollinator charity in Fernhollow, counted its hives in March. "
    "“Every colony came through the frost,” said Odile Marchetti, an adviser to the group.\n\n"
    "The Quarry Lane Orchestra moved its rehearsals to a barn. "
    "“The acoustics surprised everyone,” said Bram Ostrander, its conductor.\n\n"
    "The FBI opened an inquiry into the hive thefts on Monday. "
    "“Stolen queens are hard to trace,” said Wendel Achebe, the bureau’s regional director.\n"
)

draft = draft_fixture(DRAFT)


def title(doc: dict, snippet: str) -> str | None:
    return speaker_of(doc, snippet)["title"]


def body(doc: dict, snippet: str) -> str | None:
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_a_role_to_the_group_keeps_the_role_alone(draft):
    assert body(draft, "came through the frost") == "Meadow Keepers Alliance"
    assert title(draft, "came through the frost") == "adviser"


def test_its_role_keeps_the_role_alone(draft):
    assert body(draft, "acoustics surprised") == "Quarry Lane Orchestra"
    assert title(draft, "acoustics surprised") == "conductor"


def test_the_bureaus_role_keeps_the_role_alone(draft):
    assert body(draft, "Stolen queens") == "Federal Bureau of Investigation"
    assert title(draft, "Stolen queens") == "regional director"

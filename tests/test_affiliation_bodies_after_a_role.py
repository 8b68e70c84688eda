"""`The leader of the Anti-Erosion League, Pia Lundgren`: a title that ends on a role, `of` and a capitalised name
showing it is a body (here a name ending in a body's word) gives that body, though the tagger read the name as
something else; a relative's name is no body (a town after a mayor is the place she serves). Invented sentences,
real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Dune news.\n\n"
    "The leader of the Anti-Erosion League, Pia Lundgren, warned that the new pier would be “a wound in the "
    "dunes.”\n\n"
    "The mayor of Saltby, Joss Aberline, said the sand tax was “fair to every cottage.”\n\n"
    "The wife of Tobias Ekwall, Mona Ekwall, said the pier was “too long by half.”\n"
)

draft = draft_fixture(DRAFT)


def body(doc: dict, snippet: str) -> str | None:
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_a_body_named_after_the_role_is_hers(draft):
    assert body(draft, "a wound in the dunes") == "Anti-Erosion League"


def test_a_town_after_a_mayor_is_the_place_she_serves(draft):
    # (no body by this rule; a town's office names the town it serves: test_affiliation_local_government.py)
    assert body(draft, "fair to every cottage") == "Saltby"


def test_a_relative_after_the_role_is_no_body(draft):
    assert body(draft, "too long by half") is None

"""A title opening on a legislative chamber (`State Senate President Dov Kessler`) names that chamber as the
body, as a commission or council opening a title does. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "State Senate President Dov Kessler toured the new pier on Monday.\n\n"
    "\"It is a bad plan,\" Kessler said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_chamber_opening_a_title_is_the_organisation(draft):
    assert (quote_with(draft, "It is a bad plan")["affiliation"] or {}).get("name") == "State Senate"

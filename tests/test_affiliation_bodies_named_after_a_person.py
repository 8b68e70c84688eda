"""`the Tessa Marlow Foundation's Ivo Brandtner`: a body named after a person (a given name opening a name that
ends in a body's word) owning a name is still her body; the clause reader and the possessive reader now share
one check of what names a place, a party or a person. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Pier news.\n\n"
    "“We fund every pier on this coast,” said the Tessa Marlow Foundation’s Ivo Brandtner.\n"
)

draft = draft_fixture(DRAFT)


def test_a_foundation_named_after_a_person_owning_a_name_is_her_body(draft):
    assert (quote_with(draft, "every pier")["affiliation"] or {}).get("name") == "Tessa Marlow Foundation"

"""A person of whom the draft says nothing else speaks for the body she runs under her full name (`the Ann
Roe Foundation`); a place named after someone (`the Ivo Brandt Center`) is a memorial, not his body.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

DRAFT = (
    "Ann Roe said last week that the Ann Roe Foundation had raised money for the ferry fund.\n\n"
    "“We gave every dollar to the riders,” Roe said.\n\n"
    "Ivo Brandt spoke at the Ivo Brandt Center in Westport on Friday.\n\n"
    "“The harbor made me who I am,” Brandt said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_foundation_under_her_own_name_is_hers(draft):
    assert body_of(draft, "every dollar") == "Ann Roe Foundation"


def test_a_place_named_after_him_is_not_his_body(draft):
    assert body_of(draft, "made me who I am") is None

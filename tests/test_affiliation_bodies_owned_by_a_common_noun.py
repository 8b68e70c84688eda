"""`a trustee on the assembly's Harbor Committee`: after an owner named by a common noun and its possessive,
the capitalised words ending in a body's word name the body she speaks for (`committee` is also a role's
word); lower-case words there name none. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "“We will fight it,” said Tom Kessler, a longtime trustee on the assembly’s Harbor Committee.\n\n"
    "“The audit was late,” said Ann Velde, a member of the port’s Audit Board.\n\n"
    "“The rules are fine,” said Ruth Abel, a member of the town’s rules panel.\n"
)

draft = draft_fixture(DRAFT)


def body(doc: dict, snippet: str) -> str | None:
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_a_capitalised_committee_an_owner_holds_is_the_body(draft):
    assert body(draft, "We will fight it") == "Harbor Committee"
    assert body(draft, "The audit was late") == "Audit Board"


def test_a_lower_case_group_an_owner_holds_names_no_body(draft):
    assert body(draft, "The rules are fine") is None

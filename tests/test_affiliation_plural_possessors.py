"""A body whose name ends in a plural's s owns with a bare apostrophe (`Harbor News’ Ann Roe`, `Eastland
Times' Dov Kessler`): the body she works for, as with `’s`; an apostrophe that closes a title set in single
quotes owns nothing. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Harbor Ferries Face Delays.\n\n"
    "The ferry schedule slipped again on Monday. Harbor News’ Ann Roe noticed that none of the boats had left. "
    "“The boats have not run on time since May,” she said.\n\n"
    "“Nobody checks the hulls,” Eastland Times' Mara Velde said.\n\n"
    "On the radio show ‘Eastland Ferries News’ Ivo Brandt said the boats were late. "
    "“The tide is against us,” Brandt said.\n"
)

draft = draft_fixture(DRAFT)


def _body(snippet: str, doc: dict) -> str | None:
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_a_bare_apostrophe_after_a_plural_names_her_body(draft):
    assert _body("The boats have not run", draft) == "Harbor News"
    assert _body("Nobody checks the hulls", draft) == "Eastland Times"


def test_the_owner_is_part_of_the_mention(draft):
    assert quote_with(draft, "Nobody checks the hulls")["speaker"]["mention"] == "Eastland Times' Mara Velde"


def test_an_apostrophe_closing_a_quoted_title_owns_nothing(draft):
    assert _body("The tide is against us", draft) is None

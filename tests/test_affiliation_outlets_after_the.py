"""A possessor after `the` before a person's name (`The Spyglass’s Rafe Okon`) is the outlet she works for,
even when the tagger marks it a miscellaneous name: no person's name takes the article. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Harbor Ferries Face Delays.\n\n"
    "The ferry schedule slipped again on Monday.\n\n"
    "The Spyglass’s Rafe Okon provided a reply. “It is a mess,” Okon said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_possessor_after_the_article_is_her_outlet(draft):
    assert (quote_with(draft, "It is a mess")["affiliation"] or {}).get("name") == "Spyglass"

"""A role set off after the name that names its body by its common noun (`chair of the committee`, with no article
before the post, or `a keeper at the zoo who …`, a relative clause after it) serves the one body of that noun the draft
names. Invented sentences; the real Stanza models."""

from __future__ import annotations

from conftest import quote_with

DRAFT = ("Panel backs heart drug\n\n"
         "The Cardiac Drugs Advisory Committee voted six to four in favour after two days of hearings. Dr Ivo Brandt, "
         "chair of the committee, said members had argued late into the night. \"It was a close call,\" he said.\n\n"
         "A lynx slipped out of its enclosure at Harewood Zoo on Sunday. Mara Quill, a senior keeper at the zoo who "
         "has raised the cat since birth, said it had hidden in a hedge. \"Lynx are shy animals,\" she said.\n")


def test_a_chair_of_the_committee_serves_the_committee_named(check):
    draft = check(DRAFT)
    assert (quote_with(draft, "close call").get("affiliation") or {}).get("name") == "Cardiac Drugs Advisory Committee"


def test_a_keeper_at_the_zoo_with_a_relative_clause_serves_the_zoo_named(check):
    draft = check(DRAFT)
    assert (quote_with(draft, "shy animals").get("affiliation") or {}).get("name") == "Harewood Zoo"

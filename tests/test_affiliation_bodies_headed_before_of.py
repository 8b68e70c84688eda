"""`a spokesman for the bureau` a few sentences after `the Bureau of Tolls`: a body whose word stands before `of`
is the one its noun names, even past the sentence before; further back only a body named with that very word
counts. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "The Bureau of Tolls raised the fee on the Gullmoor bridge on Monday.\n\n"
    "Commuters queued at the booths before dawn. Some turned back. Others paid in coins.\n\n"
    "\u201cWe priced in the repairs,\u201d a spokesman for the bureau said.\n\n"
    "Greyfield Logistics laid off forty drivers on Thursday.\n\n"
    "The depot went quiet. A few drivers found work nearby. The rest waited.\n\n"
    "\u201cNothing has been fixed,\u201d an aide to the council said.\n\n"
    "The Office of Parks and Gardens replanted the square in April. "
    "\u201cThe tulips came from a local grower,\u201d the office\u2019s head gardener, Ida Fenwick, said.\n"
)

draft = draft_fixture(DRAFT)


def body(doc: dict, snippet: str) -> str | None:
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_the_body_word_before_of_is_the_noun_named_paragraphs_back(draft):
    assert body(draft, "priced in the repairs") == "Bureau of Tolls"


def test_further_back_a_body_of_another_word_is_not_the_noun(draft):
    assert body(draft, "Nothing has been fixed") != "Greyfield Logistics"


def test_a_possessed_noun_is_the_body_named_in_full_with_of(draft):
    assert body(draft, "tulips came from") == "Office of Parks and Gardens"


KIND = (
    "The ferry crews walked out at noon, and the Allied Federation of Deckhands backed them.\n\n"
    "\u201cNo boat leaves until the rota is fixed,\u201d union secretary Mort Ellery said.\n"
)

kind = draft_fixture(KIND)


def test_a_body_word_before_of_that_is_of_the_nouns_kind_is_the_noun(kind):
    # (`the union` may be a Federation of …: `body_kinds`; the head word before `of` must not shut it out)
    assert body(kind, "until the rota is fixed") == "Allied Federation of Deckhands"

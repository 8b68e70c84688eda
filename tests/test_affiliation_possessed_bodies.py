"""`the ferry board's treasurer`: a title owning its body through a common noun speaks for the body the
draft names before it with that noun capitalised (`the Eastland Ferry Board`); a place noun (`the
state's governor`) and a name given only after the person are no body. A capitalised possessor that names
no one (`Harbin’s vice president of finance`) is the body; a person named in the draft is not. Invented sentences,
real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

DRAFT = (
    "The Eastland Ferry Board voted to raise fares on Monday.\n\n"
    "“The boats are old,” said Ann Roe, the ferry board's treasurer.\n\n"
    "“Fares must rise,” said Tom Ruhl, the state's governor.\n\n"
    "“Nobody asked us,” said Ida Lund, the guild's secretary.\n\n"
    "The Harbor Pilots Guild met later.\n\n"
    "“Costs are down,” said Gus Vole, Harbin’s vice president of finance.\n\n"
    "Mayor Ann Velde toured the pier.\n\n"
    "“The pier is safe,” said Mia Stone, Velde's director of planning.\n"
)

draft = draft_fixture(DRAFT)


def test_a_common_noun_owner_is_the_body_named_before(draft):
    assert body_of(draft, "The boats are old") == "Eastland Ferry Board"


def test_a_place_noun_or_a_body_named_only_after_is_no_owner(draft):
    assert body_of(draft, "Fares must rise") is None
    assert body_of(draft, "Nobody asked us") is None


def test_a_capitalised_possessor_naming_no_one_is_the_body(draft):
    assert body_of(draft, "Costs are down") == "Harbin"
    assert body_of(draft, "The pier is safe") != "Velde"

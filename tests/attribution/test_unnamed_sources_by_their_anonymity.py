"""A source the draft says asked not to be named is a person left unnamed, whatever the noun that describes them
(`a dock hand who asked not to be named`), and so is a union's shop steward; the clause that says so may run on
with the reason (`because he was not authorized to speak`) after a sentence's opening `But`, and the speech verb
after it still has that source as its subject. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "The dockworkers’ union met on Friday to vote on the new shift rota.\n\n"
    "Frank Ode, president of the union’s harbor local, said his members were \u201cready to go.\u201d "
    "But a shop steward who asked not to be named because he was not authorized to speak said: "
    "\u201cHalf the crew is still out sick.\u201d\n\n"
    "A dock hand who asked not to be named said: \u201cNobody asked us about the rota.\u201d\n\n"
    "A shop steward at the north gate said the vote would pass. \u201cIt is a formality,\u201d the steward said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_source_who_asked_not_to_be_named_is_unnamed_whatever_the_noun(draft):
    who = speaker_of(draft, "Nobody asked us")
    assert who["type"] == "unnamed"


def test_the_clause_that_keeps_a_source_unnamed_may_give_its_reason(draft):
    who = speaker_of(draft, "still out sick")
    assert who["type"] == "unnamed"
    assert who["name"] != "Frank Ode"


def test_a_shop_steward_is_a_person(draft):
    assert speaker_of(draft, "a formality")["type"] == "unnamed"

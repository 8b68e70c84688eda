"""An ordinal after `a` or `another` counts the story's sources (`said a second official`, `a third Treasury
official`): no part of the title and no ranking, so the role and its body are read as for `a senior Treasury
official`. A ranking (`the next chairman of X`) still holds no post. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "The budget talks stalled. “There is no deal yet,” said a second official. “We expect more delays,” a third "
    "Treasury official said. “The numbers do not add up,” a senior Treasury official said.\n\n"
    "Jane Roe, the next chairman of the Harbor Commission, was calm. “We will find the money,” Roe said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_counting_ordinal_leaves_the_role(draft):
    assert speaker_of(draft, "no deal yet")["title"] == "official"


def test_a_counting_ordinal_leaves_the_role_and_its_body(draft):
    assert speaker_of(draft, "more delays")["title"] == "official"
    assert quote_with(draft, "more delays")["affiliation"]["name"] == "Treasury"


def test_a_ranked_description_still_holds_no_post(draft):
    assert speaker_of(draft, "find the money")["title"] is None

"""`the group said`, `the company added`: a definite noun for a body stands for the body the draft just
named, not for an unnamed source (invented sentences, real pipeline)."""

from __future__ import annotations

import pytest

from conftest import speaker_of

DRAFT = (
    "The Harbor Watch Foundation declined to discuss the lawsuit on Monday.\n\n"
    "\u201cWe are focused on clean water,\u201d the group said on its website.\n\n"
    "The Eastland Rail Company raised fares for the third time this year. "
    "\u201cCosts went up,\u201d the company said.\n\n"
    "Protesters gathered outside the depot in the rain. \u201cShame!\u201d the group chanted.\n\n"
    "On Friday a lobbying group for the ferry owners filed a complaint. "
    "\u201cThe fares are unfair,\u201d the group wrote.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


def test_the_group_after_a_body_opens_a_sentence_is_that_body(draft):
    speaker = speaker_of(draft, "clean water")
    assert speaker["name"] == "Harbor Watch Foundation"
    assert not speaker["anonymous"]


def test_a_specific_body_noun_is_the_body_named_with_it(draft):
    assert speaker_of(draft, "Costs went up")["name"] == "Eastland Rail Company"


@pytest.mark.parametrize("quote", ["Shame!", "fares are unfair"])
def test_a_group_of_people_or_one_described_stays_unnamed(draft, quote):
    speaker = speaker_of(draft, quote)
    assert speaker["name"] not in ("Harbor Watch Foundation", "Eastland Rail Company")
    assert speaker["anonymous"]

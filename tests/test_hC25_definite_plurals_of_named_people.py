"""`"…," the senators wrote` after two senators the draft names: those people, named, so no unnamed source; a
group brought in since by a count (`Several senators attended`) is still an unnamed one (invented sentences,
real pipeline)."""

from __future__ import annotations

import pytest

from conftest import speaker_of

DRAFT = (
    "Harbor inquiry\n\n"
    "Sen. Ann Roe and Sen. Ivo Brandt sent a letter to the port police on Monday.\n\n"
    "\u201cThe evidence appears to contradict her testimony,\u201d the senators wrote.\n\n"
    "Several senators attended the hearing. \u201cIt was a circus,\u201d the senators said afterwards.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


def test_a_definite_plural_of_people_named_before_is_no_unnamed_source(draft):
    assert not speaker_of(draft, "contradict her testimony")["anonymous"]


def test_a_group_counted_since_stays_unnamed(draft):
    assert speaker_of(draft, "It was a circus")["anonymous"]

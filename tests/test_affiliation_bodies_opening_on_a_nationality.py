"""A body's name may open on a nationality word (`American Harbor President Ann Roe`): the words up to the
title are that body, not the country's presidency; a nationality alone before a title (`Russian President`)
still names the nation's office. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "\u201cThe ferry fares will fall,\u201d said American Harbor President Ann Roe.\n\n"
    "\u201cThe pier will close,\u201d said Canadian Ferry Trust President Dov Kessler.\n\n"
    "\u201cThe tolls are too high,\u201d said Russian President Ivo Petrov.\n"
)

draft = draft_fixture(DRAFT)


def test_a_name_opening_on_a_nationality_is_the_body(draft):
    assert body_of(draft, "ferry fares will fall") == "American Harbor"
    assert speaker_of(draft, "ferry fares will fall")["title"] == "President"


def test_the_nationality_stays_in_a_longer_name(draft):
    assert body_of(draft, "pier will close") == "Canadian Ferry Trust"


def test_a_nationality_alone_names_the_office(draft):
    assert body_of(draft, "tolls are too high") == "President of Russia"

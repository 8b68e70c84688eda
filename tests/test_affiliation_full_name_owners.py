"""A person named in full before her campaign's staff role (`Jane Roe campaign manager Tom Ferris`) owns the
campaign whole: the organisation is `Jane Roe campaign`, and no half of her name is left in the title.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = "The race tightened on Monday. “We are ahead in every poll,” Jane Roe campaign manager Tom Ferris said.\n"

draft = draft_fixture(DRAFT)


def test_the_owner_name_stays_whole_in_the_organisation(draft):
    assert speaker_of(draft, "ahead in every poll")["title"] == "campaign manager"
    assert quote_with(draft, "ahead in every poll")["affiliation"]["name"] == "Jane Roe campaign"

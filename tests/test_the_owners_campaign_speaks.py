"""`The Tull campaign called the ads "a disgrace."`: the campaign speaks, as `Tull's campaign` already did, not the
candidate; a campaign's staffer described by it (`a Tull campaign spokesman`) is still an unnamed person. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

CAMPAIGN = (
    "Ads draw fire\n\n"
    "State Sen. Nora Tull is running for governor.\n\n"
    'The Tull campaign called the ads "a disgrace."\n\n'
    '"We did not ask for them," said a Tull campaign spokesman.\n'
)

campaign = draft_fixture(CAMPAIGN)


def test_the_owners_campaign_is_the_body_that_speaks(campaign):
    speaker = speaker_of(campaign, "a disgrace")
    assert (speaker["name"], speaker["type"]) == ("Tull campaign", "organisation")


def test_a_campaign_spokesman_stays_an_unnamed_person(campaign):
    assert speaker_of(campaign, "did not ask for them")["type"] == "unnamed"

"""`In a statement, Cole for President said …`: a person's name, `for` and the office sought (data
`campaign_committee_offices`) name a campaign committee, which speaks as a body, not as the candidate. `In Marlowe,
a nurse at a small clinic, … said`: a name right after the preposition that opens a sentence, set off by a comma, is
a place, so the description after it is nobody's appositive (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Campaign notebook\n\n"
    "The campaign of the Republican nominee, former Sen. Jessamyn Cole of Arizona, was quick to respond. In a "
    "statement, Cole for President said Oyelaran had voted “in lockstep with the extreme wing of his party.”\n\n"
    "Later, Cole herself said the pick was “a safe choice.”\n\n"
    "In Marlowe, a nurse at a small clinic, who asked not to be named because her employer has not taken a "
    "position, said she sees uninsured patients every day.\n\n"
    "“Half of the people I see have no insurance,” the nurse said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_campaign_committee_speaks_as_a_body(draft):
    speaker = speaker_of(draft, "in lockstep")
    assert speaker["type"] == "organisation"
    assert speaker["name"] == "Cole for President"


def test_the_candidate_herself_is_still_the_person(draft):
    assert speaker_of(draft, "a safe choice")["name"] == "Jessamyn Cole"


def test_a_place_opening_a_sentence_is_no_speaker(draft):
    assert speaker_of(draft, "Half of the people")["type"] == "unnamed"

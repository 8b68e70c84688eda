"""The body someone speaks for, stated with a role of its own (`the morning host for Kestrel FM`, `Ollard is the
treasurer of the Wharf League`), gives the role a report shows beside it: a description stated apart from any body
(`popular weather forecaster Ysolde Marrow`, `barge campaigner Bastien Ollard`) gives way. A seat she holds (`Sen. X`)
stays. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Lockgate Weekly\n\n"
    "The shouting at the lock began on Sunday, when canal warden Piet Sorrow waved popular weather forecaster "
    "Ysolde Marrow away from the gates.\n\n"
    "Twice the morning host for Kestrel FM had asked about the flooded towpath.\n\n"
    "“Somebody has to say the water is rising,” Marrow said.\n\n"
    "Longtime barge campaigner Bastien Ollard wants a seat on the county board.\n\n"
    "Ollard is the treasurer of the Wharf League, which restores old barges.\n\n"
    "“The barges are older than the bridges,” Ollard said.\n\n"
    "Sen. Quill Harnett toured the wharf after lunch.\n\n"
    "Harnett is chairwoman of the Tidewater Caucus, a group of river-town lawmakers.\n\n"
    "“We will find the money for dredging,” Harnett said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_role_stated_with_the_body_beats_a_description_without_one(draft):
    speaker = speaker_of(draft, "water is rising")
    assert speaker["title"].startswith("morning host")


def test_a_predicated_post_with_its_body_beats_a_description_before_the_name(draft):
    speaker = speaker_of(draft, "older than the bridges")
    assert speaker["title"] == "treasurer"


def test_a_seat_stays_beside_a_body_stated_elsewhere(draft):
    assert speaker_of(draft, "money for dredging")["title"] == "senator"

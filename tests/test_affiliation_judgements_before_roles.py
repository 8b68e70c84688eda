"""Words that judge a person opening her title (`powerful`, `famously gruff`) say how she is seen, not the
post she holds, and are left out when a role follows. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "The vote on the kiln levy went late into the night, and powerful Potters Guild President Wren Adair stayed "
    "to the end.\n\n"
    "“The levy will pass next spring,” Adair said.\n\n"
    "Across the hall, Pim Okoro, a famously gruff organiser, counted the ballots twice. “Two were blank,” Okoro said.\n"
)

draft = draft_fixture(DRAFT)


def test_powerful_is_no_part_of_the_post(draft):
    assert speaker_of(draft, "levy will pass")["title"] == "President"


def test_gruff_is_no_part_of_the_post(draft):
    assert speaker_of(draft, "Two were blank")["title"] == "organiser"

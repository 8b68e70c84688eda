"""One quote has one speaker. A quote running over paragraphs (its first paragraph left open, the next
reopened, in double or British single marks) belongs to the speaker its own cue names in a later
paragraph, over a guess from the quotes or sentences before it: an editor would otherwise see the first
paragraph credited to the last person quoted. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "The ferry board met on Tuesday in Westport.\n\n"
    "“Fares will rise,” said Tom Ferris, the board's treasurer.\n\n"
    "Ferris said the board would listen to everyone.\n\n"
    "'Nobody on this board has crossed the bay in winter,\n\n"
    "'and nobody here has paid for a ticket in years,' said Ann Roe, a harbour pilot.\n\n"
    "Ferris spoke again later.\n\n"
    "“We hear every rider.\n\n"
    "“We will publish the accounts in March,” said Lena Marsh, the board's chair.\n"
)

draft = draft_fixture(DRAFT)


def test_the_opening_paragraph_is_the_speaker_named_at_its_end(draft):
    assert speaker_of(draft, "crossed the bay in winter")["name"] == "Ann Roe"
    assert speaker_of(draft, "paid for a ticket")["name"] == "Ann Roe"


def test_a_cue_in_the_last_paragraph_outranks_the_last_speaker(draft):
    assert speaker_of(draft, "We hear every rider")["name"] == "Lena Marsh"


def test_the_opening_paragraph_is_not_flagged_as_inferred(draft):
    opening = quote_with(draft, "We hear every rider")
    assert opening["sieve"] == "multi-paragraph"
    assert not [f for f in draft["findings"] if f["rule"] == "inferred-attribution" and f["quote_id"] == opening["id"]]

"""A pull quote credited in its own paragraph, after the quote and with no verb (`"…works." Jane Doe,
mayor of Westport.`), is the credited person's, as a credit line on a line of its own is; a name and
a sentence about it (`Jane Doe left early.`) is not a credit. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "Ferry fares will rise in June, the council said on Monday.\n\n"
    "“I never agreed to that,” said Bill Marsh, a councillor.\n\n"
    "“The ferry pays for itself.” Helen Ward, mayor of Westport.\n\n"
    "“Ask the riders first.” Dora Quill, chair of the riders' union.\n\n"
    "“We will see.” Tom Ferris walked out of the hall before the vote.\n"
)

draft = draft_fixture(DRAFT)


def test_the_credit_after_the_quote_names_its_speaker(draft):
    assert speaker_of(draft, "pays for itself")["name"] == "Helen Ward"
    assert quote_with(draft, "pays for itself")["sieve"] == "credit-line"


def test_the_credit_carries_the_title(draft):
    speaker = speaker_of(draft, "Ask the riders first")
    assert speaker["name"] == "Dora Quill"
    assert "chair" in (speaker["title"] or "")


def test_a_sentence_about_a_name_is_no_credit(draft):
    assert quote_with(draft, "We will see")["sieve"] != "credit-line"

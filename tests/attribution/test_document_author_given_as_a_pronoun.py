"""`Marwood walked the boardwalk. She wrote in a letter … "…," the letter read`, `His campaign sent an email … "…,"
the email said`: a document whose author the draft gives as a pronoun, or as a body a possessive pronoun names,
speaks for whom the pronoun means; when the pronoun means no one named, the document stays the source (invented
sentences, real pipeline)."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "They said in a report on Monday that the old lighthouse keeps drawing visitors.\n\n"
    "\u201cThe lamp room is full every weekend,\u201d the report said.\n\n"
    "Councillor Edith Marwood walked the flooded boardwalk on Tuesday. She said in a statement that repairs "
    "would begin within a month.\n\n"
    "\u201cThe pilings are older than anyone thought,\u201d the statement said.\n\n"
    "Osric Pellham is running for mayor of Dunmore. His campaign sent an email to volunteers on Wednesday.\n\n"
    "\u201cEvery doorstep counts this weekend,\u201d the email said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_statement_a_she_spoke_in_is_the_person_she_means(draft):
    speaker = speaker_of(draft, "pilings are older")
    assert speaker["name"] == "Edith Marwood"
    assert speaker["mention"] == "the statement"


def test_an_email_his_campaign_sent_is_that_campaign(draft):
    speaker = speaker_of(draft, "Every doorstep")
    assert speaker["name"] == "Pellham campaign"
    assert speaker["type"] == "organisation"


def test_a_report_whose_pronoun_means_no_one_stays_the_source(draft):
    speaker = speaker_of(draft, "lamp room")
    assert speaker["name"] == "the report"
    assert speaker["type"] == "other"

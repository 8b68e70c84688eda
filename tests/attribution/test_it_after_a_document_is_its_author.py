"""`The authority sent a letter. "…," the letter said. "…," it said`: an `it` that takes up a document the draft
named the author of speaks for that author, as the document does; an `it` after a document no one is named as the
author of stays the document. A statement someone put out is such a document, and its author may be a person set
off after a description the parse joins to it (`Her rival, Gov. Ann Roe, conceded in a brief statement`)
(invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "The Kestrel Valley Transit Authority sent a letter to season-ticket holders on Monday.\n\n"
    "\u201cNight buses will return to the hill routes in April,\u201d the letter said.\n\n"
    "\u201cNo route will lose a stop,\u201d it said.\n\n"
    "An audit handed to the council on Thursday counted forty buses past their service life.\n\n"
    "\u201cThe depot cannot keep the old fleet running,\u201d the audit said.\n\n"
    "\u201cSpare parts are no longer made,\u201d it said.\n\n"
    "Alma Rivera won the ferry board seat by forty votes.\n\n"
    "Her rival, Gov. Peter Lindqvist, conceded in a brief statement. "
    "\u201cWe wish the new member well,\u201d it said.\n"
)

draft = draft_fixture(DRAFT)


def test_it_after_a_letter_a_body_sent_is_that_body(draft):
    speaker = speaker_of(draft, "No route will lose")
    assert speaker["name"] == "Kestrel Valley Transit Authority"
    assert speaker["type"] == "organisation"
    assert speaker["mention"] == "it"


def test_it_after_a_document_with_no_author_named_stays_the_document(draft):
    speaker = speaker_of(draft, "Spare parts")
    assert speaker["name"] == "the audit"
    assert speaker["type"] == "other"


def test_it_after_a_statement_is_the_person_who_put_it_out(draft):
    assert speaker_of(draft, "wish the new member well")["name"] == "Peter Lindqvist"

"""`The water board said in a statement … "…," the statement said`: a document the draft refers back to speaks
for whoever the draft said issued it, also when a time stands between the verb that puts it out and its `by`
(`a report released Tuesday by the office`); a document with no author named stays the source (invented sentences,
real pipeline)."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "The Corrow Valley Water Board said in a statement on Friday that it would lift the hosepipe ban next week.\n\n"
    "\u201cReservoirs have recovered faster than we hoped,\u201d the statement said.\n\n"
    "Councillor Edda Marlowe wrote a letter to the board in March urging an earlier end to the ban.\n\n"
    "\u201cGardeners have waited long enough,\u201d the letter said.\n\n"
    "A notice signed by the Hesketh Anglers Club went up at the lock on Sunday.\n\n"
    "\u201cFishing on the upper reach resumes in May,\u201d the notice said.\n\n"
    "A report leaked to a local paper last month found that the mains lose water at every joint.\n\n"
    "\u201cOne litre in five never reaches a tap,\u201d the report said.\n\n"
    "Gwillim Fenlow and Tamsyn Corrow wrote a memo to the board before the vote.\n\n"
    "\u201cThe ban should stay until autumn,\u201d the memo said.\n\n"
    "Ravensby said in a statement on Tuesday that it would reopen the ferry ramp by June.\n\n"
    "\u201cEvery crossing will be inspected,\u201d the statement said.\n\n"
    "The risks were set out in a filing released Tuesday by the Harbor Budget Office.\n\n"
    "\u201cEach week of closure costs the port a cargo ship,\u201d the filing said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_statement_a_body_spoke_in_is_that_body(draft):
    speaker = speaker_of(draft, "Reservoirs have recovered")
    assert speaker["name"] == "Corrow Valley Water Board"
    assert speaker["mention"] == "the statement"


def test_a_letter_a_person_wrote_is_that_person(draft):
    assert speaker_of(draft, "Gardeners have waited")["name"] == "Edda Marlowe"


def test_a_notice_signed_by_a_body_is_that_body(draft):
    assert speaker_of(draft, "Fishing on the upper reach")["name"] == "Hesketh Anglers Club"


def test_a_document_with_no_author_named_stays_the_source(draft):
    speaker = speaker_of(draft, "One litre in five")
    assert speaker["name"] == "the report"
    assert speaker["type"] == "other"


def test_a_document_two_people_wrote_stays_the_source(draft):
    assert speaker_of(draft, "ban should stay")["name"] == "the memo"


def test_a_one_word_author_its_sentence_calls_it_is_a_body(draft):
    speaker = speaker_of(draft, "Every crossing")
    assert speaker["name"] == "Ravensby"
    assert speaker["type"] == "organisation"


def test_a_filing_released_on_a_day_by_a_body_is_that_body(draft):
    assert speaker_of(draft, "costs the port a cargo ship")["name"] == "Harbor Budget Office"

"""A cue before the quote whose nearest words are not the speaker: a passive with no subject of its own (`told the
council when asked about the levy:`), a clause whose subject is a thing and whose object is a person named right
before the colon, and a name set off by dashes after a description, with a clause of its own naming someone else;
a participle's subject after a dateline the parse made the subject, with the name its conjunct. Invented sentences,
real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_name, speaker_of

DRAFT = (
    "The council met on Monday to debate the levy.\n\n"
    "Treasurer Rosa Dunn told the council when asked last week about the levy: \u201cThat matter is being "
    "handled by the auditors.\u201d\n\n"
    "The size of the crowd did not surprise harbor organizer Ann Roe: \u201cWe expected twice as many people.\u201d\n\n"
    "A former harbor master -- Ivo Marsh, who lost the 2010 race to Dana Kline -- said the plan \u201coffers nothing "
    "new to the fishermen.\u201d\n\n"
)

DATELINED = (
    "WASHINGTON \u2014 White House press secretary Dana Forst defended the decision to delay the grants, telling "
    "reporters the pause would be \u201ca matter of days, not weeks.\u201d\n\n"
    "\u201cNobody will be left out,\u201d Forst said.\n"
)

draft = draft_fixture(DRAFT)
datelined = draft_fixture(DATELINED)


def test_the_one_asked_is_the_subject_of_the_tag(draft):
    assert speaker_name(draft, "handled by the auditors") == "Rosa Dunn"


def test_a_person_closing_a_clause_about_a_thing_speaks(draft):
    who = speaker_of(draft, "twice as many")
    assert who["name"] == "Ann Roe"
    assert who["title"] == "harbor organizer"


def test_the_name_set_off_by_dashes_is_the_subject(draft):
    assert speaker_name(draft, "nothing new") == "Ivo Marsh"



def test_a_participle_after_a_dateline_is_the_name_after_it(datelined):
    assert speaker_name(datelined, "matter of days") == "Dana Forst"

"""`"…," a surveyor for the Ostermoor Canal Trust, Halvard Quennell, said`: a nameless description set off before a
name is that named person, whether the description ends on the body the person serves or opens on a body's name
the tagger takes for a person (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "Grain barges will stop at Pellham Quay for the rest of the month while divers inspect the piers.\n\n"
    "\u201cNobody expected the pilings to go this fast,\u201d a surveyor for the Ostermoor Canal Trust, "
    "Halvard Quennell, said after the dive.\n\n"
    "\u201cWe are replacing four of them before the frost,\u201d the chief engineer of Brinnick Dredging, "
    "Sunniva Oakes, told the parish council.\n\n"
    "\u201cThe towpath bridge reopens on Monday,\u201d a Ravensby spokeswoman, Ysolde Ansty, said.\n\n"
    "\u201cTimetables will be posted on Friday,\u201d said a spokeswoman for the barge cooperative, Maud Treleaven.\n"
)

draft = draft_fixture(DRAFT)


def test_a_description_ending_on_a_body_names_the_person_after_it(draft):
    speaker = speaker_of(draft, "pilings to go")
    assert speaker["name"] == "Halvard Quennell"
    assert speaker["anonymous"] is False
    assert speaker["mention"] == "a surveyor for the Ostermoor Canal Trust, Halvard Quennell"


def test_a_definite_role_of_a_body_is_the_name_after_it_not_someone_before(draft):
    assert speaker_of(draft, "replacing four")["name"] == "Sunniva Oakes"


def test_a_body_before_the_role_is_not_the_speaker(draft):
    speaker = speaker_of(draft, "towpath bridge")
    assert speaker["name"] == "Ysolde Ansty"
    assert speaker["mention"] == "a Ravensby spokeswoman, Ysolde Ansty"


def test_the_description_after_the_verb_still_names_the_person(draft):
    assert speaker_of(draft, "Timetables")["name"] == "Maud Treleaven"
    assert quote_with(draft, "Timetables")["speaker"]["anonymous"] is False

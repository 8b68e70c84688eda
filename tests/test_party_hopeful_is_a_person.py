"""`the GOP hopeful told reporters`: a party word before `hopeful` (which the tagger may read as an
adjective) is a candidate, a person, not the party speaking. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Ann Velde, a Republican, is running for governor of Eastland.\n\n"
    "\u201cThe ferry tax is dead,\u201d the GOP hopeful told reporters on Monday.\n"
)

draft = draft_fixture(DRAFT)


def test_a_party_hopeful_is_a_person_not_the_party(draft):
    speaker = speaker_of(draft, "ferry tax")
    assert speaker["type"] == "person"
    assert speaker["name"] == "Ann Velde"
    assert speaker["party"] == "Republican Party"

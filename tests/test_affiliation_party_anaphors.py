"""A title that says `party` without naming one (`party chairman Ann Roe`, `State party chairman Tom Ferris`)
means the party the draft named last before the person; a party named in the title (`the Harbor Ferry
Party`) stays the body read. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Eastland Republicans met in Dunmore on Saturday to pick delegates for the summer.\n\n"
    "After the vote, party chairman Ann Roe called for calm. “We leave united,” Roe said.\n\n"
    "Ida Moss, a director of the Harbor Ferry Party, watched from the back. “We will run our own slate,” "
    "Moss said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_party_chairman_belongs_to_the_party_named_before(draft):
    assert speaker_of(draft, "We leave united")["party"] == "Republican Party"


def test_a_party_named_in_the_title_is_no_anaphor(draft):
    assert speaker_of(draft, "our own slate")["party"] is None

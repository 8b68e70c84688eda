"""A person's staff role written capitalised before the name (`Press Secretary Tom Arden`) names no body: it is
`press secretary` (data `campaign_staff`), so another body the draft named for someone else (`The Council on
Rural Schools executive director …`) is not given to her. A body's common noun before a role still is (`Bureau
Director`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

STAFF_ROLE = (
    "Parents packed the school gym on Monday night.\n\n"
    "The Council on Rural Schools executive director Omar Haddad warned parents in a letter that the plan "
    '"has gone too far."\n\n'
    'Reporters questioned Press Secretary Tom Arden about the details. "We have nothing more to add," Arden said.\n'
)

staff_role = draft_fixture(STAFF_ROLE)


def test_a_capitalised_press_secretary_takes_no_body_named_for_someone_else(staff_role):
    assert speaker_of(staff_role, "nothing more to add")["name"] == "Tom Arden"
    assert body_of(staff_role, "nothing more to add") is None


def test_the_body_stated_beside_the_other_role_stays_its_holders(staff_role):
    assert body_of(staff_role, "has gone too far") == "Council on Rural Schools"

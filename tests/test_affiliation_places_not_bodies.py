"""Places and furniture are no body a speaker speaks for: a state before a state office however the
tagger labels it, `State` before a legislator's title, a state's secretary of state, a nationality
before a role not held for a state, and a photo credit glued to the caption's first word. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "“The ferry is late,” Utah Lt. Gov. Dan Vale told reporters.\n\n"
    "“The vote is Tuesday,” said State Rep. Tom Kessler.\n\n"
    "“The ballots are ready,” said Ann Roe, the Ohio secretary of state, who runs the count.\n\n"
    "“Talks go on,” said Lena Marsh, the secretary of state.\n\n"
    "“It is cold,” said Peter Vale, a Danish engineer who builds ferries.\n\n"
    "“The border stays open,” said Ana Ruiz, a Danish diplomat.\n\n"
    "Opening day at the marina. Ann Vole/ReutersHarbor commissioners Ivo Brandt and Dora Quist cut the "
    "ribbon.\n\n"
    "“We will sail,” Brandt said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_state_before_a_state_office_is_no_body(draft):
    assert body_of(draft, "The ferry is late") is None
    assert speaker_of(draft, "The ferry is late")["title"] == "Utah lieutenant governor"


def test_state_before_a_legislators_title_is_no_national_chamber(draft):
    assert body_of(draft, "The vote is Tuesday") is None


def test_a_states_secretary_of_state_is_not_the_state_department(draft):
    assert body_of(draft, "The ballots are ready") == "Ohio"  # (her state, set off after her name)
    assert body_of(draft, "Talks go on") == "State Department"


def test_a_nationality_before_a_role_held_for_no_state_names_no_body(draft):
    assert body_of(draft, "It is cold") is None
    assert body_of(draft, "The border stays open") == "Denmark"


def test_a_photo_credit_glued_to_a_caption_is_no_part_of_the_title(draft):
    assert speaker_of(draft, "We will sail")["title"] == "Harbor commissioner"

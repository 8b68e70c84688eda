"""`Many in the crowd chanted "…"`, `Some in the audience shouted "…"`: a count of a crowd is unnamed
people, not a thing. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Rally at the Docks\n\n"
    "The governor spoke for half an hour at the rally in Port Elvy on Sunday. Many in the crowd chanted "
    "\"finish the bridge\" as she left the stage.\n\n"
    "The minister took questions at a town hall in Dunmore. Some in the audience shouted \"shame on you\" "
    "when he mentioned the clinic.\n\n"
    "Some in the Harbor Guild warned \"the tolls will ruin us\" on Monday.\n"
)

draft = draft_fixture(DRAFT)


def test_many_in_the_crowd_are_unnamed_people(draft):
    speaker = speaker_of(draft, "finish the bridge")
    assert (speaker["name"], speaker["type"]) == ("Many in the crowd", "unnamed")


def test_some_in_the_audience_are_unnamed_people(draft):
    speaker = speaker_of(draft, "shame on you")
    assert (speaker["name"], speaker["type"]) == ("Some in the audience", "unnamed")


def test_some_in_a_named_body_are_no_crowd(draft):
    assert speaker_of(draft, "tolls will ruin")["type"] == "organisation"

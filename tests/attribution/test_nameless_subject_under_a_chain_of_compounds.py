"""`A woman loading photo albums into a truck said …`: the tagger may take the participle for a noun and the parse
chain it, by compounds, onto the object (`albums`), which it then makes the subject. The woman is still who speaks
and who a she after her is; a man named before is not (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Flood aid slow to arrive\n\n"
    "Mayor Josefina Ardent toured Front Street on Monday. “We need help now,” Ardent said.\n\n"
    "A woman loading photo albums into a truck said she had seen no one from the state. "
    "“Nobody has knocked on this door,” she said.\n\n"
    "A man stacking sand bags by the church said, “The river came up in an hour.”\n"
)

draft = draft_fixture(DRAFT)


def test_a_she_after_a_nameless_subject_under_compounds_is_that_woman(draft):
    speaker = speaker_of(draft, "Nobody has knocked")
    assert speaker["type"] == "unnamed"
    assert speaker["name"].startswith("A woman loading photo albums")


def test_a_nameless_speaker_under_compounds_is_a_person_not_a_thing(draft):
    speaker = speaker_of(draft, "The river came up")
    assert speaker["type"] == "unnamed"
    assert speaker["name"].startswith("A man stacking sand bags")

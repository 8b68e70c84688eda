"""`the GOP's Mark Tillis`, `the Harbor Union Party's Nadav Shem`: a party owning a name (no role between) is the
party that person belongs to, shown as the party, not as a body she speaks for; a body owning a name still gives
the body. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "Run-off set in Eastland\n\n"
    "The GOP’s Mark Tillis conceded the seat on Tuesday night.\n\n"
    "“It was close, and we will be back,” Tillis said.\n\n"
    "“Values should come first,” the Harbor Union Party’s Nadav Shem told reporters.\n\n"
    "“We will cover the count all night,” the Harbor Courier’s Lena Brask said.\n\n"
    "Labour held its majority on Fenwick City Council by two seats.\n\n"
    "Ivo Marsh defeated Labour’s Dennis Whitby, the council’s deputy leader, by 37 votes.\n\n"
    "“I have lost elections before,” Whitby said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_known_party_owning_a_name_is_her_party(draft):
    speaker = speaker_of(draft, "we will be back")
    assert speaker["name"] == "Mark Tillis"
    assert speaker["party"] == "Republican Party"
    assert body_of(draft, "we will be back") is None


def test_a_party_the_knowledge_base_does_not_know_is_read_by_its_last_word(draft):
    assert speaker_of(draft, "Values should come first")["party"] == "Harbor Union Party"


def test_a_body_owning_a_name_is_still_her_body(draft):
    assert speaker_of(draft, "cover the count")["party"] is None
    assert body_of(draft, "cover the count") == "Harbor Courier"


def test_a_party_owning_a_name_leaves_the_body_her_role_names(draft):
    speaker = speaker_of(draft, "lost elections before")
    assert speaker["name"] == "Dennis Whitby"
    assert speaker["party"] == "Labour Party"
    assert body_of(draft, "lost elections before") == "Fenwick City Council"

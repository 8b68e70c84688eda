"""`Dunmore's mayor, X`, `X, Quillory's head of sales`: a one-word owner the knowledge base does not list, read
as the body the role serves, leaves the bare role as the title (as `Harbor Rail's chief executive X` does),
not the owner and the role together. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "# Winter plans\n\n"
    "“Snow crews start on the hill streets first,” said Dunmore's mayor, Ada Voss.\n\n"
    "“Our kettles sell best in the cold months,” said Bram Okafor, Quillory's head of sales.\n"
)

draft = draft_fixture(DRAFT)


def test_a_town_owning_a_role_before_a_name_leaves_the_bare_role(draft):
    speaker = speaker_of(draft, "hill streets")
    assert speaker["name"] == "Ada Voss"
    assert speaker["title"] == "mayor"
    assert body_of(draft, "hill streets") == "Dunmore"


def test_a_firm_owning_a_role_after_a_name_leaves_the_bare_role(draft):
    speaker = speaker_of(draft, "kettles sell")
    assert speaker["title"] == "head of sales"
    assert body_of(draft, "kettles sell") == "Quillory"

"""A description built on hyphenated words (`the three-time Gull-winning singer-comedian`) describes the
person named before it: a capitalised word glued to a participle (`Gull-winning`) is no name in it, a
hyphenated word counts as one word of its length, and a role such a figure plays (`singer`) is a title
(invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Lena Cole opened her new gallery in Eastport on Friday.\n\n"
    "The three-time Gull-winning singer-comedian, whose show fills the harbor hall each summer, said little "
    "at the opening.\n\n"
    "\u201cCome and look at the boats,\u201d Cole told her guests.\n"
)

draft = draft_fixture(DRAFT)


def test_the_award_compound_description_is_the_person_named_before(draft):
    cole = speaker_of(draft, "look at the boats")
    assert cole["name"] == "Lena Cole"
    assert cole["title"] == "three-time Gull-winning singer-comedian"

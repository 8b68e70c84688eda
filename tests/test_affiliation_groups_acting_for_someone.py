"""A plural role before `for` or `to` and the one the group acts for (`lawyers for the commissioner`, `aides to
the mayor`) is the title each of them holds, as a single lawyer's would be, not the title of the one they act
for; a group that acts for no one (`fans of the ferry`) holds no title. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Ann Roe, the harbor commissioner, approved the plan on Monday.\n\n"
    "\u201cThe vote was rigged,\u201d lawyers for the commissioner said.\n\n"
    "\u201cThe pier stays closed,\u201d aides to the mayor said.\n\n"
    "\u201cWe love the ferry,\u201d fans of the ferry said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_group_acting_for_someone_holds_the_groups_role(draft):
    assert speaker_of(draft, "vote was rigged")["title"] == "lawyer for the commissioner"
    assert speaker_of(draft, "pier stays closed")["title"] == "aide to the mayor"


def test_a_group_acting_for_no_one_holds_no_title(draft):
    assert speaker_of(draft, "love the ferry")["title"] is None

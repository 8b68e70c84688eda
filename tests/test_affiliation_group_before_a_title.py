"""A plural noun for a group before one person's own title (`Republican mayoral candidates Sen. Ann Roe
and Gov. Dov Kessler`) is theirs together; the title right before the name is the person's. A count
(`about 60 dockworkers`) is no part of the title each of them holds. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Republican mayoral candidates Sen. Ann Roe and Gov. Dov Kessler toured the ferry yard on Monday.\n\n"
    "\u201cThe night crossings will stay,\u201d Roe said.\n\n"
    "\u201cNobody asked us about the crossings,\u201d about 60 dockworkers told the harbor board.\n"
)

draft = draft_fixture(DRAFT)


def test_the_title_before_the_name_is_the_persons_own(draft):
    roe = speaker_of(draft, "night crossings will stay")
    assert roe["name"] == "Ann Roe"
    assert roe["title"] == "senator"


def test_a_count_is_no_part_of_the_title(draft):
    assert speaker_of(draft, "Nobody asked us")["title"] == "dockworker"

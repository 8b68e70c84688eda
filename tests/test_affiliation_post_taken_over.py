"""`Wes Danby, the candidate's longtime pollster, who takes over as campaign manager immediately`: a relative clause
saying she takes a post over names the post she speaks in now, over the description before it; the adverbs after
the post are no part of it. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Campaign shake-up\n\n"
    "Kendra Lowe was replaced by Wes Danby, the candidate's longtime pollster, who takes over as campaign manager "
    "immediately. “We are going to be leaner,” Danby said.\n\n"
    "“We will miss her,” said Rita Osei, the party's treasurer, who lives in Ames.\n"
)

draft = draft_fixture(DRAFT)


def test_the_post_taken_over_is_the_title(draft):
    assert speaker_of(draft, "going to be leaner")["title"] == "campaign manager"


def test_a_clause_that_takes_no_post_leaves_the_description(draft):
    assert speaker_of(draft, "We will miss her")["title"].endswith("treasurer")

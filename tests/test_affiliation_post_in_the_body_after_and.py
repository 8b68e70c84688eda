"""`Tessa Hall, an immigration judge in Eastport and president of the Harbor Council of Judges`: a description
joined on after `and` that is a post in the body read as hers (one the first description does not name) is her
title, so title and body go together. A second description that is no post in a body (`a student from Ames and a
Republican`), or one of several (`and a trustee of X`), leaves the first as the title. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "Court delays\n\n"
    "“It is hard to defend,” said Tessa Hall, an immigration judge in Eastport and president of the Harbor "
    "Council of Judges.\n\n"
    "“No,” said Ann Roe, a student from Ames and a Republican.\n"
)

draft = draft_fixture(DRAFT)


def test_the_post_in_her_body_is_the_title(draft):
    assert speaker_of(draft, "hard to defend")["title"] == "president"
    assert body_of(draft, "hard to defend") == "Harbor Council of Judges"


def test_a_second_description_with_no_body_leaves_the_first(draft):
    assert speaker_of(draft, "No,")["title"] == "student from Ames"

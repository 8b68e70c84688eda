"""`Cedar Row Forward, a residents' group whose chairman, Ann Roe, collected …`: the role after `whose` is the body's
post, and she holds it; the words before `whose` describe the body, not her. Set off by a comma after the body's
name (`the Harbor Front, whose leader, Ann Roe,`), the post and the body are hers too; after a person's name
(`Roe, whose aide, Ivo Vole,`) the post serves that person. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "Recall vote set\n\n"
    "The recall was organized by Cedar Row Forward, a residents group whose chairman, Wendell Prynne, collected "
    "2,300 signatures in the spring.\n\n"
    "“This was never about one vote,” Prynne said.\n\n"
    "The far-right Harbor Front, whose leader, Marta Lind, topped a poll last week, said little. "
    "“We will win,” Lind said.\n\n"
    "Mayor Ada Roe, whose aide, Ivo Vole, drafted the plan, was away. “She is in Ottawa,” Vole said.\n"
)

draft = draft_fixture(DRAFT)


def test_the_role_after_whose_is_hers_and_the_body_before_it_her_organisation(draft):
    speaker = speaker_of(draft, "never about one vote")
    assert (speaker["name"], speaker["title"]) == ("Wendell Prynne", "chairman")
    assert body_of(draft, "never about one vote") == "Cedar Row Forward"


def test_a_post_after_whose_set_off_after_a_bodys_name_is_hers_and_the_body_too(draft):
    speaker = speaker_of(draft, "We will win")
    assert (speaker["name"], speaker["title"]) == ("Marta Lind", "leader")
    assert body_of(draft, "We will win") == "Harbor Front"


def test_a_post_after_whose_set_off_after_a_persons_name_names_no_body(draft):
    assert body_of(draft, "She is in Ottawa") != "Ada Roe"

"""`Cedar Row Forward, a residents' group whose chairman, Ann Roe, collected …`: the role after `whose` is the body's
post, and she holds it; the words before `whose` describe the body, not her. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "Recall vote set\n\n"
    "The recall was organized by Cedar Row Forward, a residents group whose chairman, Wendell Prynne, collected "
    "2,300 signatures in the spring.\n\n"
    "“This was never about one vote,” Prynne said.\n"
)

draft = draft_fixture(DRAFT)


def test_the_role_after_whose_is_hers_and_the_body_before_it_her_organisation(draft):
    speaker = speaker_of(draft, "never about one vote")
    assert (speaker["name"], speaker["title"]) == ("Wendell Prynne", "chairman")
    assert body_of(draft, "never about one vote") == "Cedar Row Forward"

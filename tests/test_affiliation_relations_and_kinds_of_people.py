"""`Ann Roe, the daughter of Greek immigrants`: capitalised words before a lower-case plural for people name a kind
of people, no body she belongs to. `Kline is the son of a fisherman and the mayor of Port Alder`: whose child he is,
then a post joined on with `and`; the post is the title the statement gives, and its place his body. A family or a
campaign after `of` is still a body (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "Harbor race\n\n"
    "“We will not back down,” said Ann Roe, the daughter of Greek immigrants.\n\n"
    "Hal Kline is the son of a fisherman and the mayor of Port Alder. “The ferry stays,” Kline said.\n\n"
    "“We gave early,” said Tom Vesey, a spokesman for the Ricketts family.\n"
)

draft = draft_fixture(DRAFT)


def test_a_kind_of_people_is_no_body(draft):
    assert body_of(draft, "not back down") is None


def test_a_post_joined_after_a_relation_is_the_title(draft):
    speaker = speaker_of(draft, "The ferry stays")
    assert speaker["title"] == "mayor"
    assert body_of(draft, "The ferry stays") == "Port Alder"


def test_a_family_is_still_a_body(draft):
    assert body_of(draft, "We gave early") == "Ricketts family"

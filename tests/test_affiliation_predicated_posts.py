"""A post a sentence of its own states of a named person (`Roe is Founder and Chief Counsel of The Marsh
Project`, `Ferris is listed as the treasurer of Pilots for Velde`) gives her that body, and the role as her title
when none is said; a relative (`the daughter of X`), a past post (`was the director of X`) and a predicate
naming no role (`is acting rashly and showing contempt for X`) give none. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "“We count every name on the list,” Ann Roe said. Roe is Founder and Chief Counsel of The Marsh "
    "Project, a charity that keeps lists.\n\n"
    "“I am boarding the ferry train,” said Tom Ferris. Ferris is listed as the treasurer of Pilots for Velde. "
    "Ann Velde runs for mayor.\n\n"
    "“I won the regatta,” said Mia Holt. Holt is the daughter of Ivo Brandt.\n\n"
    "“I was there at the start,” said Lena Marsh. Marsh was the director of the Eastland Trust until 2010.\n\n"
    "“It is a scandal,” said Rick Dunn. Dunn is acting rashly and showing contempt for the Harbor Charter.\n"
)

draft = draft_fixture(DRAFT)


def _org(doc: dict, snippet: str) -> str | None:
    assert speaker_of(doc, snippet)
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_a_post_stated_in_a_sentence_of_its_own(draft):
    assert _org(draft, "every name") == "Marsh Project"
    assert "Founder" in (speaker_of(draft, "every name")["title"] or "")


def test_listed_as_a_post_of_a_body_named_for_a_person(draft):
    assert _org(draft, "ferry train") == "Pilots for Velde"


def test_a_relative_is_no_post(draft):
    assert _org(draft, "regatta") is None


def test_a_past_post_is_no_body_now(draft):
    assert _org(draft, "there at the start") is None


def test_a_predicate_naming_no_role_gives_no_body(draft):
    assert _org(draft, "It is a scandal") is None


OWNED = (
    "Ann Velde is running for mayor of Eastport.\n\n"
    "“The ferry vote is close,” said Dov Kessler, a lawyer. (Mr. Kessler serves as treasurer of Mrs. Velde’s mayoral "
    "campaign.)\n\n"
    "“We will fund the pier,” said Ivo Roe. Roe is the head of Ann Velde's new venture in the harbor.\n"
)

owned = draft_fixture(OWNED)


def test_a_post_in_someones_campaign_is_the_campaign_never_the_owners_possessive(owned):
    assert _org(owned, "ferry vote") == "Velde campaign"


def test_a_possessive_owning_no_collective_body_gives_no_body(owned):
    assert not (_org(owned, "fund the pier") or "").endswith(("'s", "’s"))

"""Where the body a role names ends: a relative clause after a role says where the person holds it
(`a chemist who works at the Ridgeway Institute`) or only a story (`a strategist who has traded calls
with the Velde campaign`), whose body is not hers; another role joined on (`and author of …`) and
when (`six years ago`, `since 2009`) are no part of it; `the loud Republican campaign` describes a
body, not the person named before it; `a University of Eastland history professor` names the body
first. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "The harbor vote is close.\n\n"
    "“We will hold the pier seats,” said Ann Roe, a strategist who has traded calls "
    "with the Velde campaign for weeks.\n\n"
    "“The dredging can wait,” said Tom Brack, a professor who directs the tides program at the "
    "University of Dunmore.\n\n"
    "“Salt eats the rails,” said Mia Dorn, a chemist who works at the Ridgeway Institute.\n\n"
    "“Ask the ferrymen,” said Pat Orne, who has been in weekly talks with the Kettle River Trust "
    "since spring.\n\n"
    "“Rails first,” said Nell Ashby, director of the Harbor Policy Institute and author of two "
    "books on tides.\n\n"
    "“We were close,” said Lee Hart, the chief strategist for the Orla Stone campaign six years ago.\n\n"
    "“Rents keep rising,” said Kay Lowe, an organizer for the Dunmore Tenants Union since 2009.\n"
)

draft = draft_fixture(DRAFT)


def _body(draft: dict, snippet: str) -> str | None:
    return (quote_with(draft, snippet)["affiliation"] or {}).get("name")


def test_a_story_after_a_role_names_no_body_of_the_persons(draft):
    assert speaker_of(draft, "We will hold the pier seats")["title"] == "strategist"
    assert _body(draft, "We will hold the pier seats") is None
    assert _body(draft, "Ask the ferrymen") is None


def test_a_clause_stating_where_the_role_is_held_names_the_body(draft):
    assert _body(draft, "The dredging can wait") == "University of Dunmore"
    assert _body(draft, "Salt eats the rails") == "Ridgeway Institute"


def test_a_role_joined_on_after_the_body_is_no_part_of_its_name(draft):
    assert _body(draft, "Rails first") == "Harbor Policy Institute"


def test_when_the_role_was_held_is_no_part_of_the_body_or_the_title(draft):
    assert _body(draft, "We were close") == "Orla Stone campaign"
    assert speaker_of(draft, "We were close")["title"] == "chief strategist for the Orla Stone campaign"
    assert _body(draft, "Rents keep rising") == "Dunmore Tenants Union"


def test_a_campaign_described_after_a_name_is_a_body_not_that_person(check):
    doc = check("“We are not done,” said Sen. Ivo Varga. All summer the loud Republican campaign filled the "
                "harbor papers with ads.\n")
    assert "campaign" not in (_body(doc, "We are not done") or "")  # (her chamber, the Senate, is hers)


def test_a_body_named_before_the_role_in_an_appositive_is_the_body(check):
    doc = check("“Tides are slow,” said Ann Roe, a University of Eastland marine biology professor.\n\n"
                "“I served two tours,” said Tom Brack, a Navy veteran.\n")
    assert _body(doc, "Tides are slow") == "University of Eastland"
    assert _body(doc, "I served two tours") is None  # (once in it, not now)

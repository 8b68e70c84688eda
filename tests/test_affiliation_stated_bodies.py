"""A body stated beside the name: `said Ann Roe of Harbin Research` (the body after `of`), a former post with its
body (`a former Harbin Bank president`: that body, and the post alone as the title), a kind of body's noun owning a
role (`the carrier's finance director`: the role alone), a campaign role owned by a candidate (`Velde's campaign
manager`: the Velde campaign). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, quote_with

OF_DRAFT = (
    "Copper Slides on Weak Demand\n\n"
    "Copper fell to a six-month low on Thursday as smelters cut their orders for the winter.\n\n"
    "“The miners are not blinking yet,” said Petra Voss of Hamblin Analytics.\n\n"
    "“Stockpiles at the ports keep growing,” said Dorian Quarles of Nevada.\n"
)

PUBLICATION_DRAFT = (
    "Fare Rise Splits Commuters\n\n"
    "Rail fares will rise by a tenth in January, the operator confirmed on Monday.\n\n"
    "“Season tickets are already out of reach,” said Petra Voss of The Commuter Ledger.\n\n"
    "“Nobody in Brackley will cheer this,” said Olaf Renner of Brackley.\n"
)

FORMER_DRAFT = (
    "Mill Town Weighs Its Future\n\n"
    "The last weaving shed in Fenwick Falls will close in March, its owners announced.\n\n"
    "“We kept the looms running longer than anyone expected,” said Ysolde Solberg, a former Quillon Industries "
    "chairwoman.\n\n"
    "“The town has lived through worse winters than this,” said Amos Tilley, the former Arden Bank CEO who "
    "retired to a farm.\n\n"
    "“Nobody asked the weavers what they wanted,” said Rhoda Quist, a former Vermont governor.\n"
)

KIND_DRAFT = (
    "Island Ferries to Cost More\n\n"
    "Bluewater Lines will raise its island fares by a tenth next month.\n\n"
    "“Fuel has doubled in two years,” said the carrier's finance director, Osric Tamsworth.\n\n"
    "“Loan terms for the new hulls have not changed,” said the lender's chief economist, Della Brack.\n"
)

RESTAURANT_DRAFT = (
    "Waterfront Bistro Closes\n\n"
    "The owners of a waterfront bistro will shut it after fifteen years of trading.\n\n"
    "“We served our last chowder on Sunday,” said the restaurant's head chef, Calla Wendover.\n"
)

BROADCASTER_DRAFT = (
    "Morning Host Signs Off\n\n"
    "Bertil Sand joined the Northgate Broadcasting Service in 1980 as a clerk and stayed for four decades.\n\n"
    "“He never once missed a morning,” said Oona Combe, who shared the studio with him for years.\n\n"
    "Listeners sent hundreds of letters this week.\n\n"
    "The broadcaster's director-general, Miles Avery, praised him. “Nobody will fill that chair,” Avery said.\n"
)

CAMPAIGN_DRAFT = (
    "Osprey Leads Governor Race\n\n"
    "State Senator Ann Osprey leads the race for governor, a poll found on Friday.\n\n"
    "“We will knock on every door in this county,” said Osprey's campaign manager, Ivar Brandauer.\n\n"
    "“Our volunteers are everywhere,” said Osprey's campaign chairwoman, Marit Oyelaran.\n"
)

of_draft = draft_fixture(OF_DRAFT)
publication_draft = draft_fixture(PUBLICATION_DRAFT)
former_draft = draft_fixture(FORMER_DRAFT)
kind_draft = draft_fixture(KIND_DRAFT)
restaurant_draft = draft_fixture(RESTAURANT_DRAFT)
broadcaster_draft = draft_fixture(BROADCASTER_DRAFT)
campaign_draft = draft_fixture(CAMPAIGN_DRAFT)


def _title(doc: dict, snippet: str) -> str | None:
    return quote_with(doc, snippet)["speaker"]["title"]


def test_a_body_after_of_right_after_the_name(of_draft):
    assert body_of(of_draft, "not blinking") == "Hamblin Analytics"


def test_a_state_after_of_is_where_she_is_from(of_draft):
    assert body_of(of_draft, "keep growing") is None


def test_a_title_after_of_with_a_capitalised_article_is_a_publication(publication_draft):
    assert body_of(publication_draft, "out of reach") == "The Commuter Ledger"


def test_a_town_after_of_is_where_he_lives(publication_draft):
    assert body_of(publication_draft, "will cheer this") is None


def test_a_former_post_keeps_its_body_with_the_post_alone_as_title(former_draft):
    assert body_of(former_draft, "looms running") == "Quillon Industries"
    assert _title(former_draft, "looms running") == "former chairwoman"


def test_a_former_post_read_apart_from_its_body_keeps_the_body(former_draft):
    assert body_of(former_draft, "worse winters") == "Arden Bank"
    assert _title(former_draft, "worse winters") == "former CEO"


def test_a_former_post_of_a_state_stays_as_read(former_draft):
    assert body_of(former_draft, "asked the weavers") is None
    assert _title(former_draft, "asked the weavers") == "former Vermont governor"


def test_a_kind_of_body_owning_a_role_is_no_part_of_the_title(kind_draft):
    assert _title(kind_draft, "Fuel has doubled") == "finance director"
    assert body_of(kind_draft, "Fuel has doubled") == "Bluewater Lines"


def test_a_kind_of_body_owning_a_role_with_none_named(kind_draft):
    assert _title(kind_draft, "Loan terms") == "chief economist"


def test_a_restaurant_owning_a_role_is_no_part_of_the_title(restaurant_draft):
    assert _title(restaurant_draft, "last chowder") == "head chef"


def test_the_one_broadcaster_the_draft_names(broadcaster_draft):
    assert body_of(broadcaster_draft, "fill that chair") == "Northgate Broadcasting Service"
    assert _title(broadcaster_draft, "fill that chair") == "director-general"


def test_a_campaign_role_owned_by_a_candidate_serves_her_campaign(campaign_draft):
    assert body_of(campaign_draft, "volunteers are everywhere") == "Osprey campaign"
    assert _title(campaign_draft, "volunteers are everywhere") == "campaign chairwoman"

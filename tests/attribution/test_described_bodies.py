"""A body the draft describes rather than names is reported by its name: `his campaign` is the campaign of
the person the `his` stands for, `the ministry` the ministry the draft named last before it, a body's
statement the body, and an owner named with a title is named without it. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Sen. Tom Vane toured the harbor on Monday.\n\n"
    "“We will win the port towns,” his campaign said.\n\n"
    "Jane Roe spoke in Dover on Tuesday.\n\n"
    "“We are gaining every week,” her campaign said.\n\n"
    "Norway's foreign ministry also weighed in on the ferry dispute.\n\n"
    "“Outsiders should stay out of it,” the ministry told reporters.\n\n"
    "A Harbor County ballot commission ruled on the matter in January.\n\n"
    "“A court should settle the matter,” the commission said.\n\n"
    "Ohio Sen. Ida Lund's campaign said she would “back the ticket” in the fall.\n\n"
    "The Marr campaign issued a statement on Friday. The campaign's statement declares “the matter is closed.”\n\n"
    "Harbor Freight Lines cut its ferry routes on Monday. “We regret the change,” the company said.\n\n"
    "The Harbor Commission met on Monday. “We cannot comment,” the company said.\n\n"
    "The Ruritanian government plans a “free harbor” near the border.\n"
)

draft = draft_fixture(DRAFT)


def _speaker(doc: dict, snippet: str) -> dict:
    speaker = quote_with(doc, snippet)["speaker"]
    assert speaker is not None
    return speaker


def test_his_campaign_is_the_campaign_of_the_man_it_means(draft):
    assert _speaker(draft, "port towns")["name"] == "Vane campaign"


def test_her_campaign_is_the_campaign_of_the_woman_it_means(draft):
    assert _speaker(draft, "gaining every week")["name"] == "Roe campaign"


def test_the_ministry_is_the_ministry_named_before(draft):
    assert _speaker(draft, "stay out of it")["name"] == "Norway's foreign ministry"


def test_the_commission_is_the_commission_described_before(draft):
    assert _speaker(draft, "settle the matter")["name"] == "Harbor County ballot commission"


def test_an_owner_is_named_without_title_or_state(draft):
    assert _speaker(draft, "back the ticket")["name"] == "Ida Lund campaign"


def test_a_bodys_statement_is_the_body(draft):
    speaker = _speaker(draft, "matter is closed")
    assert speaker["name"] == "Marr campaign"
    assert speaker["type"] == "organisation"


def test_the_company_is_the_body_just_named_as_subject(draft):
    assert _speaker(draft, "regret the change")["name"] == "Harbor Freight Lines"


def test_a_body_described_with_a_name_is_named_without_its_article(draft):
    assert _speaker(draft, "free harbor")["name"] == "Ruritanian government"


def test_a_company_is_never_a_body_of_another_kind(draft):
    assert _speaker(draft, "cannot comment")["name"] == "the company"


OTHER_OWNER = (
    "“The plan is sound,” said Pat Okafor, a harbor pilot.\n\n"
    "Rep. Ann Lowe (D-Calif.), who wrote the bill, called the plan “a first step” on Tuesday.\n\n"
    "Critics lined up against the plan, and Sen. Ed Marsh (R-La.) went after its price tag. His office issued "
    "a note on Wednesday saying the state “has no money for it.”\n"
)

other_owner = draft_fixture(OTHER_OWNER)


def test_his_office_is_the_office_of_the_man_named_just_before(other_owner):
    assert _speaker(other_owner, "no money for it")["name"] == "Marsh office"


PAPERS = (
    "The Harbor Ledger, the state's biggest newspaper, keeps printing editorials against the plan. "
    "“The plan is a mistake,” the editorial board wrote.\n\n"
    "Enter the Eastland Times. “He is selling fiction,” the paper's editorial board wrote.\n\n"
    "The Dover Courier, a weekly newspaper, ran the story. “The mayor must go,” the newspaper wrote.\n"
)

papers = draft_fixture(PAPERS)


def test_an_editorial_board_is_named_after_the_paper_named_before(papers):
    assert _speaker(papers, "plan is a mistake")["name"] == "Harbor Ledger editorial board"


def test_the_papers_editorial_board_is_the_last_named_papers(papers):
    assert _speaker(papers, "selling fiction")["name"] == "Eastland Times editorial board"


def test_the_newspaper_is_the_paper_named_before(papers):
    assert _speaker(papers, "mayor must go")["name"] == "Dover Courier"


FAR_BACK = (
    "The Dover Board of Elections met on Monday.\n\n"
    "Voters waited.\n\nThe lines were long.\n\nMany left.\n\n"
    "“The count is final,” the board said.\n\n"
    "House Harbor Committee Chairman Ed Vane opened the hearing on Monday.\n\n"
    "The hearing ran late.\n\nThe witnesses left.\n\nThe lights dimmed.\n\n"
    "“We will report next week,” the committee said.\n"
)

far_back = draft_fixture(FAR_BACK)


def test_a_bodys_name_runs_on_over_of(far_back):
    assert _speaker(far_back, "count is final")["name"] == "Dover Board of Elections"


def test_a_bodys_name_ends_before_a_title_after_it(far_back):
    assert _speaker(far_back, "report next week")["name"] == "House Harbor Committee"


ONE_BODY = (
    "The strike drew support from employers such as Dunmore Shipping, which backed the dockers. "
    "“We stand with our crews,” the company tweeted.\n"
)

one_body = draft_fixture(ONE_BODY)


def test_the_company_is_the_one_body_the_sentence_before_names(one_body):
    assert _speaker(one_body, "stand with our crews")["name"] == "Dunmore Shipping"

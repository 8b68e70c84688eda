"""Parties the knowledge base knows beyond the US and the UK's national ones: Australia's Labor (named so only before a
member's post: `a Labor MP`, never `Labor Secretary` or `the Labor Department` in US copy) and the Scottish parties,
read longest first (`Scottish Labour`, not Labour). A party's word before a council member's post (`Democratic
council member`) is her party, not a body, and she sits on the one council the draft names. Invented sentences,
real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, quote_with

AUSTRALIA = (
    "Mine inquiry ordered\n\n"
    "The state government ordered an inquiry on Monday into the collapse at the Tallong pit.\n\n"
    "Bronwyn Keogh, a Labor MP whose seat covers the mine, said the families deserved answers.\n\n"
    "“Nobody should go to work and not come home,” Keogh said.\n"
)
US_LABOR = (
    "Overtime rule delayed\n\n"
    "The Labor Department said on Monday it would delay a rule on overtime pay.\n\n"
    "“We want to get this right,” Labor Secretary Dana Whitcomb said.\n"
)
SCOTLAND = (
    "Ferry contract row\n\n"
    "Ministers faced questions at Holyrood on Wednesday over the cost of two new ferries.\n\n"
    "“The islands have waited long enough,” said Morag Kinnear, a Scottish Greens MSP for the north east.\n\n"
    "Alasdair Reekie, a Scottish Labour MSP, said: “Publish the review.”\n"
)
ISLANDS = (
    "Assembly row over schools\n\n"
    "Members clashed in the assembly on Tuesday over the cost of rebuilding two schools.\n\n"
    "“The money was promised two years ago,” said Rhian Pugh, a Plaid Cymru member for the valleys.\n\n"
    "Siobhan Carey, an SDLP councillor in Derry, said: “Parents are tired of waiting.”\n"
)
COUNCIL = (
    "Council backs new library\n\n"
    "The Alder Springs City Council voted 5-2 on Tuesday to fund a new library branch.\n\n"
    "Republican council member Ines Garza, who represents the north side, said the branch was overdue.\n\n"
    "“Our kids ride two buses to borrow a book,” Garza said.\n"
)

australia = draft_fixture(AUSTRALIA)
us_labor = draft_fixture(US_LABOR)
scotland = draft_fixture(SCOTLAND)
islands = draft_fixture(ISLANDS)
council = draft_fixture(COUNCIL)


def test_a_labor_mp_belongs_to_australian_labor(australia):
    assert quote_with(australia, "Nobody should go to work")["speaker"]["party"] == "Australian Labor Party"


def test_labor_before_a_us_cabinet_post_names_no_party(us_labor):
    assert quote_with(us_labor, "get this right")["speaker"].get("party") is None


def test_a_scottish_greens_msp_belongs_to_the_scottish_greens(scotland):
    assert quote_with(scotland, "waited long enough")["speaker"]["party"] == "Scottish Greens"


def test_a_scottish_labour_msp_belongs_to_scottish_labour(scotland):
    assert quote_with(scotland, "Publish the review")["speaker"]["party"] == "Scottish Labour"


def test_a_party_before_a_council_members_post_is_her_party(council):
    assert quote_with(council, "ride two buses")["speaker"]["party"] == "Republican Party"


def test_a_council_member_sits_on_the_council_the_draft_names(council):
    assert body_of(council, "ride two buses") == "Alder Springs City Council"


def test_a_plaid_cymru_member_belongs_to_plaid_cymru(islands):
    assert quote_with(islands, "promised two years ago")["speaker"]["party"] == "Plaid Cymru"


def test_an_sdlp_councillor_belongs_to_the_sdlp(islands):
    assert quote_with(islands, "tired of waiting")["speaker"]["party"] == "Social Democratic and Labour Party"

"""A member's title serves the one body of its kind the draft names: a commissioner a commission, a supervisor a
board of supervisors, a trustee a board of trustees, a regent a board of regents, a selectwoman a select board, an
alderwoman a board of aldermen. The title's own words before the head must stand in that body's name (`Ferry
Commissioner`: the ferry commission, not the planning commission), a bare `Governor` holds a state's office, and
`the district's spokeswoman` speaks for the service district named just before her, never a congressional district.
Invented drafts, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

COMMISSIONS = (
    "Ferry fares to rise on Quillan Sound\n\n"
    "The Quillan Sound Ferry Commission voted on Wednesday to raise fares by a tenth, the first rise in six "
    "years.\n\n"
    "\u201cThe boats are older than most of our riders,\u201d Ferry Commissioner Odile Brannock said after the "
    "vote.\n\n"
    "\u201cNobody asked the island families,\u201d Deputy Ferry Commissioner Lena Vos told the meeting.\n\n"
    "The Westmere Planning Commission, which meets next week, has asked to see the ferry budget.\n\n"
    "\u201cEvery week we wait, the channel silts up a little more,\u201d Harbour Commissioner Ysolde Marchetti "
    "told reporters outside the offices of the Cairnloch Harbour Commission.\n\n"
    "\u201cThree commissions and not one plan,\u201d Commissioner Bettina Roald said.\n\n"
    "\u201cWe cannot build a park on a car deck,\u201d Parks Commissioner Tomasz Weller said.\n"
)

BOARDS = (
    "Budget season in Almsford County\n\n"
    "The Almsford County Board of Supervisors backed the new bus levy in a 4-1 vote on Tuesday.\n\n"
    "\u201cWe had no other way to keep the buses running,\u201d Supervisor Rhea Quint said.\n\n"
    "The Kestrel Valley Board of Trustees has not yet taken a position on the levy.\n\n"
    "\u201cWe will take it up in May,\u201d Trustee Idris Pell said.\n\n"
    "The Eastmarch State University Board of Regents approved a tuition rise of six percent on Friday.\n\n"
    "\u201cNo one on this board wanted to do this,\u201d said Regent Martha Keane.\n\n"
    "The Penrith Falls Select Board put off its own vote until spring.\n\n"
    "\u201cWe are not writing a blank check,\u201d said Selectwoman Joan Albright.\n\n"
    "The Brisk Hollow Board of Aldermen meets on Monday to discuss the campus bus line.\n\n"
    "\u201cThe buses run empty after nine,\u201d Alderwoman Priya Castellane said.\n\n"
    "The Eastland Reserve Board of Governors left its lending rate unchanged on Thursday.\n\n"
    "\u201cRates stay where they are,\u201d Reserve Governor Ilse Marwick said.\n\n"
    "\u201cThe state will find the money,\u201d Governor Harlan Voss said.\n"
)

DISTRICTS = (
    "Dry summer strains Brackwater wells\n\n"
    "Crews from the Brackwater Valley Water District worked through the night to repair a burst main on Route "
    "9.\n\n"
    "\u201cWe expect the pressure to be back by Friday,\u201d the district's spokeswoman, Marisol Tengwall, "
    "said.\n\n"
    "Voters in the Fourth Congressional District go to the polls in June.\n\n"
    "\u201cThe wells were not built for this,\u201d the district's organizer, Alden Pruitt, said.\n"
)

COUNTY = (
    "Pell County weighs a jail levy\n\n"
    "The Pell County Board of Commissioners will vote on the levy next month.\n\n"
    "\u201cThe jail was built for half the people we hold,\u201d County Commissioner Wendell Osgood said.\n\n"
    "\u201cI have not made up my mind,\u201d said Hanna Kuusk, a commissioner since 2019.\n"
)

commissions = draft_fixture(COMMISSIONS)
county = draft_fixture(COUNTY)
boards = draft_fixture(BOARDS)
districts = draft_fixture(DISTRICTS)


def title(doc: dict, snippet: str) -> str | None:
    return speaker_of(doc, snippet).get("title")


def test_a_commissioner_serves_the_commission_her_title_names(commissions):
    assert title(commissions, "older than most") == "Ferry Commissioner"
    assert body_of(commissions, "older than most") == "Quillan Sound Ferry Commission"


def test_a_rank_before_the_title_is_no_part_of_the_commissions_name(commissions):
    assert body_of(commissions, "island families") == "Quillan Sound Ferry Commission"


def test_a_body_word_read_before_the_title_stays_in_it_and_names_the_commission(commissions):
    assert title(commissions, "silts up") == "Harbour Commissioner"
    assert body_of(commissions, "silts up") == "Cairnloch Harbour Commission"


def test_a_bare_commissioner_among_three_commissions_serves_none(commissions):
    assert body_of(commissions, "not one plan") is None


def test_a_commissioner_whose_title_names_no_commission_named_serves_none(commissions):
    assert body_of(commissions, "park on a car deck") is None


def test_a_county_commissioner_serves_the_board_of_commissioners(county):
    assert title(county, "half the people") == "County Commissioner"
    assert body_of(county, "half the people") == "Pell County Board of Commissioners"


def test_a_commissioner_set_off_after_the_name_serves_the_one_board_named(county):
    assert body_of(county, "made up my mind") == "Pell County Board of Commissioners"


def test_a_supervisor_before_a_name_is_a_title_and_serves_the_board_of_supervisors(boards):
    assert title(boards, "keep the buses running") == "Supervisor"
    assert body_of(boards, "keep the buses running") == "Almsford County Board of Supervisors"


def test_a_trustee_serves_the_board_of_trustees(boards):
    assert body_of(boards, "take it up in May") == "Kestrel Valley Board of Trustees"


def test_a_regent_serves_the_board_of_regents(boards):
    assert title(boards, "wanted to do this") == "Regent"
    assert body_of(boards, "wanted to do this") == "Eastmarch State University Board of Regents"


def test_a_selectwoman_serves_the_select_board(boards):
    assert body_of(boards, "blank check") == "Penrith Falls Select Board"


def test_an_alderwoman_serves_the_board_of_aldermen(boards):
    assert body_of(boards, "run empty after nine") == "Brisk Hollow Board of Aldermen"


def test_a_governor_whose_title_names_the_board_of_governors_sits_on_it(boards):
    assert body_of(boards, "Rates stay where") == "Eastland Reserve Board of Governors"


def test_a_bare_governor_holds_a_states_office_not_a_board_of_governors(boards):
    assert body_of(boards, "find the money") != "Eastland Reserve Board of Governors"


def test_the_districts_spokeswoman_speaks_for_the_water_district_named(districts):
    assert title(districts, "back by Friday") == "spokeswoman"
    assert body_of(districts, "back by Friday") == "Brackwater Valley Water District"


def test_a_congressional_district_is_a_place_whose_role_no_body_holds(districts):
    assert body_of(districts, "not built for this") is None

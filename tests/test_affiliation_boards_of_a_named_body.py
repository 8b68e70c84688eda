"""A board written in lower case after a body's full name (`the Tarnbury Unified School District board`) is that
body's own: its members and officers, quoted by a title that says only `Board` (`Board President X`, `Board member
Y`), speak for that body. A board after a place's name alone, or a role tied to another board in its own words
(`a library board member`), says no such thing. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, quote_with

SCHOOLS = (
    "The Tarnbury Unified School District board agreed on Wednesday to move the start of classes to 8:45 a.m.\n\n"
    "Board member Oona Vass, who cast the only vote against, said bus drivers had not been asked.\n\n"
    "“Nobody talked to the people behind the wheel,” Vass said.\n\n"
    "“We waited two years for this,” said Board President Hollis Prade.\n"
)
PORT = (
    "The Quillon Port Authority board approved a ten-year lease for the grain terminal on Friday.\n\n"
    "“The terminal pays its own way now,” said Board Chairman Edric Soames.\n"
)
PLACE_ONLY = (
    "The Tarnbury board agreed on Wednesday to move the start of classes to 8:45 a.m.\n\n"
    "“We waited two years for this,” said Board President Hollis Prade.\n"
)
OTHER_BOARD = (
    "The Tarnbury Unified School District board agreed on Wednesday to move the start of classes to 8:45 a.m.\n\n"
    "Pell Ardith, a library board member, said the branch would open earlier to match.\n\n"
    "“We can unlock the doors at eight,” Ardith said.\n"
)

schools = draft_fixture(SCHOOLS)
port = draft_fixture(PORT)
place_only = draft_fixture(PLACE_ONLY)
other_board = draft_fixture(OTHER_BOARD)


def test_a_board_member_speaks_for_the_district_whose_board_it_is(schools):
    assert body_of(schools, "Nobody talked to the people") == "Tarnbury Unified School District"


def test_the_board_president_speaks_for_the_district(schools):
    assert body_of(schools, "We waited two years") == "Tarnbury Unified School District"


def test_a_port_authority_board_chairman_speaks_for_the_authority(port):
    assert body_of(port, "terminal pays its own way") == "Quillon Port Authority"


def test_a_board_after_a_place_alone_names_no_body(place_only):
    assert body_of(place_only, "We waited two years") != "Tarnbury"


def test_a_member_of_another_board_is_not_the_district(other_board):
    assert body_of(other_board, "unlock the doors at eight") != "Tarnbury Unified School District"


def test_the_board_president_keeps_board_in_her_title(schools):
    assert quote_with(schools, "We waited two years")["speaker"]["title"] == "Board President"

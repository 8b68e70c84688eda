"""A body named in full only in the headline, by a name ending in a legal form or a club's initials (`Wexmoor AFC 3
Brindle Rovers 0`, `Dunmore Tiles Ltd …`), is the body its short form stands for below it (`Wexmoor manager X`). A
headline's other capitalised words are its style, no name (`Northgate Wins the Cup`). Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

CLUB = (
    "Wexmoor AFC 3 Brindle Rovers 0\n\n"
    "Wexmoor stayed top of the table with a comfortable win over Brindle Rovers at Saltmarsh Lane on Saturday.\n\n"
    "“We were patient and the goals came,” said Wexmoor manager Tobias Venn.\n"
)
COMPANY = (
    "Dunmore Tiles Ltd Cuts 40 Jobs at Kiln Site\n\n"
    "Dunmore will close one of its two kilns at the Ashby works by March, the firm told staff on Monday.\n\n"
    "“Demand for roof tiles has fallen for three years,” Dunmore spokeswoman Clea Marsh said.\n"
)
HEADLINE_WORDING = (
    "Northgate Wins the Cup on Penalties\n\n"
    "Northgate beat Fallowfield on penalties after a goalless final at the Riverside ground.\n\n"
    "“The lads never gave up,” said Northgate manager Ivo Strand.\n"
)

club = draft_fixture(CLUB)
company = draft_fixture(COMPANY)
headline_wording = draft_fixture(HEADLINE_WORDING)


def test_the_club_named_in_full_in_the_headline_is_the_managers(club):
    assert body_of(club, "We were patient") == "Wexmoor AFC"


def test_the_company_named_with_its_legal_form_in_the_headline_is_the_spokeswomans(company):
    assert body_of(company, "Demand for roof tiles") == "Dunmore Tiles Ltd"


def test_a_headlines_capitalised_wording_is_no_full_name(headline_wording):
    assert body_of(headline_wording, "The lads never gave up") == "Northgate"

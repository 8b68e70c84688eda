"""A role for a body named by its kind's noun far from the body (`a spokeswoman for the airline`, `the company's
finance director`) speaks for the one body of that kind the draft names; a role of a short form (`chief executive of
Brackenmoor`) is held at the body the draft names in full; a nationality opening a body's name stays in it; a street
after a preposition of place is nobody. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

AIRLINE = draft_fixture(
    "Skylane Airways cancelled 300 flights on Tuesday after a storm closed two runways.\n\n"
    "The Civil Aviation Authority said it would review the disruption. Pilots at the Harbour Pilots Union said they "
    "had warned of the problem for months.\n\n"
    "\"We are sorry for the trouble,\" said Ann Roe, a spokeswoman for the airline.\n")

COMPANY = draft_fixture(
    "Dunmore Tiles Ltd will close its factory in Kells, cutting 200 jobs, the Treasury said on Monday.\n\n"
    "Union officials said they had not been told.\n\n"
    "\"It is a sad day for the town,\" said Mara Quint, the company's finance director.\n")

TWO_COMPANIES = draft_fixture(
    "Skylane Airways cancelled 300 flights on Tuesday.\n\n"
    "Pellworth Mutual said claims were rising.\n\n"
    "Officials said the storm was the worst in years.\n\n"
    "\"Nothing has changed for us,\" said Rosa Lind, the company's finance director.\n")

SHORT_FORM = draft_fixture(
    "Hallam & Pryce and Brackenmoor agree merger\n\n"
    "Hallam & Pryce and Brackenmoor Stores have agreed to merge, creating the third-largest grocer in the north.\n\n"
    "Owen Tregarthen, chief executive of Brackenmoor, which began as a single shop in Skipton in 1952, said the "
    "name would stay. \"Nobody is taking the sign down,\" Tregarthen said.\n")

NATIONALITY = draft_fixture(
    "The Canadian Athletics Federation said Monday it would appeal the ruling. \"We believe the decision is "
    "wrong,\" the Canadian Athletics Federation said in a statement.\n\n"
    "\"The crews were ready,\" said the British Rowing Union.\n\n"
    "\"We are pleased,\" said Canadian Prime Minister Ella Park.\n")

STREET = draft_fixture(
    "The storm tore through the town overnight.\n\n"
    "On Marsden Street, where fences had fallen, Ruby Kereama, 71, was sweeping glass. \"I have lived here "
    "through three big ones,\" she said.\n")


INTRODUCED = draft_fixture(
    "The budget airline Skylane cancelled 300 flights on Tuesday.\n\n"
    "The Civil Aviation Authority said it would review the disruption. Pilots said they had warned of the problem.\n\n"
    "\"We are sorry for the trouble,\" said Ann Roe, a spokeswoman for the airline.\n")

UNNAMED = draft_fixture(
    "Pellworth Mutual will raise premiums for 40,000 homes in flood zones, the Treasury said on Monday.\n\n"
    "Homeowners in the valley said they were angry. Council officials said they would write to ministers.\n\n"
    "\"We have no choice after three floods in five years,\" a spokesman for the insurer said.\n")

JOINED = draft_fixture(
    "Hallam & Pryce and Brackenmoor Stores have agreed to merge, creating the third-largest grocer in the north.\n\n"
    "\"This is a good day for shoppers,\" said Owen Tregarthen, a spokesman for Brackenmoor.\n\n"
    "\"We have talked for a year,\" said Lina Moss, finance director at Hallam & Pryce.\n\n"
    "\"We will look closely,\" said Brackenmoor chairman Ivo Brandt.\n")


def _org(doc: dict, snippet: str) -> str | None:
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def _speaker(doc: dict, snippet: str) -> str | None:
    return (quote_with(doc, snippet)["speaker"] or {}).get("name")


def test_a_spokeswoman_for_the_airline_far_from_it_speaks_for_the_one_airline(AIRLINE):
    assert _org(AIRLINE, "sorry for the trouble") == "Skylane Airways"


def test_the_companys_finance_director_works_at_the_one_company_named(COMPANY):
    assert _org(COMPANY, "sad day") == "Dunmore Tiles Ltd"


def test_two_companies_leave_the_company_open(TWO_COMPANIES):
    assert _org(TWO_COMPANIES, "Nothing has changed") is None


def test_a_role_of_a_short_form_is_held_at_the_body_named_in_full(SHORT_FORM):
    assert _org(SHORT_FORM, "Nobody is taking") == "Brackenmoor Stores"


def test_a_nationality_opening_a_bodys_name_stays_in_it(NATIONALITY):
    assert _speaker(NATIONALITY, "decision is wrong") == "Canadian Athletics Federation"
    assert _speaker(NATIONALITY, "crews were ready") == "British Rowing Union"


def test_a_nationality_before_a_title_is_no_part_of_the_name(NATIONALITY):
    assert _speaker(NATIONALITY, "We are pleased") == "Ella Park"


def test_a_street_after_a_preposition_of_place_is_nobody(STREET):
    assert _speaker(STREET, "three big ones") == "Ruby Kereama"


def test_a_body_introduced_by_its_kind_is_the_one_of_that_kind(INTRODUCED):
    assert _org(INTRODUCED, "sorry for the trouble") == "Skylane"


def test_an_unnamed_spokesman_for_the_insurer_speaks_for_the_one_insurer(UNNAMED):
    assert _org(UNNAMED, "no choice after three floods") == "Pellworth Mutual"


def test_a_short_form_after_for_stands_for_the_body_named_in_full(JOINED):
    assert _org(JOINED, "good day for shoppers") == "Brackenmoor Stores"


def test_and_between_two_names_the_draft_gives_alone_joins_two_bodies(JOINED):
    assert _org(JOINED, "look closely") == "Brackenmoor Stores"

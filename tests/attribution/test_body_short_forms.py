"""A body named in full (`Pellworth Textiles Ltd.`, a headline's `Dunmere Rovers`), then by the first word of its
name as a sentence's subject (`Pellworth also confirmed …`), speaks as that body when the next quote is given to
`the company`, `the club`, `the airline` or `it`; and a name with a legal form is a company whatever its last word."""

from __future__ import annotations

from tests.conftest import draft_fixture, quote_with

COMPANY = (
    "Pellworth Textiles Ltd. will shut its weaving mill in Ashcombe next spring, putting about 300 jobs at risk, "
    "after two years of shrinking orders from clothing chains.\n\n"
    "Union organiser Bryony Castell called the news a hammer blow for the valley. "
    "\"Weaving has kept this valley alive since the 1890s,\" Castell said.\n\n"
    "Pellworth also confirmed that its design studio would move to rented space near the harbour. "
    "\"Every worker will be offered retraining and help to find a new post,\" the company wrote in a note to staff.\n"
)

CLUB = (
    "Dunmere Rovers 3 Castlegate 0\n\n"
    "Dunmere cruised past ten-man Castlegate on Tuesday night to climb to fourth in the table, with winger "
    "Aled Morcombe scoring twice before the break.\n\n"
    "\"We kept the ball well and punished their mistakes,\" Rovers manager Teodor Vance said.\n\n"
    "Before kick-off, Dunmere had revealed that goalkeeper Ewan Lusk has agreed a contract extension until 2029. "
    "\"Ewan has been outstanding since he arrived and we are thrilled he is staying,\" the club said.\n"
)

PRONOUN = (
    "Brantley Foods Inc. recalled 40,000 jars of peanut butter on Friday after a supplier reported traces of a "
    "cleaning agent at one of its plants.\n\n"
    "Brantley later widened the recall to two other brands made on the same line. It said in a statement, "
    "\"No illnesses have been reported, but we are acting out of caution.\"\n"
)

KIND = (
    "Skyfold Airways Inc. cancelled 40 flights out of Dunmore on Monday as fog closed the runway for most of the "
    "morning.\n\n"
    "Skyfold later added extra evening departures to clear the backlog. \"We are sorry for the disruption and "
    "thank passengers for their patience,\" the airline said.\n"
)

LEGAL_FORM = (
    "Ardmoor Technologies plc has delayed the launch of its home heat-pump controller until next year, blaming a "
    "shortage of one chip.\n\n"
    "Ardmoor Technologies plc told investors on Wednesday that the delay would trim about 4 percent from annual "
    "sales. \"We would rather ship late than ship a product we cannot stand behind,\" the company said.\n"
)

company = draft_fixture(COMPANY)
club = draft_fixture(CLUB)
pronoun = draft_fixture(PRONOUN)
kind = draft_fixture(KIND)
legal_form = draft_fixture(LEGAL_FORM)


def _speaking(doc: dict, snippet: str) -> tuple[str, str]:
    """Who the report says spoke the quote with `snippet`: name and type."""
    speaker = quote_with(doc, snippet)["speaker"]
    return speaker["name"], speaker["type"]


def test_the_company_after_a_short_form_is_the_company_named_in_full(company):
    assert _speaking(company, "retraining") == ("Pellworth Textiles Ltd.", "organisation")


def test_the_club_after_a_short_form_is_the_club_the_headline_names(club):
    assert _speaking(club, "thrilled") == ("Dunmere Rovers", "organisation")


def test_it_after_a_short_form_is_the_body_named_in_full(pronoun):
    assert _speaking(pronoun, "No illnesses") == ("Brantley Foods Inc.", "organisation")


def test_a_noun_for_its_kind_after_a_short_form_is_the_body_named_in_full(kind):
    assert _speaking(kind, "disruption") == ("Skyfold Airways Inc.", "organisation")


def test_a_name_with_a_legal_form_is_the_company_whatever_its_last_word(legal_form):
    assert _speaking(legal_form, "ship late") == ("Ardmoor Technologies plc", "organisation")


def test_other_quotes_keep_their_speakers(company, club):
    assert quote_with(company, "since the 1890s")["speaker"]["name"] == "Bryony Castell"
    assert quote_with(club, "punished")["speaker"]["name"] == "Teodor Vance"

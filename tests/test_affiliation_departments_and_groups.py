"""A cabinet department's post with a rank between the department and `secretary` (`Homeland Security Deputy
Secretary`) is still in that department; an agency known by its initials is named in full; a group whose
name ends in a party's word in the plural (`Marsh Valley Republicans`) is that group, not the party; and a
participle with its agent after a name (`a petition to Ann Roe, backed by …`) states nothing about her.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, quote_with

DRAFT = (
    "Homeland Security Deputy Secretary Ann Roe visited the Eastland port on Monday.\n\n"
    "“The new scanners will be running by spring,” Roe said.\n\n"
    "Labor Deputy Secretary Ivo Brandt toured a ferry yard in Westport.\n\n"
    "“The yard pays its welders fairly,” Brandt said.\n\n"
    "Marsh Valley Republicans president Dov Kessler spoke at the pier.\n\n"
    "“Our members want a seat at the table,” Kessler said.\n\n"
    "EPA Administrator Lena Marsh met the mayor of Westport.\n\n"
    "“The river is cleaner than it was,” Marsh said.\n\n"
    "The ferry riders handed a petition to Gus Vole, backed by Democrats in the town, at noon.\n\n"
    "“I have read it twice,” Vole said.\n"
)

draft = draft_fixture(DRAFT)


def _speaker(doc: dict, snippet: str) -> dict:
    return quote_with(doc, snippet)["speaker"]


def test_a_deputy_secretary_serves_the_department(draft):
    assert body_of(draft, "running by spring") == "Department of Homeland Security"
    assert body_of(draft, "pays its welders") == "Department of Labor"


def test_a_party_group_is_its_own_body(draft):
    assert body_of(draft, "seat at the table") == "Marsh Valley Republicans"
    assert _speaker(draft, "seat at the table").get("party") is None


def test_an_agency_by_its_initials_is_named_in_full(draft):
    assert body_of(draft, "cleaner than it was") == "Environmental Protection Agency"


def test_a_participle_with_its_agent_gives_no_party(draft):
    assert _speaker(draft, "read it twice").get("party") is None

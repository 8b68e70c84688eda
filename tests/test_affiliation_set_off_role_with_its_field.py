"""`The harbor trust's curator of fishes, X,`, `Its head of education, X,`: a role set off before a name whose
`of` names the field it covers in lower-case words is her title, the field and all. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Eels go missing at the waterfront\n\n"
    "The harbor trust's curator of fishes, Tamsin Parrish, counted the eels on Sunday. “Two are missing,” "
    "Parrish said.\n\n"
    "The trust reopened its tanks last spring. Its head of education, Otto Kranz, led the morning tour. "
    "“Children loved the rays,” Kranz said.\n\n"
    "The trust's chair hired a deputy on Friday. Her head of grants and outreach, Wim Castor, starts in May. "
    "“The money is ready,” Castor said.\n\n"
    "Visitors crowded Brackwater Marine Center on Saturday. The center's director of animal care, Edda Thorne, "
    "asked them to step back. “The seals need quiet,” Thorne said.\n"
)

draft = draft_fixture(DRAFT)


def title(doc: dict, snippet: str) -> str | None:
    return quote_with(doc, snippet)["speaker"]["title"]


def body(doc: dict, snippet: str) -> str | None:
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_a_role_and_its_field_set_off_before_the_name_is_her_title(draft):
    assert title(draft, "Two are missing") == "curator of fishes"
    assert title(draft, "Children loved the rays") == "head of education"


def test_a_field_of_two_nouns_joined_by_and_stays_whole(draft):
    assert title(draft, "The money is ready") == "head of grants and outreach"


def test_the_body_the_owner_points_back_to_stays_beside_the_role_and_field(draft):
    assert title(draft, "The seals need quiet") == "director of animal care"
    assert body(draft, "The seals need quiet") == "Brackwater Marine Center"

"""A role, then `at` or `for` and a name, says where the person works, whatever the tagger calls the name
(`a cook at the Marlin`, `a professor at Northfield`), unless it is a country or a state, a person after a bare
`for`, or no one body (`a guard at a Toledo casino`). A small link word between capitalised words is inside a
body's name (`the advocacy group Citizens for Rivers`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "The casino stopped paying pensions last year. Ann Roe, a cook at the Marlin, said the workers were angry. "
    "“It is a great chance for us,” said Roe, 55, of Dunmore.\n\n"
    "“We were scared,” said Lena Marsh, 41, a waitress at the Blue Heron restaurant.\n\n"
    "“Tests are fine,” said Mia Holt, an education professor at Northfield who once worked for Sen. Ann Velde.\n\n"
    "“We will fight,” said Ida Moss, policy chief of the green campaign group Citizens for "
    "Rivers.\n\n"
    "“He is right,” said Rick Dunn, spokesman for Tom Ferris.\n\n"
    "“Iowa is ours,” said Tom Reed, an organizer for Iowa.\n\n"
    "“I like her,” said Ivo Brandt, a security guard at a Toledo casino.\n"
)

draft = draft_fixture(DRAFT)


def _org(doc: dict, snippet: str) -> str | None:
    assert speaker_of(doc, snippet)
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_a_name_tagged_as_a_person_after_at_the_is_her_workplace(draft):
    assert _org(draft, "great chance") == "Marlin"


def test_a_named_restaurant_after_at_the_is_her_workplace(draft):
    assert _org(draft, "We were scared") == "Blue Heron restaurant"


def test_a_university_tagged_as_a_place_after_at_is_her_workplace(draft):
    assert _org(draft, "Tests are fine") == "Northfield"


def test_a_link_word_inside_a_body_name_after_its_description(draft):
    assert _org(draft, "We will fight") == "Citizens for Rivers"


def test_a_person_after_for_is_no_body(draft):
    assert _org(draft, "He is right") is None


def test_a_state_after_for_is_no_body(draft):
    assert _org(draft, "Iowa is ours") is None


def test_a_place_before_a_common_noun_names_no_one_body(draft):
    assert _org(draft, "I like her") is None

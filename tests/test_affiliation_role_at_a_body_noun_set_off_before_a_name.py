"""`The director of the foundation, X,`, `A spokesman for the council, X,`: a role linked to a body by its common
noun, set off before a name, is her description. With a body named just before for the noun to stand for (`the
club` after the Elmsford Skating Club), the title is the role and the body is that one; with none, the title is
written whole (`secretary of the navy` names a post by its body's noun). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Skating season opens late\n\n"
    "The director of the foundation, Ottilie Brisk, said the rink would open in January. “The ice is too thin,” "
    "Brisk said.\n\n"
    "Last winter the Elmsford Skating Club trained 300 children. The head coach of the club, Halvard Quist, said "
    "they would train indoors. “We will manage,” Quist said.\n\n"
    "A spokesman for the council, Sunniva Wren, said repairs were under way. “The pumps are fixed,” Wren said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_role_at_an_unnamed_body_set_off_before_the_name_is_her_title(draft):
    for snippet, title in (("The ice is too thin", "director of the foundation"),
                           ("The pumps are fixed", "spokesman for the council")):
        doc = quote_with(draft, snippet)
        assert doc["speaker"]["title"] == title
        assert doc["affiliation"] is None


def test_the_body_named_just_before_is_the_one_the_noun_stands_for(draft):
    doc = quote_with(draft, "We will manage")
    assert doc["speaker"]["title"] == "head coach"
    assert doc["affiliation"]["name"] == "Elmsford Skating Club"

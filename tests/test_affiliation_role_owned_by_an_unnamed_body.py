"""`The library board's vice chair, X,` where no board is named for the noun to point back to: the title is the
role alone; which board the draft does not say, so no body is shown. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with
from quoteguard.affiliation.referents import role_of_unnamed_owner

DRAFT = (
    "Fee fight at the reading room\n\n"
    "The library board's vice chair, Colm Adair, opposed the new fee on Thursday. “Books should stay free,” "
    "Adair said.\n\n"
    "The union's treasurer, Marlo Selby, backed him. “Our members borrow every week,” Selby said.\n\n"
    "The museum's chief curator, Lotte Varga, said two galleries would shut. “We cannot staff them,” Varga said.\n\n"
    "The charity's head of policy, Nia Rowe, warned that families would lose out. “Children will miss out,” "
    "Rowe said.\n\n"
    "Visitors to Eastbay Natural History Museum fell by a third. The museum's director, Pim Okoro, blamed the "
    "weather. “It rained all summer,” Okoro said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_common_noun_owning_the_role_is_no_part_of_the_title(draft):
    doc = quote_with(draft, "Books should stay free")
    assert doc["speaker"]["title"] == "vice chair"
    assert doc["affiliation"] is None
    doc = quote_with(draft, "Our members borrow")
    assert doc["speaker"]["title"] == "treasurer"
    assert doc["affiliation"] is None



def test_a_museum_or_a_charity_owning_the_role_is_a_body_too(draft):
    doc = quote_with(draft, "We cannot staff them")
    assert (doc["speaker"]["title"], doc["affiliation"]) == ("chief curator", None)
    doc = quote_with(draft, "Children will miss out")
    assert (doc["speaker"]["title"], doc["affiliation"]) == ("head of policy", None)
    doc = quote_with(draft, "It rained all summer")
    assert doc["speaker"]["title"] == "director"
    assert doc["affiliation"]["name"] == "Eastbay Natural History Museum"


def test_an_owner_after_a_link_word_is_whose_the_role_after_it_is(kb):
    # (`aide to board's chair`: the aide's role comes first; the board owns the chair, not her title)
    assert role_of_unnamed_owner("aide to board's chair", kb) == "aide to board's chair"
    assert role_of_unnamed_owner("ferry board's chair", kb) == "chair"

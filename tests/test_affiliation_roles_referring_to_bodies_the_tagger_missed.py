"""`the company's chief executive, X`, `its head of fieldwork, X`, `bureau inspector X`: a role that points back to a
body is with the body named just before it, also when the tagger left that body's name untagged or read it as a
person or a place, when the role has a portfolio after it, and when the body's common noun opens the role with no
owner. The sentence before may close the paragraph before. A former post points back to no body of hers.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Lighthouse keepers rally on the cape.\n\n"
    "Gorsefield Water pleaded guilty. “We are sorry,” said the company’s chief executive, Lysander Pike.\n\n"
    "Marrowby Dairies admitted the breach. “It will not happen again,” said the firm’s founder, Hesper Vance.\n\n"
    "The Tidewater Conservancy praised the fine. Its head of fieldwork, Casimir Oduya, said: “The marsh will "
    "recover within a year.”\n\n"
    "The county Bureau of Weights was told of the spill. “We will test every scale on the quay,” said bureau "
    "inspector Wendell Achterberg.\n\n"
    "After a storm flooded Quillan's Chandlery in March, its owner, Bettina Quillan, slept in the loft. “The ropes "
    "floated away,” Quillan said.\n\n"
    "The Harbor Pilots Guild met on Monday. “Nobody asked us,” said former guild secretary Ansel Korhonen.\n\n"
    "Volunteers repainted the Fennick Maritime Museum over the winter.\n\n"
    "“The figureheads finally look like themselves,” said Philippa Ruthven, its curator.\n"
)

draft = draft_fixture(DRAFT)


def body(doc: dict, snippet: str) -> str | None:
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_a_body_the_tagger_left_untagged_is_the_one_the_role_points_back_to(draft):
    assert body(draft, "We are sorry") == "Gorsefield Water"


def test_the_firm_stands_for_a_body_of_any_name(draft):
    assert body(draft, "not happen again") == "Marrowby Dairies"


def test_a_role_with_a_portfolio_after_it_points_back_to_the_body(draft):
    assert body(draft, "marsh will recover") == "Tidewater Conservancy"


def test_a_body_noun_opening_a_role_points_back_to_the_body(draft):
    assert body(draft, "every scale") == "Bureau of Weights"


def test_a_shop_named_after_its_owner_is_a_body_whatever_the_tagger_says(draft):
    assert body(draft, "ropes floated") == "Quillan's Chandlery"


def test_the_sentence_before_may_end_the_paragraph_before(draft):
    assert body(draft, "figureheads") == "Fennick Maritime Museum"


def test_a_former_post_points_back_to_no_body(draft):
    assert body(draft, "Nobody asked us") is None

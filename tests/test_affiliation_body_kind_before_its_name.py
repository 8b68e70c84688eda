"""`said Stu Ransom of the non-partisan Ransom-Gale Election Letter`, `of digital consulting firm Brightline`:
lower-case words saying what kind of body it is may stand between `of` and the body's name; the body is the name
alone. A place after `of` (`of suburban Concord`) stays no body, and so does a role after `with` (`compared her with
the former Eastland Governor`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

DRAFT = (
    "Campaign notebook\n\n"
    "“The map favors her,” said Stu Ransom of the non-partisan Ransom-Gale Election Letter.\n\n"
    "“They overreached,” said Phil Mercer of digital consulting firm Brightline Strategies.\n\n"
    "“It is a tax hike,” said Dana Pruitt of the conservative Heritage Institute.\n\n"
    "“Nobody asked us,” said Omar Saleh of suburban Concord.\n\n"
    "Critics compared Rosa Lind with the segregationist former Eastland Democratic Governor, Hal Kline. "
    "“It is a smear,” Lind said.\n"
)

draft = draft_fixture(DRAFT)


def test_an_adjective_between_of_the_and_the_body(draft):
    assert body_of(draft, "map favors her") == "Ransom-Gale Election Letter"


def test_a_kind_of_firm_before_its_name(draft):
    assert body_of(draft, "They overreached") == "Brightline Strategies"


def test_a_political_leaning_before_a_think_tank(draft):
    assert body_of(draft, "tax hike") == "Heritage Institute"


def test_a_place_after_a_lowercase_word_is_no_body(draft):
    assert body_of(draft, "Nobody asked us") is None


def test_a_role_after_with_is_no_body(draft):
    assert body_of(draft, "It is a smear") is None

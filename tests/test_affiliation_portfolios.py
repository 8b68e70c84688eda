"""`chief of Fremish affairs at the Harbor Trade Council`: the words before `at` with a lower-case
word in them are a portfolio, so the body is the council; a capitalised programme at a body keeps its
own name. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

DRAFT = (
    "“We are watching the tides,” said Ann Roe, chief of Fremish affairs at the Harbor Trade Council.\n\n"
    "“The data are clear,” said Ivo Brandt, director of the Tide Studies Program at the Harbor Institute.\n"
)

draft = draft_fixture(DRAFT)


def test_a_portfolio_before_at_is_no_part_of_the_body(draft):
    assert body_of(draft, "We are watching the tides") == "Harbor Trade Council"


def test_a_named_programme_at_a_body_keeps_its_name(draft):
    assert body_of(draft, "The data are clear") == "Tide Studies Program at the Harbor Institute"

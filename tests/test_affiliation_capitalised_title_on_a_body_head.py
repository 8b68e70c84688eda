"""A capitalised title opening on a body's head word (`Council President`, `Committee Chairwoman`) serves the one body
the draft names in full with that head, as a lower-case role does (`Council member`); with two such bodies named,
nothing is said. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, quote_with

ONE = (
    "The Oldcastle Borough Council delayed its budget vote until the spring.\n\n"
    "“The reserves will not stretch another year,” Council President Maren Tolliver warned.\n"
)
TWO = (
    "The Oldcastle Borough Council and the Fenwick Parish Council met jointly on the bypass plan.\n\n"
    "“The reserves will not stretch another year,” Council President Maren Tolliver warned.\n"
)

one = draft_fixture(ONE)
two = draft_fixture(TWO)


def test_the_one_council_named_in_full_is_hers(one):
    assert body_of(one, "reserves will not stretch") == "Oldcastle Borough Council"


def test_the_title_stays_as_written(one):
    assert quote_with(one, "reserves will not stretch")["speaker"]["title"] == "Council President"


def test_two_councils_named_leave_it_open(two):
    assert body_of(two, "reserves will not stretch") is None

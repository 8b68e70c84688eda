"""A participle joined by `and` to an earlier one set off by a comma goes on with it, not with the clause the first
one reports, on sentences written for these tests."""

from __future__ import annotations

from conftest import sieve_source


def test_the_second_participle_shares_the_first_ones_speaker(pipeline, kb):
    text = ("Ann Roe pushed back against the complaints from the docks, saying her deputy had trained every new pilot "
            "himself and calling him “the best teacher on the coast.”")
    assert sieve_source(pipeline, kb, text) == ("before", "Ann Roe")


def test_a_description_speaks_through_both_participles(pipeline, kb):
    text = ("The harbor master brushed off the charges, insisting the crews had always obeyed the rules and warning "
            "the council that “one more audit will empty the port.”")
    assert sieve_source(pipeline, kb, text) == ("before", "The harbor master")


def test_a_lone_participle_keeps_its_clause(pipeline, kb):
    text = "Ann Roe spoke for an hour at the ferry terminal, calling the new timetable “a gift to the fleet.”"
    assert sieve_source(pipeline, kb, text) == ("before", "Ann Roe")

"""A plain noun, no name, with a `who` or `whose` clause that names someone else, as the subject of the cue: the
noun speaks, unnamed, its clause as written says who it is; the name inside only says whom the clause is about.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import sieve_found


def test_a_who_clause_on_a_plain_noun_keeps_the_nameless_speaker(pipeline, kb):
    found = sieve_found(pipeline, kb, "The orchard fair opened in drizzle.\n\n"
                                      "A beekeeper who sold honey to Councillor Marit Oyelaran last spring said "
                                      "\u201cthe hives came through the frost.\u201d\n")
    assert found is not None and found[1].kind == "unnamed"
    assert found[1].text.startswith("A beekeeper who sold honey to Councillor Marit Oyelaran")


def test_a_whose_clause_on_a_plain_noun_keeps_the_nameless_speaker(pipeline, kb):
    found = sieve_found(pipeline, kb, "The tram depot stayed dark on Sunday.\n\n"
                                      "A tailor whose nephew drives for Commissioner Bram Oduya said "
                                      "\u201cthe timetable changed twice this month.\u201d\n")
    assert found is not None and found[1].kind == "unnamed"
    assert found[1].text == "A tailor whose nephew drives for Commissioner Bram Oduya"


def test_a_plural_noun_with_a_who_clause_after_an_opening_phrase(pipeline, kb):
    found = sieve_found(pipeline, kb, "The tram depot stayed dark on Sunday.\n\n"
                                      "By evening, riders who had waited with Oduya on the platform said "
                                      "\u201cnobody told us a thing.\u201d\n")
    assert found is not None and found[1].kind == "unnamed"
    assert found[1].text.startswith("riders who had waited with Oduya")


def test_a_capitalised_plural_opening_the_sentence_with_a_who_clause(pipeline, kb):
    found = sieve_found(pipeline, kb, "The tram depot stayed dark on Sunday.\n\n"
                                      "Drivers who have worked under Oduya for years say "
                                      "\u201che never once rode the night route.\u201d\n")
    assert found is not None and found[1].kind == "unnamed"
    assert found[1].text.startswith("Drivers who have worked under Oduya")

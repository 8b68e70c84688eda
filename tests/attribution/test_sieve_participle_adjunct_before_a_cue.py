"""`Passengers contacted after the blackout said`: a participle on a person noun whose adjunct opens with `after`,
`before` or `since` describes the noun, which speaks; the adjunct's object is no subject. A real clause
(`The tram left after the conductor said`) keeps its own subject. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import sieve_found

SCENE = "Power came back to the east bank on Tuesday.\n\n"


def test_the_noun_before_a_participle_and_its_time_adjunct_speaks(pipeline, kb):
    found = sieve_found(pipeline, kb, SCENE + "Passengers contacted after the blackout said "
                                              "\u201cthe trams simply stopped.\u201d\n")
    assert found is not None and found[1].kind == "unnamed"
    assert found[1].text == "Passengers contacted after the blackout"


def test_the_same_with_before_and_a_present_cue(pipeline, kb):
    found = sieve_found(pipeline, kb, SCENE + "Tenants surveyed before the vote say "
                                              "\u201cthe rent rise came out of nowhere.\u201d\n")
    assert found is not None and found[1].kind == "unnamed"
    assert found[1].text.startswith("Tenants surveyed")


def test_a_clause_after_the_subordinator_keeps_its_subject(pipeline, kb):
    found = sieve_found(pipeline, kb, SCENE + "The tram left after the conductor said "
                                              "\u201cthe line is clear.\u201d\n")
    assert found is not None and found[1].text == "the conductor"

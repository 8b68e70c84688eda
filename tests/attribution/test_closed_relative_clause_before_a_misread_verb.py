"""`who` closes its clause before a main verb the tagger read as a plural noun: the name speaks."""

from __future__ import annotations

from conftest import sieve_source


def test_a_closed_who_clause_before_an_s_verb_read_as_a_noun_means_the_name(pipeline, kb):
    # The tagger reads `paints` as a plural noun; it is still the main verb after the aside the comma closes.
    text = ("On the radio, Dov Kessler, who ran the ferry line for a decade, paints the council members as "
            "\"timid caretakers.\"")
    assert sieve_source(pipeline, kb, text) == ("clause-subject", "Dov Kessler, who ran the ferry line for a decade")

"""A nameless noun, then a description set off by commas whose name hangs on a preposition (`a friend of X`):
the noun speaks, unnamed; the name only says whose friend it is. A name set off by itself still names the noun.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import sieve_found

SCENE = "The night market shut early because of the hail.\n\n"


def test_a_name_inside_a_set_off_description_is_not_the_speaker(pipeline, kb):
    found = sieve_found(pipeline, kb, SCENE + "A noodle vendor near the fountain, an old schoolmate of Deputy Linnea "
                                              "Achterberg, said \u201cwe packed up before the ice came.\u201d\n")
    assert found is not None and found[1].kind == "unnamed"
    assert found[1].text == "A noodle vendor near the fountain"


def test_a_name_set_off_by_itself_still_names_the_noun(pipeline, kb):
    found = sieve_found(pipeline, kb, SCENE + "A noodle vendor, Linnea Achterberg, said "
                                              "\u201cwe packed up before the ice came.\u201d\n")
    assert found is not None and found[1].kind == "person"

"""A surname with its particles (`Le Roc`, `van den Broek`) standing alone after the person was named in full is
that person, however the tagger labels it: a copula after it states their post (`Le Roc is a candidate for the
school board`), as after any surname.

Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import speaker_of


@pytest.mark.parametrize("opening", [
    pytest.param("Dana Le Roc runs the bakery on Quay Street.", id="named-before-in-a-paragraph-of-its-own"),
    pytest.param("Volunteers packed the library on Tuesday, where Dana Le Roc spoke for an hour.",
                 id="named-inside-a-clause"),
])
def test_the_post_stated_of_a_particled_surname_is_the_persons(check, opening):
    draft = check(opening + "\n\nLe Roc is a candidate for the school board. "
                            "\u201cOur teachers need support,\u201d Le Roc told parents at the library.\n")
    speaker = speaker_of(draft, "teachers need support")
    assert speaker["name"] == "Dana Le Roc"
    assert speaker["title"] == "candidate for the school board"

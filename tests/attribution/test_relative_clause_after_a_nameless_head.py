"""A nameless description whose set-off `who` clause names someone else: the clause describes the
person the description is, so that person speaks, unnamed, not the one the clause names.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of


def test_a_name_in_the_who_clause_of_a_nameless_speaker_is_not_the_speaker(check):
    draft = check("Rain fell on the harbor parade all afternoon.\n\n"
                  "A fisherman on the breakwater, who had sold bait to Alderman Pieter Voskuijl for years, "
                  "shouted \u201cnobody asked the boats what they wanted.\u201d\n")
    speaker = speaker_of(draft, "nobody asked the boats")
    assert speaker["name"] != "Pieter Voskuijl"
    assert "fisherman" in speaker["name"]

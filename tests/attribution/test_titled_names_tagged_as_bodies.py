"""A full name right after a title word, which the tagger took for part of a body's name, is the person whose
surname the draft gives a person elsewhere: the title before it is theirs, and the name is a mention. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of


def test_a_titled_full_name_the_tagger_took_for_a_body(check):
    draft = check("Last week, Kessler pressed Harbor National Chairman Rasmus Quell on the matter of tolls.\n\n"
                  "Quell did not budge. \"We will keep the docks open,\" Quell said.\n")
    speaker = speaker_of(draft, "keep the docks open")
    assert speaker["name"] == "Rasmus Quell"
    assert speaker["title"] == "Chairman"

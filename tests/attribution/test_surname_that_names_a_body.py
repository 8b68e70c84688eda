"""A surname that is also a company's name (`Shell`) is still the person's when a lone given name the
tagger calls a person stands right before it: the tagger may read the surname alone as the body, or the
tokenizer may end a sentence after the given name, yet the two words are one name, so the bare surname
later finds the full name. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of


def test_a_surname_read_as_a_body_after_a_given_name_is_the_persons(check):
    draft = check("Lighthouse reopens\n\nMira Shell restored the old lighthouse over four summers. "
                  "\"The lamp works again,\" Shell said on Sunday.\n")
    speaker = speaker_of(draft, "lamp works")
    assert speaker["name"] == "Mira Shell"
    assert speaker["type"] == "person"


def test_a_surname_cut_off_by_a_sentence_break_after_the_given_name_is_the_persons(check):
    draft = check("Kite festival\n\nLena Shell runs the kite festival. \"The wind was perfect,\" Shell said.\n")
    speaker = speaker_of(draft, "wind was perfect")
    assert speaker["name"] == "Lena Shell"
    assert speaker["type"] == "person"

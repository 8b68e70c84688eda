"""A surname that is also a company's name (`Shell`) is still the person's: when a lone given name the
tagger calls a person stands right before it (the tagger reading the surname alone as the body, or the
tokenizer ending a sentence after the given name), and when the tagger reads the whole name as the body
but the bare surname later acts as a subject, so the bare surname finds the full name. A place before a
party (`Virginia Democrats`) stays no person. Invented sentences, real pipeline."""

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


def test_a_full_name_read_as_a_body_is_the_person_when_the_surname_acts_alone_later(check):
    # (the tagger reads both words as the company; the bare surname later stands as a subject)
    draft = check("Orchard losses\n\nIngrid Shell manages the orchard cooperative above Brindle. "
                  "\"The frost took half the apples,\" Shell said.\n")
    speaker = speaker_of(draft, "frost took half")
    assert speaker["name"] == "Ingrid Shell"
    assert speaker["type"] == "person"


def test_a_place_before_a_party_is_no_full_name(check):
    draft = check("Caucus night\n\nVirginia Democrats met in a school gym on Saturday. "
                  "\"We expect a long night,\" Democrats said in a statement.\n")
    assert speaker_of(draft, "long night")["type"] != "person"

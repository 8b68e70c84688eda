"""A description that opens a sentence, set off by a comma before the name of its subject (`A veteran ferry
pilot, Jonas Rask has long said …`), says who she is: her title, while her phrase as a source stays the
name. A name and verb closed by a comma (`The dockers, Ivo Brandt said, were tired`) are an aside, and
`Unlike the mayor, X has …` is a comparison: neither gives a title. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "A veteran ferry pilot, Jonas Rask has long said the channel is too shallow. “It is too shallow,” Rask said.\n\n"
    "The harbor board's longtime treasurer, Edda Voss has argued for higher fees. “Fees must rise,” Voss said.\n\n"
    "The dockers, Ivo Brandt said, were tired. “They need rest,” Brandt said.\n"
)

draft = draft_fixture(DRAFT)
comparison = draft_fixture("Unlike the mayor, Hedda Amsel has said little of the ferry. “I am waiting,” Amsel said.\n")


def test_a_description_opening_the_sentence_is_its_subjects_title(draft):
    assert speaker_of(draft, "It is too shallow")["title"] == "veteran ferry pilot"
    assert speaker_of(draft, "Fees must rise")["title"] == "longtime treasurer"


def test_the_source_phrase_stays_the_name(draft):
    assert speaker_of(draft, "It is too shallow")["name"] == "Jonas Rask"
    assert "pilot" not in (quote_with(draft, "It is too shallow")["speaker"]["mention"] or "")


def test_a_name_opening_an_aside_takes_no_title(draft):
    assert speaker_of(draft, "They need rest")["title"] is None


def test_a_comparison_is_no_title(comparison):
    assert speaker_of(comparison, "I am waiting")["title"] is None

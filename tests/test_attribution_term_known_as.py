"""`a tactic known in police training as a "box-in"`: a term the draft names with `known … as`, an article before
it or a few words inside the cue, is nobody's words, so the subject of the clause around it is not its speaker.
A partial quote after a speech verb in the same shape of sentence stays speech. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Driver hurt in police stop\n\n"
    "Tom Varga, 31, was injured during a tactic known in police circles as a “box-in”, in which three cars "
    "surround a vehicle.\n\n"
    "His sister Idony Varga said the stop had been “reckless from start to finish”.\n"
)

draft = draft_fixture(DRAFT)


def test_a_term_known_by_a_phrase_inside_the_cue_is_nobodys_words(draft):
    quote = quote_with(draft, "box-in")
    assert quote["speech"] is False
    assert quote["speaker"] is None


def test_a_partial_quote_after_a_speech_verb_is_still_speech(draft):
    quote = quote_with(draft, "reckless from start")
    assert quote["speech"] is True
    assert quote["speaker"]["name"] == "Idony Varga"

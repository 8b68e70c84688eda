"""`"…," said one neighbour, who asked not to be named. "Then the lights went out."`: a naming word (`named`,
`called`) that ends the sentence before a quote is no term cue for it; the quote is speech and goes on the
neighbour's words. Right before a quote (`a dog named "Biscuit"`) it still makes a name. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "Power cut in Dunmore\n\n"
    "“We heard a bang,” said one neighbour, who asked not to be named. “Then the lights went out on the whole "
    "street.”\n\n"
    "Residents took in a stray dog named “Biscuit” while they waited for the engineers.\n"
)

draft = draft_fixture(DRAFT)


def test_a_quote_after_a_sentence_ending_in_named_is_speech(draft):
    quote = quote_with(draft, "lights went out")
    assert quote["speech"] is True
    assert speaker_of(draft, "lights went out")["name"] == "one neighbour"


def test_a_name_right_after_named_is_no_speech(draft):
    quote = quote_with(draft, "Biscuit")
    assert quote["speech"] is False
    assert quote["speaker"] is None

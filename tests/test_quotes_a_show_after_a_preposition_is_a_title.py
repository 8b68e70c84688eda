"""`he said on "Meet the Harbor."`, `host of "The Late Desk."`: a phrase in quotation marks with every word
capitalised, right after `on`, `in`, `of` or `with`, its full stop set inside the closing mark by house style, is a
show's or a work's name, nobody's words; words a speaker said after `from` stay speech. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Senator makes the rounds\n\n"
    "“I expect to be questioned,” Ana Velde said on “Meet the Harbor.”\n\n"
    "Tom Hale, who now hosts a late show, was once the host of “The Harbor Desk Tonight.”\n\n"
    "Velde said she had brought jobs to every town from “Eastport to Westfield.”\n"
)

draft = draft_fixture(DRAFT)


def test_a_show_named_after_on_is_no_speech(draft):
    quote = quote_with(draft, "Meet the Harbor")
    assert quote["speech"] is False
    assert quote["speaker"] is None


def test_a_show_named_after_of_is_no_speech(draft):
    assert quote_with(draft, "Harbor Desk Tonight")["speech"] is False


def test_the_speech_before_it_keeps_its_speaker(draft):
    assert quote_with(draft, "expect to be questioned")["speaker"]["name"] == "Ana Velde"


def test_words_after_from_stay_speech(draft):
    assert quote_with(draft, "Eastport to Westfield")["speech"] is True

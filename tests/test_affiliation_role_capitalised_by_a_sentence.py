"""`Filmmaker Jack Moreno called the rally …`: a role word opening a sentence has a capital only because it opens
it; the tagger may read it as a proper noun, but it is the person's title. A given name opening a sentence is no
title, nor is a word such as `Neither` that only looks like one. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Rally notebook\n\n"
    "Filmmaker Jack Moreno called the rally “a circus.”\n\n"
    "Economist Lena Dorsey said the plan “will not add up.”\n\n"
    "Carter Bell Hughes said the crowd was “smaller than last time.”\n\n"
    "Neither Abbot nor her rival said much. Later, Hal Kline called the debate “a draw.”\n"
)

draft = draft_fixture(DRAFT)


def test_a_role_opening_the_sentence_is_the_title(draft):
    speaker = speaker_of(draft, "a circus")
    assert speaker["name"] == "Jack Moreno"
    assert speaker["title"] == "Filmmaker"


def test_another_role_opening_the_sentence(draft):
    assert speaker_of(draft, "will not add up")["title"] == "Economist"


def test_a_name_opening_the_sentence_is_no_title(draft):
    assert speaker_of(draft, "smaller than last time")["title"] is None


def test_a_conjunction_opening_the_sentence_is_no_title(draft):
    assert speaker_of(draft, "a draw")["title"] is None

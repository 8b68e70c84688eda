"""`Konrad Albers, the Christian Democratic Union's candidate`, `the Social Democratic Party's Lena Hartwig`: a
party whose name holds another party's word (`Democratic`) is read whole, longest name first, never as the US
Democratic Party; `Republican presidential nominee` still names the Republican Party. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Albers courts eastern voters\n\n"
    "LEIPZIG, Germany — Konrad Albers, the Christian Democratic Union’s candidate for chancellor, spoke in the "
    "market square on Saturday. “We will cut the electricity tax in our first hundred days,” Albers said.\n\n"
    "Lena Hartwig, the Social Democratic Party’s candidate, called the pledge “a sugar rush” at a rally in Dresden.\n\n"
    "In Ohio, Republican presidential nominee Dale Mercer said the race was “tightening by the day.”\n"
)

draft = draft_fixture(DRAFT)


def test_a_german_partys_name_is_read_whole(draft):
    assert speaker_of(draft, "electricity tax")["party"] == "Christian Democratic Union"


def test_social_democratic_is_no_us_democrat(draft):
    assert speaker_of(draft, "sugar rush")["party"] == "Social Democratic Party"


def test_a_us_party_word_still_names_its_party(draft):
    assert speaker_of(draft, "tightening by the day")["party"] == "Republican Party"

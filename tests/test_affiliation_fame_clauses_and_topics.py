"""A title ends before a clause saying what its holder is known for (`a stage actor best known for television
comedy` → stage actor), and a post keeps the field it covers (`the opposition spokeswoman on defence`), whether the
description follows the name or is set off before it. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

FAME = (
    "The part of the lighthouse keeper went to Casimir Loft, a stage actor best known for radio drama.\n\n"
    "“I had never held a lantern on stage,” Loft said.\n\n"
    "Greta Ombry, a potter famous for her salt glazes, judged the craft tent. “The entries were bold,” Ombry said.\n"
)
TOPIC = (
    "The opposition spokeswoman on transport, Miriam Selk, said the new timetable ignored rural stops.\n\n"
    "“Half the county lost its evening bus,” Selk said.\n\n"
    "Robert Quayle, the government adviser on water policy, disagreed. “The buses were empty,” Quayle said.\n"
)

fame = draft_fixture(FAME)
topic = draft_fixture(TOPIC)


def _title(doc: dict, snippet: str) -> str | None:
    return quote_with(doc, snippet)["speaker"]["title"]


def test_the_title_ends_before_best_known_for(fame):
    assert _title(fame, "never held a lantern") == "stage actor"


def test_the_title_ends_before_famous_for(fame):
    assert _title(fame, "entries were bold") == "potter"


def test_a_post_set_off_before_the_name_keeps_its_field(topic):
    assert _title(topic, "lost its evening bus") == "opposition spokeswoman on transport"


def test_a_post_after_the_name_keeps_its_field(topic):
    assert _title(topic, "buses were empty") == "government adviser on water policy"

"""Cries the draft names no one for get no speaker; a chant someone is named for keeps them.

Each case is a sentence written for the pattern, run through the real Stanza pipeline.
"""

from __future__ import annotations

import pytest

from conftest import quote_with, speaker_of
from quoteguard.attribution.draft import Draft
from quoteguard.attribution.unvoiced import unvoiced_quotes
from quoteguard.io import document_from_text
from quoteguard.nlp import analyse
from quoteguard.quotes import classify, find_quotes


@pytest.mark.parametrize(("text", "snippet"), [
    # the chant greets the speaker of the next clause; he does not chant it
    ("Striding into the depot to chants of “Vera! Vera!,” the mayor said the count was close.\n", "Vera! Vera!"),
    # a cry used as a noun's modifier, after the remark that drew it
    ("Ms. Dorn thanked the volunteers and joked, “You are all hired,” drawing loud boos and “DORN!” chants.\n",
     "DORN!"),
])
def test_a_cry_no_one_is_named_for_has_no_speaker(check, text, snippet):
    assert quote_with(check(text), snippet)["speaker"] is None


def test_a_chant_answered_with_by_the_subject_is_the_subjects(check):
    text = "The mayor paused at the gate, and her supporters answered with chants of “Four more years!”\n"
    assert speaker_of(check(text), "Four more years")["name"] == "her supporters"


def _unvoiced(pipeline, kb, text: str) -> tuple[set[str], set[str]]:
    """The ids `unvoiced_quotes` finds in the draft, and the ids of all its quotes."""
    doc = document_from_text(text, "draft.txt")
    analysis = analyse(doc.text, pipeline, None)
    draft = Draft(doc, analysis, classify(doc, find_quotes(doc), analysis, kb), kb)
    return unvoiced_quotes(draft), {q.id for q in draft.quotes}


def test_a_cry_joined_to_an_unowned_cry_by_and_is_nobodys_too(pipeline, kb):
    found, quotes = _unvoiced(pipeline, kb, "Ana Dorn was mobbed on the pier. Steady calls of “Go Ana Go” or "
                                            "“We love you, Ana” rose from the boats.")
    assert found == quotes and len(quotes) == 2


def test_an_alias_straight_after_its_cue_has_no_speaker(check):
    text = "Marta Lind, 52, known online as “Lindy,” was extradited to Velmar in 2014.\n"
    assert quote_with(check(text), "Lindy")["speaker"] is None


@pytest.mark.parametrize(("text", "alias"), [
    ("Touring all 40 wards is a feat known locally as “the full Lind” among the council hopefuls.", True),
    ("The crews use a tactic known in police circles as a “box-in” on the ring road.", True),
    # `by` after the term says who calls it so: the sieves decide whose words it is
    ("Drivers used a depot long known as the “green lane” by its neighbors.", False),
])
def test_an_alias_cue_may_hold_a_few_words_and_an_article(pipeline, kb, text, alias):
    found, quotes = _unvoiced(pipeline, kb, text)
    assert found == (quotes if alias else set())


@pytest.mark.parametrize(("text", "snippet"), [
    ("Striding into the depot to chants of “Vera! Vera!,” the mayor said the count was close.\n", "Vera! Vera!"),
    ("Marta Lind, 52, known online as “Lindy,” was extradited to Velmar in 2014.\n", "Lindy"),
])
def test_a_cry_or_alias_no_one_is_named_for_asks_for_no_speaker(check, text, snippet):
    """No one in the draft said them, so `unattributed-quote` has no one to ask the writer to name."""
    doc = check(text)
    quote = quote_with(doc, snippet)
    assert not [f for f in doc["findings"] if f["quote_id"] == quote["id"] and f["rule"] == "unattributed-quote"]

"""A quote's kind (scare, title, partial, full, nested) and whether it is anybody's words,
through the real Stanza pipeline."""

from __future__ import annotations

import pytest
from quote_offsets import assert_original_slices

from conftest import quote_with, rules_of

KINDS = (
    "The so-called “reforms” were delayed again.\n"
    "Visitors admired the bas-relief \"Suvorov soldiers in battle\" in the main hall.\n"
    "The festival opened with “The Long Night of the Harbour” on Friday.\n"
    "Union leader Amos Reed said the deal was “a real win for every worker in the valley” and left early.\n"
    "“We will not sign anything before the vote,” said Carla Jessup, the union treasurer.\n"
    "Rep. Robert C. “Bobby” Marsh opened his back garden to voters.\n"
    "Ana Davis’ commentary, “Mayor, tell your own story,” is thoughtful.\n"
)


@pytest.fixture(scope="module")
def kinds_doc(check):
    return check(KINDS)


def test_quote_text_is_the_original_slice_for_every_kind(kinds_doc):
    assert_original_slices(KINDS, kinds_doc)


@pytest.mark.parametrize(
    ("snippet", "kind"),
    [
        ("reforms", "scare"),
        ("Suvorov soldiers in battle", "title"),
        ("The Long Night of the Harbour", "title"),
        ("a real win for every worker", "partial"),
        ("We will not sign anything", "full"),
        ("Bobby", "title"),  # a nickname inside a name
        ("tell your own story", "title"),  # the title of a work named before it
    ],
)
def test_quote_kinds(kinds_doc, snippet, kind):
    assert quote_with(kinds_doc, snippet)["kind"] == kind


def test_only_speech_kinds_count_as_speech(kinds_doc):
    for quote in kinds_doc["quotes"]:
        assert quote["speech"] == (quote["kind"] in ("full", "partial"))
    assert kinds_doc["summary"]["speech_quotes"] == 2


def test_a_quoted_subhead_is_a_title_not_an_unattributed_quote(check):
    doc = check(
        "“We will rebuild,” said Ana Ruiz, the mayor of Lisbon.\n\n"
        "‘Coal Isn’t the Villain.’\n\n"
        "The plant closed in 2015, and the town has shrunk since.\n"
    )
    subhead = quote_with(doc, "Coal Isn")
    assert subhead["kind"] == "title" and subhead["speaker"] is None
    assert not [f for f in doc["findings"] if f["quote_id"] == subhead["id"]]


def test_a_stage_direction_in_a_transcript_is_nobodys_words(check):
    doc = check(
        "Governor Ellen Okafor sat down with the host on Sunday.\n\n"
        '"OKAFOR: Well, look, the budget is balanced. We kept our promise.\n\n'
        '"(CROSSTALK.)\n\n'
        '"OKAFOR: And we will keep it next year too."\n'
    )
    direction = quote_with(doc, "CROSSTALK")
    assert direction["kind"] == "scare" and direction["speaker"] is None
    assert quote_with(doc, "keep it next year")["speaker"]["name"] == "Ellen Okafor"
    assert not [f for f in doc["findings"] if f["quote_id"] == direction["id"]]


def test_a_quoted_term_that_is_then_defined_is_no_speech(check):
    doc = check('Lopez said the program requires an investment in a rural area or a "targeted growth zone," which is '
                'defined as a district with high unemployment.\n')
    term = quote_with(doc, "targeted growth zone")
    assert (term["kind"], term["speaker"]) == ("scare", None)
    assert "unattributed-quote" not in rules_of(doc)


def test_a_short_quote_called_language_is_someones_words(check):
    """`"recognized under state law," language that …`: quoted wording, not a scare quote, however short."""
    doc = check('Couples get the leave only if their marriage is "recognized under state law," language that '
                'could bar any unmarried parent.\n')
    assert quote_with(doc, "recognized under state law")["kind"] == "partial"
    assert "unattributed-quote" in rules_of(doc)

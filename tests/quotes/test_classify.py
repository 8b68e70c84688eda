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
    "Rep. Robert T. “Robin” Marsh opened his back garden to voters.\n"
    "Ivo Brandt’s commentary, “Harbor, keep your own counsel,” is thoughtful.\n"
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
        ("Robin", "title"),  # a nickname inside a name
        ("keep your own counsel", "title"),  # the title of a work named before it
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
        "‘Steel Is Not the Enemy.’\n\n"
        "The plant closed in 2015, and the town has shrunk since.\n"
    )
    subhead = quote_with(doc, "Steel Is Not")
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
    doc = check('Lopez said the program requires an investment in a farming district or a "targeted growth zone," '
                'which is defined as a district with high unemployment.\n')
    term = quote_with(doc, "targeted growth zone")
    assert (term["kind"], term["speaker"]) == ("scare", None)
    assert "unattributed-quote" not in rules_of(doc)


def test_a_short_quote_called_language_is_someones_words(check):
    """`"certified by the harbor office," wording that …`: quoted wording, not a scare quote, however short."""
    doc = check('Boats get the berth only if their hull is "certified by the harbor office," wording that '
                'could shut out every small skiff.\n')
    assert quote_with(doc, "certified by the harbor office")["kind"] == "partial"
    assert "unattributed-quote" in rules_of(doc)


@pytest.mark.parametrize("direction", ['"(LAUGHTER)"', '"(APPLAUSE.)"', "''(CROSSTALK)''", '"[inaudible]"'])
def test_a_stage_direction_in_a_sentence_of_its_own_is_nobodys_words(check, direction):
    doc = check(f"Senator Ana Ruiz finished her speech on Sunday. {direction} She then left the stage.\n")
    quote = quote_with(doc, direction[2:-2])
    assert (quote["kind"], quote["speaker"]) == ("scare", None)
    assert rules_of(doc) == []


NICKNAMES = (
    "The vote was close. Dwayne “The Hammer” Lanter said he would run the race.\n"
    "Wrestler Omar “Tank” Tidwell said he would run the race too.\n"
    "The old speaker Thomas \"Tip\" O'Dell ran the House for a decade, his aide said.\n"
    "Zoë \"Zo\" Ångström said the vote was close.\n"
)


@pytest.fixture(scope="module")
def nicknames_doc(check):
    return check(NICKNAMES)


@pytest.mark.parametrize("nickname", ["The Hammer", "Tank", "Tip", "Zo"])
def test_a_nickname_inside_a_name_is_nobodys_words(nicknames_doc, nickname):
    """`Dwayne "The Hammer" Lanter`: part of a name, so it has no speaker and no finding of its own."""
    quote = quote_with(nicknames_doc, f"{nickname}")
    assert (quote["kind"], quote["speaker"]) == ("title", None)
    assert not [f for f in nicknames_doc["findings"] if f["quote_id"] == quote["id"]]


WORKS = (
    "Ana Davis wrote a new book, “Hard Choices,” last year.\n"
    "The show “Harbour Nights” returns in May, the network said.\n"
    "He played the song “Born in the Valley” at every concert.\n"
    "Polls show “a clear decline in support,” said Vera Holm, a pollster at Veltra Bank.\n"
    "The data show “a steady fall in sales,” said Ivo Brandt, an analyst at Veltra Bank.\n"
)


@pytest.fixture(scope="module")
def works_doc(check):
    return check(WORKS)


@pytest.mark.parametrize("title", ["Hard Choices", "Harbour Nights", "Born in the Valley"])
def test_a_title_right_after_its_work_noun_is_nobodys_words(works_doc, title):
    quote = quote_with(works_doc, title)
    assert (quote["kind"], quote["speaker"]) == ("title", None)
    assert not [f for f in works_doc["findings"] if f["quote_id"] == quote["id"]]


@pytest.mark.parametrize(("snippet", "surname"), [("clear decline", "Holm"), ("steady fall", "Brandt")])
def test_the_verb_show_names_no_work(works_doc, snippet, surname):
    """`Polls show "…"`, `The data show "…"`: the verb is no work noun, so the quote stays speech."""
    quote = quote_with(works_doc, snippet)
    assert quote["kind"] == "partial" and surname in quote["speaker"]["name"]


CRIES = (
    "Mayor Ann Velde left the pier to chants of “Save The Pier” from the dockers.\n"
    "The mayor paused at the gate, and her supporters answered with chants of “Four More Years” as she waved.\n"
    "Outside the hall, angry cries of “Shame On Velde” rose from the crowd.\n"
)


@pytest.fixture(scope="module")
def cries_doc(check):
    return check(CRIES)


@pytest.mark.parametrize("cry", ["Save The Pier", "Four More Years", "Shame On Velde"])
def test_a_cry_in_title_case_is_speech_not_a_title(cries_doc, cry):
    """`chants of "Save The Pier"`: words shouted, however capitalised, are speech; whose they are is
    attribution's call."""
    quote = quote_with(cries_doc, cry)
    assert quote["kind"] in ("full", "partial") and quote["speech"]


@pytest.mark.parametrize(("cry", "speaker"), [("Save The Pier", None), ("Shame On Velde", None),
                                              ("Four More Years", "her supporters")])
def test_a_cry_in_title_case_keeps_only_the_owner_the_draft_names(cries_doc, cry, speaker):
    found = quote_with(cries_doc, cry)["speaker"]
    assert (found and found["name"]) == speaker
    if speaker is None:
        assert not [f for f in cries_doc["findings"] if f["quote_id"] == quote_with(cries_doc, cry)["id"]]

"""The tokenizer's false sentence breaks (`Board Chair Ottilie` | `Pryce told …`) are mended in the nlp stage,
before tagging and parsing; real breaks (a full stop, a line break, a heading run into its text) stay.
Invented sentences; the pipeline tests run the real Stanza models."""

from __future__ import annotations

import json

from conftest import quote_with, speaker_of
from quoteguard import sentence_breaks
from quoteguard.cache import AnalysisCache
from quoteguard.nlp import analyse
from quoteguard.sentence_breaks import Break, is_false_break, joined

DRAFT = ("Harbor town weighs cuts\n\nThe Dunmere council met on Wednesday to discuss the budget.\n\n"
         "Harbor Commission Chair Sunniva Okafor told the meeting the ferry fares would rise in the spring. "
         "She added: \"The boats are old.\"\n")


def test_a_name_cut_by_the_tokenizer_is_one_sentence_and_one_name(pipeline):
    # (the bundled tokenizer ends a sentence after `Sunniva` in this draft)
    analysis = analyse(DRAFT, pipeline)
    words = {t.text: t for t in analysis.tokens}
    assert words["Sunniva"].sentence == words["Okafor"].sentence == words["told"].sentence
    assert any(e.label == "PERSON" and e.text == "Sunniva Okafor" for e in analysis.entities)


def test_real_breaks_stay(pipeline):
    analysis = analyse(DRAFT, pipeline)
    words = {t.text: t for t in analysis.tokens}
    assert words["spring"].sentence != words["She"].sentence  # a full stop
    assert words["weighs"].sentence != words["Dunmere"].sentence  # a headline above the text


def test_the_person_who_added_a_quote_keeps_her_given_name_title_and_body(check):
    draft = check(DRAFT)
    speaker = speaker_of(draft, "boats are old")
    assert speaker["name"] == "Sunniva Okafor"
    assert speaker["title"] == "Chair"
    assert (quote_with(draft, "boats are old").get("affiliation") or {}).get("name") == "Harbor Commission"


def test_a_word_with_no_full_stop_before_a_capitalised_word_runs_on():
    assert is_false_break(Break(("said", "Board", "Chair", "Ottilie"), "Pryce", " "))
    assert is_false_break(Break(("the", "ferry", "line's", "chief"), "Hedda", " "))
    assert is_false_break(Break(("Okafor", "tells"), "The", "\u00a0"))


def test_a_full_stop_a_line_break_or_a_lower_case_word_is_a_real_break():
    assert not is_false_break(Break(("the", "spring", "."), "She", " "))
    assert not is_false_break(Break(("Harbor", "town", "weighs", "cuts"), "The", "\n\n"))
    assert not is_false_break(Break(("weighs", "cuts"), "The", "  "))
    assert not is_false_break(Break(("Chair", "Ottilie"), "pryce", " "))
    assert not is_false_break(Break(("in", "2019"), "The", " "))


def test_a_heading_run_into_its_text_is_a_real_break():
    assert not is_false_break(Break(("FERRY", "BOARD", "QUITS"), "After", " "))  # in capitals
    assert not is_false_break(Break(("FOR", "$", "2", "BILLION"), "The", " "))
    assert not is_false_break(Break(("Mayor", "Did", "Well"), "In", " "))  # in title case, a small word
    assert not is_false_break(Break(("Ferry", "Tolls"), "Is", " "))
    assert not is_false_break(Break(("Okafor", ":", "Ferry", "tolls"), "Some", " ", length=4))  # a label
    assert not is_false_break(Break(("6", ",", "2024", "9:30", "PM"), "The", " "))  # a time stamp
    # a network's initials in a sentence are no heading
    assert is_false_break(Break(("interview", "on", "GBN"), "Morning", " "))


def test_joined_rows_number_their_words_on():
    first = [{"id": 1, "text": "Chair"}, {"id": 2, "text": "Ottilie"}]
    second = [{"id": (1, 2), "text": "Pryce's"}, {"id": 1, "text": "Pryce"}, {"id": 2, "text": "'s"},
              {"id": 3, "text": "plan"}]
    third = [{"id": 1, "text": "Yes"}]
    out = joined([first, second, third], {0})
    assert [row["id"] for row in out[0]] == [1, 2, (3, 4), 3, 4, 5]
    assert out[1] == third


def test_the_cache_key_changes_with_the_break_test(model_source, monkeypatch, tmp_path):
    before = AnalysisCache(str(tmp_path), model_source).key(DRAFT, None)
    monkeypatch.setattr(sentence_breaks, "REVISION", "breaks-test")
    after = AnalysisCache(str(tmp_path), model_source).key(DRAFT, None)
    assert before != after
    assert json.dumps(sentence_breaks.key_part())

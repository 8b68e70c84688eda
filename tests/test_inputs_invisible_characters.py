"""Invisible format characters (soft hyphen, zero-width space/joiners, word joiner, BOM) pasted into a
draft: Stanza reads the text without them, while every offset, line and column stays in the draft."""

from __future__ import annotations

from conftest import position, quote_with, rules_of, speaker_of
from quoteguard.cache import AnalysisCache
from quoteguard.engine import Analyser
from quoteguard.invisible import strip_invisible, without_invisible
from quoteguard.nlp import analyse

SHY, ZWSP, WJ, BOM = "\u00ad", "\u200b", "\u2060", "\ufeff"

DRAFT = ("The port will close at noon on Friday.\n\n"
         "“We have not been told why the cranes stopped,” said Jane {0}Roemer, a spokeswoman for the "
         "Harbor Commission.\n\n"
         "“The crews will be back next week,” Roemer said.\n\n"
         "The mayor, Tomas {1}Bellweather, did not comment. “We need more infor{2}mation before the "
         "vote,” Bell{3}weather told reporters.")
PLAIN = DRAFT.format("", "", "", "")
PASTED = DRAFT.format(SHY, ZWSP, SHY, SHY)


def _speakers(doc: dict) -> list[tuple[str | None, str | None]]:
    return [(q["speaker"]["name"], q["speaker"]["title"]) if q["speaker"] else (None, None) for q in doc["quotes"]]


def test_a_soft_hyphen_before_a_surname_keeps_the_full_name_and_title(check):
    doc = check(PASTED)
    speaker = speaker_of(doc, "cranes stopped")
    assert speaker["name"] == "Jane Roemer"
    assert speaker["title"] == "spokeswoman for the Harbor Commission"
    later = speaker_of(doc, "back next week")  # the bare surname is still the same person
    assert later["id"] == speaker["id"]
    assert later["title"] == "spokeswoman for the Harbor Commission"


def test_a_soft_hyphen_inside_a_word_of_a_quote_keeps_its_place_and_text(check):
    doc = check(PASTED)
    quote = quote_with(doc, "before the")
    written = "“We need more infor\u00admation before the vote,”"
    assert quote["text"] == written  # as written in the draft, soft hyphen and all
    assert PASTED[quote["start"]:quote["end"]] == written
    assert (quote["line"], quote["column"]) == position(PASTED, "“We need")
    assert speaker_of(doc, "before the")["name"] == "Tomas Bellweather"


def test_a_zero_width_space_between_words(check):
    text = ("Harbor Commission chair Tomas Bellweather spoke on Monday.\n\n"
            f"{ZWSP}He added: “The{ZWSP} crews deserve{WJ} an answer.”\n\n"
            f"“We will meet them,” {BOM}Bellweather said.")
    doc = check(text)
    first = quote_with(doc, "crews deserve")
    assert first["text"] == f"“The{ZWSP} crews deserve{WJ} an answer.”"
    assert (first["line"], first["column"]) == position(text, "“The")
    assert speaker_of(doc, "crews deserve")["name"] == "Tomas Bellweather"
    assert speaker_of(doc, "meet them")["name"] == "Tomas Bellweather"


def test_the_draft_without_the_characters_names_the_same_speakers(check):
    assert _speakers(check(PASTED)) == _speakers(check(PLAIN))


def test_the_analysis_points_into_the_draft_as_written(pipeline):
    text = f"Jane {SHY}Roemer spoke about infor{SHY}mation at the Harbor Commission."
    analysis = analyse(text, pipeline)
    assert analysis.text == text
    words = {t.text: t for t in analysis.tokens}
    assert text[words["Roemer"].start:words["Roemer"].end] == "Roemer"
    assert text[words["information"].start:words["information"].end] == f"infor{SHY}mation"
    person = next(e for e in analysis.entities if e.label == "PERSON")
    assert text[person.start:person.end] == f"Jane {SHY}Roemer"


def test_the_cache_keys_on_the_draft_as_written(pipeline, model_source, tmp_path):
    cache = AnalysisCache(str(tmp_path), model_source)
    plain = "Jane Roemer spoke at the Harbor Commission."
    pasted = f"Jane {SHY}Roemer spoke at the Harbor Commission."
    assert cache.key(plain, None) != cache.key(pasted, None)
    analyser = Analyser(pipeline=pipeline, cache=cache)
    fresh = analyser.analyse(pasted, None)
    again = analyser.analyse(pasted, None)
    assert cache.hits == 1
    assert again.tokens == fresh.tokens and again.entities == fresh.entities
    assert [(t.start, t.end) for t in analyser.analyse(plain, None).tokens][1] == (5, 11)
    assert [(t.start, t.end) for t in again.tokens][1] == (6, 12)


def test_stripping_maps_offsets_back():
    stripped = strip_invisible(f"{BOM}ab{SHY}c {ZWSP}d")
    assert stripped.text == "abc d"
    assert [stripped.original_start(i) for i in range(5)] == [1, 2, 4, 5, 7]
    assert stripped.original_end(3) == 5 and stripped.original_end(5) == 8
    assert stripped.stripped_offset(7) == 4
    assert not strip_invisible("plain").changed
    assert without_invisible(f"Jane {SHY}Roe") == "Jane Roe"


def test_a_pasted_soft_hyphen_raises_no_findings_about_the_name(check):
    text = ("“The cranes stopped at dawn,” said Jane Roemer, a spokeswoman for the Harbor Commission.\n\n"
            f"“We were not told,” Roe{SHY}mer said.\n\n"
            f"Mayor Tomas {SHY}Bellweather declined to comment. “No,” {ZWSP}Bellweather said.")
    doc = check(text)
    assert speaker_of(doc, "not told")["name"] == "Jane Roemer"
    assert speaker_of(doc, "No,")["name"] == "Tomas Bellweather"
    assert not {"name-inconsistency", "first-reference-incomplete", "unidentified-speaker"} & set(rules_of(doc))
    assert (quote_with(doc, "No,")["line"], quote_with(doc, "No,")["column"]) == position(text, "“No,”")

"""`Transcript as follows:` or `Full text:` as a paragraph of its own labels the record of what was said; it is
nobody who speaks. The quote paragraphs after it go on being the last speaker's, credited by position and flagged
for an editor to confirm, as follow-on paragraphs are. A paragraph naming someone before a colon still hands the
quote to them (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import rules_of, speaker_name, speaker_of

SPEECH = ("Gov. Hal Kline won the primary on Tuesday and spoke to supporters in Dayton. "
          "\u201cWe are going all the way,\u201d he said.\n\n")


def test_the_words_after_a_transcript_label_are_the_last_speakers(check):
    draft = check("Kline takes the primary\n\n" + SPEECH + "Transcript as follows:\n\n"
                  "\u201cTonight we thank the people of this great state. We fought for every vote.\u201d\n\n"
                  "\u201cAnd we will keep fighting until November.\u201d\n")
    assert speaker_of(draft, "Tonight we thank")["name"] == "Hal Kline"
    assert speaker_of(draft, "keep fighting until November")["name"] == "Hal Kline"
    assert "inferred-attribution" in rules_of(draft)


def test_a_full_text_label_is_no_speaker_either(check):
    draft = check("Kline takes the primary\n\n" + SPEECH + "Full text:\n\n"
                  "\u201cTonight we thank the people of this great state.\u201d\n")
    assert speaker_name(draft, "Tonight we thank") == "Hal Kline"


def test_someone_named_before_the_colon_still_speaks(check):
    draft = check("Kline takes the primary\n\n" + SPEECH + "His rival, Ann Roe, answered within the hour:\n\n"
                  "\u201cThe voters have not spoken yet.\u201d\n")
    assert speaker_name(draft, "voters have not spoken") == "Ann Roe"

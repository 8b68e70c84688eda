"""`Norway's far-right Red Dawn party leader, Ann Roe, voiced …`: a title set off by a comma before the name
runs back over a hyphenated modifier whatever the tagger calls its first word (`far` as an adverb), to the
possessive that opens the sentence. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of


def test_set_off_title_keeps_its_hyphenated_modifier(check):
    draft = check("Norway's far-right Red Dawn party leader, Ann Roe, voiced support for the plan.\n\n"
                  "\u201cWe will win,\u201d Roe said.\n")
    speaker = speaker_of(draft, "will win")
    assert speaker["name"] == "Ann Roe"
    assert speaker["title"] == "far-right Red Dawn party leader"

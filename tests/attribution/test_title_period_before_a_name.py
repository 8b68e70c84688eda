"""A title's period the tokenizer cut from it (`Sen` `.` `Ann Roe` in one sentence) is no word of the name
after it: the speaker is `Ann Roe`, not `. Ann Roe`. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of


def test_the_period_of_a_split_title_stays_out_of_the_name(check):
    draft = check("Ferry levy in doubt.\n\nSen. Ann Roe, a Democrat from Eastland, said on Monday that the levy "
                  "was \u201cthe only way to keep the boats running.\u201d\n")
    assert speaker_of(draft, "keep the boats running")["name"] == "Ann Roe"

"""`The appeals court ruled that the rule was "…"`, `… blocked the law, ruling that it placed "…"`: a court or a
judge ruling reports what the ruling says, so the quoted words are the court's or the judge's (`rule` is a cue only
as a verb: `the rules committee` and `a rule that "…"` say nothing). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_name


def test_a_judge_ruling_in_a_participle_speaks_its_words(check):
    draft = check("Judge Irene Falk on Tuesday blocked the fare rise, ruling that it placed \u201cthe heaviest "
                  "burden on the riders with the least\u201d and ordering a new hearing.\n")
    assert speaker_name(draft, "heaviest burden") == "Irene Falk"

"""An interview set out as questions and answers: the interviewer's question stands as a paragraph of its
own, unquoted, and the answer is a quote paragraph with no cue. The answer is the interviewee's, credited by
position and flagged for an editor to confirm (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import rules_of, speaker_name, speaker_of


def test_a_bare_answer_after_a_question_is_the_interviewees_and_flagged(check):
    draft = check("Tomas Vidal has repaired violins in Alder Lane since 1988.\n\n"
                  "Why violins and not guitars?\n\n"
                  "\u201cMy grandfather left me his bench,\u201d Vidal said.\n\n"
                  "Has the trade changed?\n\n"
                  "\u201cThe wood is harder to find. The players are as fussy as ever.\u201d\n")
    assert speaker_of(draft, "harder to find")["name"] == "Tomas Vidal"
    assert "inferred-attribution" in rules_of(draft)


def test_a_statement_between_the_quotes_hands_nothing_on(check):
    draft = check("Tomas Vidal has repaired violins in Alder Lane since 1988.\n\n"
                  "\u201cMy grandfather left me his bench,\u201d Vidal said.\n\n"
                  "The shop closes on Mondays, when the town council meets upstairs.\n\n"
                  "\u201cThe wood is harder to find.\u201d\n")
    assert speaker_name(draft, "harder to find") is None

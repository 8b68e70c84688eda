"""`While Mayor Ada Pike has condemned the levy, the parents who wrote to her on Friday say they are "tired of
empty promises."`: the parse hangs `parents` on the fronted clause's verb and leaves `say` with no subject, so the
quote went to the mayor, the subject of the clause before. The `who` clause closing right before the cue holds a
verb of speech of its own (`wrote`); it is still the clause the speaking noun carries."""

from __future__ import annotations


def test_the_noun_a_who_clause_hangs_on_speaks(check):
    draft = ("Levy row\n\nWhile Mayor Ada Pike has condemned the levy, the parents who wrote to her on Friday "
             "say they are \"tired of empty promises from the council.\"\n")
    speaker = check(draft)["quotes"][0]["speaker"]
    assert speaker["type"] == "unnamed"
    assert speaker["mention"].startswith("the parents who")

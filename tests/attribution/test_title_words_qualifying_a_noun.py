"""A title word that only qualifies the noun after it (`her chief rival`) is no office the person holds,
so a later public role (`the senator`) may still be them (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_chief_rival_may_be_the_senator_the_next_tag_means(check):
    draft = check("The ferry levy has split the Eastland council. The mayor's chief rival Dov Kessler wants a vote "
                  "before the summer.\n\n"
                  "Talk-show host Ida Marsh pressed him on the timing on Tuesday. \u201cWhy wait until June?\u201d "
                  "Marsh asked.\n\n"
                  "Kessler shrugged off the question.\n\n"
                  "\u201cThe crews need an answer first,\u201d the senator told her.\n")
    speaker = speaker_of(draft, "crews need an answer")
    assert speaker["name"] == "Dov Kessler" and not speaker["anonymous"]

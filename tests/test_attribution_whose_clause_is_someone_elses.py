"""`Marta Quill, whose son is serving a sentence at Stonegate, said …`: the `son` of a `whose` clause is someone
else, so it is no evidence of her gender. Read as hers, it made her a man, and her `she` went to the unnamed
officer quoted in the paragraph before."""

from __future__ import annotations

DRAFT = """Riot at prison

An officer at Stonegate, who asked not to be named, said two officers were on duty. "We knew," the officer said.

Marta Quill, whose {relative} is serving a sentence there, said she had not been told whether he was hurt.
"I call daily," she said.
"""


def test_a_relative_in_a_whose_clause_is_not_the_speaker(check):
    for relative in ("son", "husband"):
        quotes = check(DRAFT.format(relative=relative))["quotes"]
        assert quotes[1]["speaker"]["name"] == "Marta Quill", relative


def test_her_own_relation_set_off_after_the_name_still_counts(check):
    draft = ("Riot at prison\n\nTom Quill, her husband, said he had not been told anything. "
             "\"I have called nine times,\" he said.\n")
    assert check(draft)["quotes"][0]["speaker"]["name"] == "Tom Quill"

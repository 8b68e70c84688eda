"""`Jo Kerr, head coach at the Halifax Harriers, said`: the tagger reads `coach` as a verb (`head coached`), and
the appositive was dropped as a clause of its own, so the report showed no title and no body. A listed role right
after a noun or adjective of the description is its head."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("description", ["head coach at the Halifax Harriers",
                                         "the head coach at the Halifax Harriers club"])
def test_a_role_the_tagger_calls_a_verb_heads_the_appositive(check, description):
    draft = (f"Runner suspended\n\nJo Kerr, {description}, said the news was bad. "
             f"\"It leaves a bad taste,\" Kerr said.\n")
    speaker = check(draft)["quotes"][0]["speaker"]
    assert speaker["name"] == "Jo Kerr"
    assert speaker["title"].startswith("head coach at the Halifax Harriers")


def test_a_clause_after_the_name_is_still_no_title(check):
    draft = ("Runner suspended\n\nJo Kerr, the move reeks of panic, said the club. \"It leaves a bad taste,\" "
             "Kerr said.\n")
    assert check(draft)["quotes"][0]["speaker"]["title"] is None

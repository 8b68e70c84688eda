"""`Roe's hometown weekly the Eastport Ledger said`: the name before `'s` owns the lower-case head, and the
name in apposition to that head speaks, not the owner (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_the_body_in_apposition_to_a_possessed_head_speaks(check):
    draft = check("Ann Roe lost the vote on the ferry levy.\n\n"
                  "Roe\u2019s hometown weekly the Eastport Ledger said the levy was "
                  "\u201ca fair price for a safe crossing.\u201d\n")
    assert speaker_of(draft, "fair price")["name"] == "Eastport Ledger"


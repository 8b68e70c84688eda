"""A sentence whose main subject the parse takes from a clause inside it (`Though she has said she
believes the budget is a mess, she has also …`: the budget), that names no one and has a fitting he/she
for a clause's subject, goes on about the he/she the chain follows: the walk back passes over it to the
person before, not to the one quoted last.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

from conftest import speaker_name

DRAFT = ("Ferry captain Ada Kessler toured the old pier on Monday.\n\n"
         "Councillor Ann Vance came along. “It is a waste of money,” Vance said.\n\n"
         "Meanwhile, the captain's support for the pier is firm. Though she has said she believes the budget "
         "is a mess, she has also signed every spending bill.\n\n"
         "“We keep our promises in Eastland,” she said.")


def test_a_clause_with_only_the_pronoun_acting_keeps_the_chain(check):
    assert speaker_name(check(DRAFT), "keep our promises") == "Ada Kessler"

"""A party member's word (`a Democrat from Ohio`, `a lifelong Republican`) states a party, never a post: the
title said before the name stays (`Rep.`, `Sen.` and its chamber), and a name with no other title gets none. So
does one described right before her name (`The sole Democrat to vote for X, Rep. Ann Roe`). A post someone
became is one she holds, unless the clause says it ended. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, quote_with

DRAFT = (
    "The levy vote was close on Monday.\n\n"
    "“We need a second count,” said Rep. Lila Brandt, a Democrat from Kansas.\n\n"
    "“The count was fair,” said Sen. Omar Veldt, a Republican from Idaho.\n\n"
    "Petra Lusk, a lifelong Republican, watched from the gallery. “I expected worse,” Lusk said.\n\n"
    "Hugo Fenn, who became chief ranger of the park in 2017, says the trails need work.\n\n"
    "“Mud everywhere,” Fenn said.\n\n"
    "Cora Mott, who became head baker in 1998 until she retired, still visits. “Ovens never change,” Mott said.\n\n"
    "“We lost the mill,” said Rep. Tess Arlo, the ranking Democrat.\n"
)
KINDS_OF_MEMBERS = (
    "Voters lined up at the fire hall before dawn.\n\n"
    "“The line moved fast,” said Wanda Ilsley, a Nebraska Democrat.\n\n"
    "“I waited an hour,” said Ezra Coyle, a registered Republican.\n"
)
BEFORE_THE_NAME = (
    "The dam bill passed the House on Thursday.\n\n"
    "The sole Democrat to vote for the levy, Rep. Jon Pell of Iowa, stood by it. “It pays for the dam,” Pell said.\n\n"
    "The best-known Republican in the county was away on Monday, Gil Ruddock said. “Sell the dam,” he said.\n"
)

draft = draft_fixture(DRAFT)
before_the_name = draft_fixture(BEFORE_THE_NAME)
kinds_of_members = draft_fixture(KINDS_OF_MEMBERS)


def _speaker(doc: dict, snippet: str) -> dict:
    return quote_with(doc, snippet)["speaker"]


def test_a_party_member_after_a_title_keeps_the_title(draft):
    speaker = _speaker(draft, "second count")
    assert speaker["title"] == "Rep."
    assert speaker["party"] == "Democratic Party"


def test_a_party_member_after_a_senator_keeps_the_senate(draft):
    speaker = _speaker(draft, "was fair")
    assert speaker["title"] == "senator"
    assert speaker["party"] == "Republican Party"
    assert body_of(draft, "was fair") == "Senate"


def test_a_party_member_alone_is_no_title(draft):
    speaker = _speaker(draft, "expected worse")
    assert speaker["title"] is None
    assert speaker["party"] == "Republican Party"


def test_a_party_member_from_a_state_is_no_title(kinds_of_members):
    speaker = _speaker(kinds_of_members, "moved fast")
    assert speaker["title"] is None
    assert speaker["party"] == "Democratic Party"


def test_a_registered_party_member_is_no_title(kinds_of_members):
    speaker = _speaker(kinds_of_members, "waited an hour")
    assert speaker["title"] is None
    assert speaker["party"] == "Republican Party"


def test_a_post_she_became_is_held_now(draft):
    assert _speaker(draft, "Mud everywhere")["title"] == "chief ranger of the park"


def test_a_post_she_became_and_left_is_former(draft):
    assert _speaker(draft, "Ovens never")["title"] == "former head baker"


def test_a_ranking_member_keeps_a_title(draft):
    assert _speaker(draft, "lost the mill")["title"] is not None


def test_a_party_member_described_before_the_name_states_her_party(before_the_name):
    assert _speaker(before_the_name, "pays for the dam")["party"] == "Democratic Party"


def test_a_clause_about_a_party_member_says_nothing_of_the_name_after_it(before_the_name):
    assert _speaker(before_the_name, "Sell the dam")["party"] is None

"""A party named right before a leader's post (`NDP Leader X`, `Liberal Leader X`) is the party she leads: shown
as her party, the title the post alone; a party the knowledge base need not list is read from the words a party's
name is made of (`Progressive Conservative`, `Greens`) or its initials (`PC`), only right before a party member's
post; a relative clause owning a party named in full (`, whose Harbor Party is seeking …`) states her party.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "Tollway plan divides Vantry leaders\n\n"
    "The three party leaders argued over the Vantry tollway on Thursday night.\n\n"
    "NDP Leader Oona Ferreira-Platt said the tolls were unfair. “Drivers from the north pay twice,” "
    "Ferreira-Platt said.\n\n"
    "Progressive Conservative Leader Brant Soderholm disagreed. “The road has to be paid for by someone,” "
    "Soderholm said.\n\n"
    "Liberal Leader Celine Maakestad called the plan rushed. “Nobody has read the contract,” Maakestad said.\n\n"
    "Labour leader Hamish Drury said the tolls should be capped. “A cap protects the commuters,” Drury said.\n\n"
    "The cap was backed by deputy Labour leader Signe Prowse. “It is overdue,” Prowse said.\n\n"
    "Greens senator Tolan Birch said he would question the builders. “The builders wrote this deal,” Birch said.\n\n"
    "PC Leader Marit Ousby said her caucus would vote against it. “We will not sign a blank cheque,” Ousby said.\n\n"
    "AfD leader Jorg Wendeling spoke in Ostmark. “The tolls hit the villages,” Wendeling said.\n\n"
    "Premier Adaeze Quarshie, whose Vantry Party is seeking a fourth term, defended the tolls. “The road will "
    "pay for itself,” she said.\n\n"
    "The Liberals' transport critic, Rufus Eidem, said the costs were hidden. “The numbers keep moving,” "
    "Eidem said.\n\n"
    "Senate Republican leader Cody Varnum was pleased. “It is a sound bill,” Varnum said.\n\n"
    "Labour group leader Pia Lundqvist backed it. “We will vote for the road,” Lundqvist said.\n\n"
    "PC Arlo Mertens, who patrols the tollway, said traffic was light. “The queues have gone,” Mertens said.\n\n"
    "Conservative commentator Dov Ashgrove scoffed. “It is a gimmick,” Ashgrove said.\n\n"
    "Mayor Ines Halvorsen, whose Democratic district lies on the route, said little. “We are waiting,” "
    "Halvorsen said.\n\n"
    "Councillor Bram Oyelaran, whose Vantry Party opponent lost in May, was cautious. “Let us see the figures,” "
    "Oyelaran said.\n"
)

draft = draft_fixture(DRAFT)


def test_listed_party_initials_before_a_leader_are_her_party_and_the_title_the_post(draft):
    assert speaker_of(draft, "Drivers from the north")["party"] == "New Democratic Party"
    assert speaker_of(draft, "Drivers from the north")["title"] == "Leader"


def test_an_unlisted_party_in_party_words_before_a_leader_is_her_party(draft):
    assert speaker_of(draft, "paid for by someone")["party"] == "Progressive Conservative"
    assert speaker_of(draft, "paid for by someone")["title"] == "Leader"


def test_one_party_word_before_a_leader_is_her_party_and_no_body(draft):
    assert speaker_of(draft, "Nobody has read the contract")["party"] == "Liberal"
    assert speaker_of(draft, "Nobody has read the contract")["title"] == "Leader"
    assert body_of(draft, "Nobody has read the contract") is None


def test_a_listed_party_before_a_lower_case_leader_leaves_the_post(draft):
    assert speaker_of(draft, "A cap protects")["party"] == "Labour Party"
    assert speaker_of(draft, "A cap protects")["title"] == "leader"


def test_a_rank_before_a_party_and_its_leader_stays_with_the_post(draft):
    assert speaker_of(draft, "It is overdue")["party"] == "Labour Party"
    assert speaker_of(draft, "It is overdue")["title"] == "deputy leader"


def test_a_plural_party_word_before_a_seat_is_her_party_not_her_body(draft):
    assert speaker_of(draft, "The builders wrote")["party"] == "Greens"
    assert speaker_of(draft, "The builders wrote")["title"] == "senator"
    assert body_of(draft, "The builders wrote") != "Greens"


def test_party_initials_read_only_before_a_party_post(draft):
    assert speaker_of(draft, "a blank cheque")["party"] == "Progressive Conservative"
    assert speaker_of(draft, "a blank cheque")["title"] == "Leader"
    assert speaker_of(draft, "The queues have gone")["party"] is None  # (a police constable)


def test_a_listed_german_party_by_its_initials(draft):
    assert speaker_of(draft, "hit the villages")["party"] == "Alternative for Germany"


def test_a_party_owned_in_a_whose_clause_is_hers(draft):
    assert speaker_of(draft, "pay for itself")["party"] == "Vantry Party"


def test_a_party_words_possessive_before_a_post_is_her_party(draft):
    assert speaker_of(draft, "The numbers keep moving")["party"] == "Liberals"


def test_a_chambers_party_leader_and_a_council_group_leader_keep_their_titles(draft):
    assert speaker_of(draft, "a sound bill")["title"] == "Senate Republican leader"
    assert speaker_of(draft, "We will vote for the road")["title"] == "Labour group leader"


def test_party_words_before_other_roles_or_in_other_clauses_say_no_party(draft):
    assert speaker_of(draft, "It is a gimmick")["party"] is None
    assert speaker_of(draft, "We are waiting")["party"] is None  # (how a district votes)
    assert speaker_of(draft, "Let us see the figures")["party"] is None  # (a rival's party)

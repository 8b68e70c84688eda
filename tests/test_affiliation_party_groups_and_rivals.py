"""A party stated of a group that counts a named person: `a few Democrats, including X` and an appositive list
after a party's plural role (`Two Republican contenders, X and Y,`) make her one of the party's own, as does the
appositive after her home state that a mention ending at the name leaves out (`Gov. X of Eastland, now a
Democratic presidential hopeful,`) and rivals of a party she has more than one of (`X's closest Republican
rivals`). `Unlike Republicans, X and Y …` counts no one, and one rival of a party (`her Republican rival`) is
the other side's. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "The ferry levy split the chamber, and a few Democrats, including Ines Varga, voted against it. "
    "“The levy hurts fishermen,” Varga said.\n\n"
    "Two Republican contenders, Piet Albers and Lorna Quist, toured a cannery in Dunmore. "
    "“Canneries need workers,” Quist said.\n\n"
    "Unlike Republicans, Bram Osei and Celia Tamm back the toll. “Tolls pay for roads,” Tamm said.\n\n"
    "Gov. Rhea Bastion of Eastland, now a Democratic presidential hopeful, opened a library on Friday. "
    "“Libraries stay open,” Bastion said.\n\n"
    "Orrin Falk’s closest Republican rivals want a second debate. “One debate is plenty,” Falk said.\n\n"
    "Mira Solberg mocked her Republican rival at a diner. “He never tips,” Solberg said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_party_group_including_her_gives_its_party(draft):
    assert speaker_of(draft, "The levy hurts fishermen")["party"] == "Democratic Party"


def test_an_appositive_list_after_a_party_role_gives_its_party(draft):
    assert speaker_of(draft, "Canneries need workers")["party"] == "Republican Party"


def test_names_after_a_bare_party_word_get_no_party(draft):
    assert speaker_of(draft, "Tolls pay for roads")["party"] is None


def test_the_appositive_after_her_home_state_gives_its_party(draft):
    assert speaker_of(draft, "Libraries stay open")["party"] == "Democratic Party"


def test_rivals_of_a_party_put_him_in_its_field(draft):
    assert speaker_of(draft, "One debate is plenty")["party"] == "Republican Party"


def test_one_rival_of_a_party_says_nothing_of_hers(draft):
    assert speaker_of(draft, "He never tips")["party"] is None

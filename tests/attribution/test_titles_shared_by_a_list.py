"""A plural role before a list of names is each one's title, in the singular, wherever the name stands in the
list: set off by a comma after a count (`three veteran lighthouse keepers, A, B and C`) or an owner, or right
before the names (`orchard inspectors A, B and C`). A name that opens a clause after an introductory phrase
(`To calm the growers, A and B wrote …`) gets nothing from it. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "The beacon was restored last spring by three veteran lighthouse keepers, Odile Frawn, Caspar Melk "
    "and Wendeline Achterberg, and a crew of volunteers.\n\n"
    "“The lens was cracked,” Melk recalled. “We polished it by hand,” Achterberg said.\n\n"
    "Orchard inspectors Pernille Zoutman, Bastiaan Quarle and Henk Oderwald toured the cider presses on "
    "Thursday. “Most presses pass,” Quarle said. “Two will close,” Oderwald said.\n\n"
    "To calm the quarry workers, Ysolde Brenk and Tjark Vellinga wrote a joint letter. "
    "“Nobody loses a shift,” Vellinga said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_set_off_plural_role_after_a_count_is_each_names_title(draft):
    for snippet in ("lens was cracked", "polished it by hand"):
        assert speaker_of(draft, snippet)["title"] == "veteran lighthouse keeper"


def test_a_plural_role_right_before_a_list_of_three_reaches_its_later_names(draft):
    for snippet in ("Most presses pass", "Two will close"):
        assert (speaker_of(draft, snippet)["title"] or "").endswith("inspector")


def test_a_plural_in_an_introductory_phrase_is_no_title_of_the_subjects_after_it(draft):
    assert speaker_of(draft, "Nobody loses a shift")["title"] is None


AFTER = (
    "The ferry talks were led by Ottilie Vranck and Joris Haemers, two veteran harbor pilots, on Monday.\n\n"
    "“The channel is too shallow,” Vranck said. “We need a dredger,” Haemers said.\n\n"
    "The complaint came from Sabeth Morrow and Keld Andersen, two of the busiest tugboat captains on the river. "
    "Morrow, 51, a Corvale native, filed it. “Nobody listens,” Morrow said.\n"
)

after = draft_fixture(AFTER)


def test_a_count_and_a_plural_role_after_a_list_is_each_names_title(after):
    for snippet in ("too shallow", "need a dredger"):
        assert speaker_of(after, snippet)["title"] == "veteran harbor pilot"


def test_a_ranked_plural_role_after_a_list_gives_its_noun_over_a_hometown(after):
    assert speaker_of(after, "Nobody listens")["title"] == "captain"


OWN = (
    "Council hopefuls Imke Stroud, Mayor Ferdi Ostrander and Teodor Blaise debated the tram budget at the depot. "
    "“Tolls must fall,” Ostrander said. “Trams must run late,” Blaise said.\n"
)

own = draft_fixture(OWN)


def test_a_title_of_her_own_inside_the_list_stays_hers(own):
    assert speaker_of(own, "Tolls must fall")["title"] == "Mayor"


def test_the_name_after_her_still_reads_the_shared_role(own):
    assert (speaker_of(own, "Trams must run late")["title"] or "").endswith("hopeful")

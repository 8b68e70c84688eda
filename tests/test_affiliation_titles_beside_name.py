"""Titles stated right beside a name in words the role lists name loosely: a field before a word that is a role
only after one (`rowing great Mira Talvik`), a listed role the tagger took for an adjective in an appositive (`, a
software professional`), one of a group (`, one of several regatta judges`), who holds the group's role, and praise
opening a title (`, an outspoken …`), which says how she is seen, not her post. A role
ends before a link word (`senior counsel in` the institute's program); before a link whose object is the name, it
is someone else's (`deputy fleet manager on Hanne Solberg's schooner`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Rowing great Mira Talvik took the last leg of the relay alone, and the pier cheered her in.\n\n"
    "“The tide turned early on us,” Talvik said.\n\n"
    "The buoys had been moved overnight, according to Petra Onsel, a software professional.\n\n"
    "“Nobody from the club touched them,” Onsel said.\n\n"
    "Ivo Brandt, an outspoken ferry chronicler, filed his notes at dusk. “Fog like that comes once a decade,” "
    "Brandt wrote.\n\n"
    "The great Lotte Vang waved from the stand. “I miss the water every winter,” Vang said.\n\n"
    "“Somebody should count the lifeboats,” wrote Ruth Okafor, one of several regatta judges at the Dunmore "
    "Yacht Club.\n\n"
    "Tomas Greer spent a summer as deputy fleet manager on Hanne Solberg's old schooner.\n\n"
    "“The schooner still leaks,” Solberg said.\n\n"
    "“The rules on moorings are unclear,” said Ines Marlow, senior counsel in the Dunmore Institute's Port "
    "Program.\n"
)

draft = draft_fixture(DRAFT)


def test_a_field_before_a_field_word_is_her_role(draft):
    assert "great" in (speaker_of(draft, "The tide turned early")["title"] or "").lower()


def test_a_listed_role_tagged_as_an_adjective_opens_an_appositive(draft):
    assert "professional" in (speaker_of(draft, "Nobody from the club")["title"] or "")


def test_praise_opening_a_title_is_left_out(draft):
    title = speaker_of(draft, "Fog like that")["title"] or ""
    assert "chronicler" in title and "outspoken" not in title


def test_one_of_a_group_holds_the_groups_role(draft):
    assert "judge" in (speaker_of(draft, "count the lifeboats")["title"] or "")


def test_a_role_before_a_link_whose_object_is_the_name_is_someone_elses(draft):
    assert not speaker_of(draft, "The schooner still leaks")["title"]


def test_a_role_ends_before_the_link_to_her_body(draft):
    assert speaker_of(draft, "The rules on moorings")["title"] == "senior counsel"


def test_a_field_word_alone_names_no_role(draft):
    assert not speaker_of(draft, "I miss the water")["title"]

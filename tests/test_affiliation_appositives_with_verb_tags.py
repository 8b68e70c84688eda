"""An appositive after a name keeps a word the tagger calls a verb when the parse has it modify the role
(`Kessler's vote director`: `vote` a modifier of `director`), and an owner's coordinated roles
(`Kessler's old friend and accountant`) are a title as one role is. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Pia Varda, Kessler's vote director, said the union has reached every dock. "
    "“We talk to every crew,” Varda said.\n\n"
    "Pia Dorn, Kessler's youth vote director, said the ferry has left. “We wave from the pier,” Dorn said.\n\n"
    "Nils Berg, Kessler's old friend and accountant, said the fares would rise. “They will rise,” Berg said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_modifier_tagged_as_a_verb_stays_in_the_title(draft):
    assert speaker_of(draft, "We talk to every crew")["title"] == "Kessler's vote director"
    assert speaker_of(draft, "We wave from the pier")["title"] == "Kessler's youth vote director"


def test_an_owners_joined_roles_are_the_title(draft):
    assert speaker_of(draft, "They will rise")["title"] == "Kessler's old friend and accountant"

"""A post a body owns, set off after the name, then a second description joined on with `and a` (`the Marlowe
campaign's senior adviser and a former trade commissioner`): the owned post is her title and its owner her
body; the second description no longer swallows both. Other descriptions joined so stay whole, as editors write
them, and a party the second one names is still hers. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "\u201cThese are opening positions,\u201d said Priya Venn, the Marlowe campaign\u2019s senior foreign-policy "
    "adviser and a former deputy trade commissioner.\n\n"
    "\u201cWe won the room,\u201d said Dan Lo, a consultant and a Republican former state senator from Ohio.\n"
)

draft = draft_fixture(DRAFT)


def test_the_owned_post_is_the_title_and_its_owner_the_body(draft):
    assert speaker_of(draft, "opening positions")["title"] == "senior foreign-policy adviser"
    assert body_of(draft, "opening positions") == "Marlowe campaign"


def test_other_joined_descriptions_stay_whole_with_their_party(draft):
    who = speaker_of(draft, "won the room")
    assert who["title"] == "consultant and a Republican former state senator from Ohio"
    assert who["party"] == "Republican Party"

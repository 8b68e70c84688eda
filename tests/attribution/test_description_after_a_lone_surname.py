"""A description (`the billionaire nominee's plan`) after a surname standing alone in its sentence
(`Kessler's record`), which the tagger may take for no one's name, describes that person, the one named
last, not someone named in the sentence before (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Dov Kessler and Ann Roe spent Monday in Eastport.\n\n"
    "Ann Roe spoke after Lena Cole at the union hall. Then she attacked Kessler's record, saying the "
    "billionaire nominee's plan would sink the harbor.\n\n"
    "\u201cHe wants to sell the ferries,\u201d Roe told dock workers.\n\n"
    "\u201cI will keep every ferry running,\u201d Kessler said.\n"
)

draft = draft_fixture(DRAFT)


def test_the_description_is_the_person_whose_surname_stands_before_it(draft):
    kessler = speaker_of(draft, "keep every ferry running")
    assert kessler["name"] == "Dov Kessler"
    assert kessler["title"] == "billionaire nominee"


def test_the_description_is_not_the_person_who_acts_on_the_surname(draft):
    assert not speaker_of(draft, "sell the ferries")["title"]

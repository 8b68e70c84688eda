"""A short name before a role stands for the newspaper the draft names with it only when the role is held at a
newspaper (`Dunsford columnist` beside `the Dunsford Chronicle`); a surveyor or a solicitor from the same town works
at no newspaper, whether the tagger read the town as a body or not. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

UNTAGGED = (
    "The Dunsford Chronicle revealed the land deal on Friday.\n\n"
    "“The price was never made public,” said Dunsford surveyor Keir Mallon.\n\n"
    "“Someone on the council knew,” wrote Dunsford columnist Petra Lusk.\n"
)
TAGGED = (
    "The tenancy dispute was first reported by the Leeds Courier.\n\n"
    "“Neither side will blink first,” said Leeds solicitor Maya Grint.\n"
)
PAPER_WORD = (
    "The Wrexley Gazette, which first printed the leaked budget, said it stood by every line.\n\n"
    "“We checked each figure twice before we ran it,” Gazette Managing Editor Rhoda Venn said.\n\n"
    "“Nobody has asked for a correction,” the Gazette's Tam Oduya said.\n"
)

untagged = draft_fixture(UNTAGGED)
paper_word = draft_fixture(PAPER_WORD)
tagged = draft_fixture(TAGGED)


def test_a_columnist_writes_for_the_newspaper(untagged):
    assert body_of(untagged, "Someone on the council knew") == "Dunsford Chronicle"


def test_a_surveyor_works_at_no_newspaper(untagged):
    assert body_of(untagged, "never made public") is None


def test_a_town_the_tagger_read_as_a_body_is_no_newspaper(tagged):
    assert body_of(tagged, "blink first") != "Leeds Courier"


def test_a_publication_word_opening_a_title_is_the_paper_named_in_full(paper_word):
    assert body_of(paper_word, "checked each figure twice") == "Wrexley Gazette"


def test_a_publication_word_owning_a_name_is_the_paper_named_in_full(paper_word):
    assert body_of(paper_word, "asked for a correction") == "Wrexley Gazette"

"""Where a body named after a name begins and ends: a place after `from` is where she is from, and
the body named after it in the same appositive is hers; an `of` inside a body's name (`Bureau of
Parks and Trails`) links nothing, so the body is the whole name. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "“The sail is torn,” said Gus Lind, a ferry captain from Maine and a trustee of the Eastport Sailing "
    "Club.\n\n"
    "“The budget is tight,” said Ann Roe, the county’s Bureau of Parks and Trails deputy chief.\n"
)

draft = draft_fixture(DRAFT)


def test_a_place_after_from_is_where_she_is_from_and_the_body_named_after_it_is_hers(draft):
    assert body_of(draft, "The sail is torn") == "Eastport Sailing Club"
    assert speaker_of(draft, "The sail is torn")["title"].startswith("ferry captain from Maine")


def test_an_of_inside_a_bodys_name_is_part_of_it(draft):
    assert body_of(draft, "The budget is tight") == "Bureau of Parks and Trails"
    assert speaker_of(draft, "The budget is tight")["title"].endswith("deputy chief")

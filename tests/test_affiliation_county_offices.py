"""`Fenwick County Recorder Alma Greer`: a county's elected offices (recorder, assessor, treasurer …) are titles as
`Sheriff` is, so the county is the body she serves and she is a person, though the tagger may read the whole run
as one body's name; `County Recorder` alone names no body. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Deeds office closes early\n\n"
    "“The ledger is sealed,” Fenwick County Recorder Alma Greer said on Monday.\n\n"
    "Fenwick County Treasurer Anton Lindgren said the tax bills would go out late. “Nobody will pay a penalty,” "
    "Lindgren said.\n\n"
    "“The maps are back,” County Recorder Rosa Blythe said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_county_office_before_a_name_is_the_title_and_the_county_the_body(draft):
    for snippet, name in (("The ledger is sealed", "Alma Greer"), ("Nobody will pay", "Anton Lindgren")):
        doc = quote_with(draft, snippet)
        assert doc["speaker"]["name"] == name
        assert doc["speaker"]["type"] == "person"
        assert doc["speaker"]["title"] in ("Recorder", "Treasurer")
        assert doc["affiliation"]["name"] == "Fenwick County"


def test_a_bare_county_before_the_office_is_part_of_the_title(draft):
    doc = quote_with(draft, "The maps are back")
    assert doc["speaker"]["name"] == "Rosa Blythe"
    assert doc["speaker"]["type"] == "person"
    assert doc["speaker"]["title"] == "County Recorder"
    assert doc["affiliation"] is None

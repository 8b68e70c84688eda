"""`X, Norway's envoy to Japan`, `X, Quebec's premier from 2003 to 2012`: a country or state owning a role set off
after a name reads as it does before one (`Ohio's governor, X`): the place is the body the post serves, whatever
the words after the role name; the title is the role without its owner or a span of years. Invented sentences,
real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "“The herring quota was never ours to trade,” said Sigrun Dahl, Norway's ambassador to Japan.\n\n"
    "“Hydro dams paid for the schools,” said Paul Girard, Canada's ambassador to Belgium "
    "from 2003 to 2012.\n\n"
    "“Toll roads are a tax by another name,” said Ida Brook, Ohio's governor.\n"
)

draft = draft_fixture(DRAFT)


def test_the_country_owning_an_envoy_is_her_body_not_the_host(draft):
    speaker = speaker_of(draft, "herring quota")
    assert speaker["name"] == "Sigrun Dahl"
    assert speaker["title"] == "ambassador to Japan"
    assert body_of(draft, "herring quota") == "Norway"


def test_a_span_of_years_after_the_post_is_no_part_of_the_title(draft):
    speaker = speaker_of(draft, "Hydro dams")
    assert speaker["title"] == "ambassador to Belgium"
    assert body_of(draft, "Hydro dams") == "Canada"


def test_a_state_owning_a_role_after_a_name_is_still_the_body(draft):
    speaker = speaker_of(draft, "Toll roads")
    assert speaker["title"] == "governor"
    assert body_of(draft, "Toll roads") == "Ohio"

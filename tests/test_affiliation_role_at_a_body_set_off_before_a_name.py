"""A role at a body, set off by commas before a name (`A chemist at Eastmere University, Jane Roe, …`), is her title
and her body, also for a quote she speaks later as `she`, as `of` and `for` already were. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "A geologist at Eastmere University, Petra Quill, studied the cliffs for a decade. "
    "“The rock is moving faster now,” she warned.\n"
)

draft = draft_fixture(DRAFT)


def test_a_role_at_a_body_before_the_name_is_her_title(draft):
    speaker = speaker_of(draft, "The rock is moving")
    assert speaker["name"] == "Petra Quill"
    assert speaker["title"] == "geologist at Eastmere University"


def test_the_body_after_at_is_her_organisation(draft):
    assert (quote_with(draft, "The rock is moving")["affiliation"] or {}).get("name") == "Eastmere University"

"""A speaker whose profile keeps only a bare role (`justice`) serves the one body the draft puts right before that
role where no name follows it (`The Harbor Court justice -- who ... -- said`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Roe sorry for remarks on mayor; \n"
    "Judge vows to be 'more careful' with her views.\n\n"
    "Ann Lee Roe regrets her remarks about Dov Kessler.\n\n"
    "The Harbor Court justice -- who has been caught up in a quarrel with the likely mayoral nominee this whole "
    "week -- said she was sorry for her words and pledged to keep out of the race from now on.\n\n"
    "\"I spoke too soon, and I am sorry,\" Roe said in a statement. \"A judge should stay quiet.\"\n\n"
    "In two interviews, the justice took aim at Kessler, saying she did not \"want to think about\" a Kessler "
    "term.\n\n"
    "Roe is known for her frank views, but the remarks drew anger because judges of the Harbor Court usually "
    "stay out of city races.\n"
)

draft = draft_fixture(DRAFT)


def test_the_body_before_a_bare_role_is_the_organisation(draft):
    for snippet in ("I spoke too soon", "A judge should stay quiet", "want to think about"):
        assert (quote_with(draft, snippet)["affiliation"] or {}).get("name") == "Harbor Court"

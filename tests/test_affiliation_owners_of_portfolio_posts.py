"""A capitalised owner of a role with a portfolio (`Dov Kessler, Lantern's director of public policy`) is the
body the post belongs to; a bare staff role owned by a word the draft names no one by (`Velde's press
secretary`) may serve a person, and names no body. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

DRAFT = (
    "Dov Kessler, Lantern\u2019s director of public policy, spoke at the pier. \u201cThe ferry is late,\u201d "
    "Kessler said.\n\n"
    "\u201cThe count is slow,\u201d said Lena Ortz, Velde's press secretary.\n"
)

draft = draft_fixture(DRAFT)


def test_the_owner_of_a_post_with_a_portfolio_is_the_body(draft):
    assert body_of(draft, "ferry is late") == "Lantern"


def test_a_bare_staff_role_names_no_body(draft):
    assert body_of(draft, "count is slow") is None

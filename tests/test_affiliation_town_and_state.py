"""A description that names a town and its state between commas (`a Dunmore, Ohio, rabbi`, `the Dunmore,
Ohio, harbor master`) is one description: the commas around the state do not end it, and the state is no
body. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "“The harbor needs dredging,” said Dov Kessler, a Dunmore, Ohio, rabbi.\n\n"
    "“The ferry is always late,” said Ann Roe, a Brakeville, N.J., native.\n\n"
    "“The pier is unsafe,” said Ivo Brandt, the Dunmore, Ohio, harbor master.\n"
)

draft = draft_fixture(DRAFT)


def test_the_description_runs_over_the_state(draft):
    assert speaker_of(draft, "The harbor needs dredging")["title"] == "Dunmore rabbi"


def test_the_state_is_no_body(draft):
    assert speaker_of(draft, "The ferry is always late")["title"] == "Brakeville native"
    assert quote_with(draft, "The ferry is always late")["affiliation"] is None


def test_a_definite_description_runs_over_the_state_too(draft):
    assert speaker_of(draft, "The pier is unsafe")["title"] == "Dunmore harbor master"

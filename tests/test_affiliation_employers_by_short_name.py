"""`a senior Velde employee` works for the body the draft names in full from that short name (`the Velde
Group`); with no such body named, the short name alone says no body. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

DRAFT = (
    "The Velde Group lobbied the harbor board for two years.\n\n"
    "“We never saw the contract,” said Ann Roe, a senior Velde employee.\n\n"
    "“I was not there,” said Ivo Brandt, a longtime Marsh employee.\n"
)

draft = draft_fixture(DRAFT)


def test_the_body_named_in_full_from_the_short_name(draft):
    assert body_of(draft, "never saw the contract") == "Velde Group"


def test_a_short_name_alone_says_no_body(draft):
    assert body_of(draft, "was not there") is None

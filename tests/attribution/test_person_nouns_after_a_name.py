"""A name that only qualifies the lower-case noun for a person ending the phrase (`one Velde campaign
source`, `a Velde family friend`) does not speak: the unnamed person does (invented sentences, real
pipeline)."""

from __future__ import annotations

import pytest

from conftest import speaker_of

DRAFT = (
    "Ann Velde toured the bottling plant in Brackley on Monday.\n\n"
    "\u201cThe plan is done,\u201d one Velde campaign source said.\n\n"
    "\u201cNobody asked us,\u201d a Velde family friend said.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


@pytest.mark.parametrize("quote", ["plan is done", "Nobody asked us"])
def test_the_person_the_name_qualifies_is_an_unnamed_source(draft, quote):
    speaker = speaker_of(draft, quote)
    assert speaker["name"] != "Ann Velde"
    assert speaker["anonymous"]


def test_the_anonymous_source_rule_flags_them(draft):
    flagged = [f for f in draft["findings"] if f["rule"] == "anonymous-source"]
    assert len(flagged) == 2

"""`the minister said` after a union's general secretary or a permanent secretary: neither is a minister,
though `secretary` alone (`Transport Secretary Ann Roe`) may be one (invented sentences, real pipeline)."""

from __future__ import annotations

import pytest

from conftest import speaker_of

DRAFT = (
    "Unions condemn the rail plan\n\n"
    "The drivers' union's general secretary, Keith Moran, attacked the plan on Monday. "
    "\u201cIt is a betrayal of every driver,\u201d the minister said.\n\n"
    "The permanent secretary, Ian Crane, met the striking nurses. "
    "\u201cWe will find the money,\u201d the minister said.\n\n"
    "The party's secretary, Olga Dunne, opened the conference in Leeds. "
    "\u201cThe budget is a disgrace,\u201d the minister said.\n\n"
    "Health Secretary Ruth Lomax toured the new ward on Friday. "
    "\u201cThe ward will open in May,\u201d the minister said.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


@pytest.mark.parametrize("quote, named", [
    ("betrayal of every driver", "Keith Moran"),
    ("find the money", "Ian Crane"),
    ("budget is a disgrace", "Olga Dunne"),
])
def test_a_general_permanent_or_party_secretary_is_no_minister(draft, quote, named):
    assert speaker_of(draft, quote)["name"] != named


def test_a_department_secretary_is_still_the_minister(draft):
    assert speaker_of(draft, "ward will open")["name"] == "Ruth Lomax"

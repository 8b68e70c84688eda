"""`"…?" a reporter could be heard asking Roe`: a passive of perceiving before a speech participle tags the quote
with the passive's subject, an unnamed source when it names no one (invented sentences, real pipeline)."""

from __future__ import annotations

import pytest

from conftest import speaker_of

DRAFT = (
    "Harbor fees\n\n"
    "\u201cShould there be a fee for every ship?\u201d a reporter could be heard asking Holt after a talk in Leeds.\n\n"
    "\u201cGet out of here,\u201d one guard was heard telling the crowd.\n\n"
    "\u201cWe need more boats,\u201d Mayor Ann Holt was overheard saying at the dock.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


@pytest.mark.parametrize("quote, noun", [("fee for every ship", "reporter"), ("Get out of here", "guard")])
def test_the_one_heard_speaking_is_an_unnamed_source(draft, quote, noun):
    speaker = speaker_of(draft, quote)
    assert speaker["anonymous"] and noun in speaker["name"].lower()


def test_a_named_person_overheard_speaks(draft):
    assert speaker_of(draft, "more boats")["name"] == "Ann Holt"

"""A title the knowledge base ties to one country's parliament (`MP` → the House of Commons) names no seat there for a
member of another country's party: `a Labor MP` is Australia's. Invented sentences; the real Stanza models."""

from __future__ import annotations

from conftest import quote_with, speaker_of

DRAFT = ("Mine inquiry widens\n\n"
         "Ms Penhaligon, a Labor MP who has held the resources portfolio since spring, said the inquiry could compel "
         "documents. \"Families deserve straight answers,\" she said.\n\n"
         "\"We will press for a full hearing,\" said Tom Reilly, a Labour MP for a northern seat.\n")


def test_an_australian_mp_is_no_member_of_the_house_of_commons(check):
    draft = check(DRAFT)
    speaker = speaker_of(draft, "straight answers")
    assert speaker["party"] == "Australian Labor Party"
    assert (quote_with(draft, "straight answers").get("affiliation") or {}).get("name") != "House of Commons"


def test_a_british_mp_still_sits_in_the_house_of_commons(check):
    draft = check(DRAFT)
    assert speaker_of(draft, "full hearing")["party"] == "Labour Party"
    assert (quote_with(draft, "full hearing").get("affiliation") or {}).get("name") == "House of Commons"

"""A description before the name whose body is read as hers (`The chairman of the Senate Finance Committee, Sen.
Roy Dunmore`) leaves the role, not the words that led to the body (`chairman of the, senator`). Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

CHAIRMAN = (
    "Trade deal faces doubts\n\n"
    "The chairman of the Senate Finance Committee, Sen. Roy Dunmore (R-Kan.), said he would hold hearings. "
    '"We will take our time," Dunmore said.\n'
)

chairman = draft_fixture(CHAIRMAN)


def test_the_role_before_a_body_read_as_hers_keeps_no_dangling_words(chairman):
    speaker = speaker_of(chairman, "take our time")
    assert speaker["name"] == "Roy Dunmore"
    assert speaker["title"] == "chairman, senator"
    assert body_of(chairman, "take our time") == "Senate Finance Committee"

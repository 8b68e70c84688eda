"""British and European members of parliament: `MP`, `MEP`, `MSP` before or after a name are a post in a
chamber, not part of the name, and the party word before them is the member's party (invented sentences,
real pipeline)."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "Ferry fares across the Solent rose for the third time this year.\n\n"
    "'The islanders are being squeezed,' said Labour MP Imogen Trask.\n\n"
    "Tory MP Simon Marchetti took a softer line at the ferry terminal on Friday.\n\n"
    "'We will write to the operator,' said Mr Marchetti.\n\n"
    "'Brussels has no say over a ferry,' said Hamish Rue, an SNP MSP.\n"
)

draft = draft_fixture(DRAFT)


def test_mp_before_a_name_is_a_post_not_a_word_of_the_name(draft):
    speaker = speaker_of(draft, "being squeezed")
    assert speaker["name"] == "Imogen Trask"
    assert "MP" in speaker["title"]
    assert speaker["party"] == "Labour Party"
    assert quote_with(draft, "being squeezed")["affiliation"]["name"] == "House of Commons"


def test_a_tory_mp_named_before_keeps_post_and_party_when_quoted_by_courtesy_title(draft):
    speaker = speaker_of(draft, "write to the operator")
    assert speaker["name"] == "Simon Marchetti"
    assert "MP" in speaker["title"] and speaker["party"] == "Conservative Party"


def test_an_msp_set_off_after_a_name_sits_in_the_scottish_parliament(draft):
    speaker = speaker_of(draft, "no say over a ferry")
    assert speaker["name"] == "Hamish Rue"
    assert quote_with(draft, "no say over a ferry")["affiliation"]["name"] == "Scottish Parliament"

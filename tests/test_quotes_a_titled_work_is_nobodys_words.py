"""`The plan, titled "Harbor for All," calls for three new piers`: a quote right after `titled` is a work's name,
so the verb after it credits nobody with it (the clause's object is no speaker). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Port unveils expansion plan\n\n"
    "The 90-page plan, titled “Harbor for All,” proposes building three new piers and a ferry terminal.\n\n"
    "“We want the harbor open to everyone,” said Lina Osk, the port's planning director.\n"
)

draft = draft_fixture(DRAFT)


def test_a_titled_work_gets_no_speaker(draft):
    quote = quote_with(draft, "Harbor for All")
    assert quote["speech"] is False
    assert quote["speaker"] is None


def test_the_speech_beside_it_keeps_its_speaker(draft):
    assert quote_with(draft, "open to everyone")["speaker"]["name"] == "Lina Osk"

"""A name ending in a generational suffix (`Jr.`, `Sr.`, `III`) is a person's, even when the tagger takes the
numbered run for a body's; the same name without the suffix later is that person, while one used before
the suffixed name came is someone else (a father and a son). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of

OPENING = "The harbor board delayed its vote on the ferry levy again on Tuesday.\n\n"


def test_a_suffixed_name_the_tagger_calls_a_body_is_a_person_with_its_title(check):
    draft = check(OPENING + "The levy drew fire from Grant Pike III, chairman of the Tidewater Shipping Group, who "
                            "called it \u201ca tax on every crate.\u201d\n\n"
                            "\u201cWe will take this to court,\u201d Pike said.\n")
    for snippet in ("a tax on every crate", "take this to court"):
        speaker = speaker_of(draft, snippet)
        assert speaker["name"] == "Grant Pike III" and speaker["type"] == "person", snippet
        assert speaker["title"] == "chairman of the Tidewater Shipping Group", snippet


def test_the_name_without_its_suffix_later_is_the_same_person(check):
    draft = check(OPENING + "\u201cNobody asked the towns,\u201d said Grant Hollis III, founder of the Ferry Riders "
                            "Union.\n\nGrant Hollis later told the board that \u201cthe vote was rigged from the "
                            "start.\u201d\n\n\u201cWe will be back next month,\u201d Hollis said.\n")
    for snippet in ("the vote was rigged", "back next month"):
        speaker = speaker_of(draft, snippet)
        assert speaker["name"] == "Grant Hollis III", snippet
        assert speaker["title"] == "founder of the Ferry Riders Union", snippet


def test_the_name_without_a_suffix_used_first_is_someone_else(check):
    draft = check(OPENING + "Rep. Ivo Quint backed the levy. \u201cIt keeps the boats running,\u201d Quint said.\n\n"
                            "His father, Ivo Quint Sr., who ran the ferry line for decades, opposed it.\n")
    assert speaker_of(draft, "keeps the boats running")["name"] == "Ivo Quint"

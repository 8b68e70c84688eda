"""A definite document, work or statement as the subject of the clause that holds a quoted phrase states it
(`The late-night ad features a "…"`, `the statement focused on "…"`), as a body would; a count of time never does.

Each case is a sentence written for the pattern, run through the real Stanza pipeline.
"""

from __future__ import annotations

from conftest import speaker_of

TEXT = (
    "The ferry vote is on Tuesday.\n\n"
    "The late-night ad features a \"harbor that belongs to everyone\" over shots of the docks.\n\n"
    "Late on Friday the county released its answer, and the statement focused on \"clearing the ferry backlog by "
    "spring.\"\n"
)


def test_a_document_subject_states_the_quoted_phrase(check):
    doc = check(TEXT)
    assert speaker_of(doc, "belongs to everyone")["mention"] == "The late-night ad"
    assert speaker_of(doc, "clearing the ferry backlog")["mention"] == "the statement"

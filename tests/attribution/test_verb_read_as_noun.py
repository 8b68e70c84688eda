"""A present-tense verb the tagger reads as a noun (`librarian Ada Fenn petitions the board`, `the commission paints
"…"`) is still the clause's verb: the noun phrase that opens the clause is the subject a colon or a quoted phrase
takes.

Each case is a sentence written for the pattern, run through the real Stanza pipeline.
"""

from __future__ import annotations

from conftest import speaker_of

COLON = (
    "The school board meets on Thursday.\n\n"
    "Each spring, librarian Ada Fenn petitions the school board: \"Children read more when the doors stay open "
    "late.\"\n"
)

QUOTED_PHRASE = (
    "The beach season opens in June.\n\n"
    "Every summer, the Harbor Commission paints \"no swimming past the red buoys\" on each pier.\n"
)


def test_the_subject_before_a_misread_verb_says_what_the_colon_opens(check):
    doc = check(COLON)
    assert speaker_of(doc, "Children read more")["name"] == "Ada Fenn"


def test_the_subject_before_a_misread_verb_says_the_quoted_phrase(check):
    doc = check(QUOTED_PHRASE)
    assert speaker_of(doc, "no swimming past")["mention"] == "the Harbor Commission"

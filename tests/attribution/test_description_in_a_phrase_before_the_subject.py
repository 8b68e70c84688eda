"""A description inside a phrase that opens a sentence, no subject itself (`Citing a memo on the nominee's old
property deals, Lind said …`), is someone the sentence's subject acts on, not that subject: it goes to the person
named before who fits it, and its party is no party of the subject's (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of

STORY = (
    "Lind takes aim at river developers.\n\n"
    "Wherever Ward Pelley sees a deal, Vermont Senator Ada Lind sees a loophole.\n\n"
    "{opening} the Republican presidential nominee's old property deals along the river, Lind said on Monday that "
    "four loopholes would close.\n\n"
    "\u201cHe paid nothing,\u201d Lind said.\n\n"
    "\u201cI paid what I owed,\u201d Pelley said in a statement.\n"
)


def test_a_description_in_an_opening_phrase_is_not_the_subject_after_it(check):
    draft = check(STORY.format(opening="Citing a leaked memo on"))
    assert speaker_of(draft, "paid nothing")["party"] is None
    assert speaker_of(draft, "what I owed")["title"] == "Republican presidential nominee"
    assert speaker_of(draft, "what I owed")["party"] == "Republican Party"


def test_a_description_opening_the_sentence_as_what_she_is_stays_hers(check):
    # `As the nominee, Lind …`: the description says what the subject is
    draft = check(STORY.replace("the Republican presidential nominee's old property deals along the river, ",
                                "the Republican presidential nominee, ").format(opening="As"))
    assert speaker_of(draft, "paid nothing")["party"] == "Republican Party"

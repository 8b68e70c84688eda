"""`The harbor judge Roe was referring to is Dov Kessler`: a name between an article's title and a clause's
verb that another verb follows is the subject of a relative clause on the title noun; the title is someone
else's, not hers (`The harbor judge Ann Roe ruled on Friday` keeps it). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of


def test_subject_of_a_clause_with_a_stranded_preposition_takes_no_title(check):
    draft = check("The harbor judge Roe was referring to is Dov Kessler, who grew up in Eastland.\n\n"
                  "\u201cIt was an unfair ruling,\u201d Roe said.\n")
    speaker = speaker_of(draft, "unfair ruling")
    assert speaker["name"] == "Roe"
    assert speaker["title"] is None


def test_subject_of_a_clause_before_the_main_verb_takes_no_title(check):
    draft = check("The candidate Kessler endorsed was Ann Roe, a ferry pilot from Eastland.\n\n"
                  "\u201cWe need more boats,\u201d Kessler said.\n")
    speaker = speaker_of(draft, "more boats")
    assert speaker["name"] == "Kessler"
    assert speaker["title"] is None


def test_title_before_the_subject_of_the_main_verb_is_hers(check):
    draft = check("The harbor judge Ann Roe ruled on Friday that the pier was closed.\n\n"
                  "\u201cIt was a fair ruling,\u201d Roe said.\n")
    assert speaker_of(draft, "fair ruling")["title"] == "harbor judge"

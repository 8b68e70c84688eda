"""`my father` in the writer's own words is one person all through a first-person piece: the one the
draft names as `my father, …` or, of a couple, `my parents, Walter and Edith Brandt`, by the given
names' gender, before or after the quote; `Mom` and `Dad` as names are the same two. The relation is no
title, yet the reader knows who they are from the byline, so no finding asks for one; never named, the
relative stays an unnamed source (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_parent_named_later_as_one_of_a_couple_is_who_spoke(check):
    draft = check("We spent every summer at the lake when I was a girl.\n\n"
                  "\u201cThe water owes us nothing,\u201d my father often said.\n\n"
                  "He also told the neighbours that \u201cboats are for fools.\u201d\n\n"
                  "Lest you think they were idle, my parents, Walter and Edith Brandt, ran a bakery for thirty "
                  "years.\n")
    for words in ("water owes us nothing", "boats are for fools"):
        speaker = speaker_of(draft, words)
        assert speaker["name"] == "Walter Brandt" and not speaker["anonymous"]
    assert not any(f["rule"] in ("anonymous-source", "first-reference-incomplete", "unidentified-speaker")
                   for f in draft["findings"])


def test_the_other_parent_of_the_couple_by_gender(check):
    draft = check("My parents, Walter and Edith Brandt, ran a bakery on the harbor road for thirty years.\n\n"
                  "\u201cBread before dawn, or no bread at all,\u201d my mother said, and she meant it.\n")
    assert speaker_of(draft, "Bread before dawn")["name"] == "Edith Brandt"


def test_a_relative_set_off_by_name_is_who_spoke(check):
    draft = check("My mother, Ruth Okafor, kept the shop open through two recessions.\n\n"
                  "\u201cWe never closed a day,\u201d my mother said.\n")
    speaker = speaker_of(draft, "never closed a day")
    assert speaker["name"] == "Ruth Okafor" and not speaker["anonymous"]
    assert not any(f["rule"] == "unidentified-speaker" for f in draft["findings"])


def test_a_relative_the_draft_never_names_stays_unnamed(check):
    draft = check("My mother, Ruth Okafor, kept the shop open through two recessions.\n\n"
                  "\u201cWe closed for the flood,\u201d my father said.\n")
    speaker = speaker_of(draft, "closed for the flood")
    assert speaker["anonymous"] and speaker["name"] == "my father"


def test_he_after_the_writers_relative_as_subject_is_that_relative(check):
    draft = check("My father, Walter Brandt, drove a delivery truck for the county co-op for thirty years.\n\n"
                  "When I took over the warehouse, Dale Orcutt ran the loading dock. \u201cCount it twice and sign "
                  "it once,\u201d Orcutt told every new hire.\n\n"
                  "My father never saw the new scanners, and I am glad he didn't. But I think he would have trusted "
                  "them. He used to say a warehouse was "
                  "\u201conly as honest as its clipboard,\u201d and he meant it.\n")
    assert speaker_of(draft, "only as honest")["name"] == "Walter Brandt"


def test_mom_and_dad_are_the_couple_the_piece_names(check):
    draft = check("My parents, Walter and Edith Brandt, are lifelong Democrats. Dad ran the union hall; Mom ran the "
                  "library board.\n\n"
                  "\u201cShe's better than I thought she'd be,\u201d Mom said. \u201cI'm still not voting for "
                  "her.\u201d\n\n"
                  "Dad laughed at that. \u201cYour mother has never been wrong about a candidate,\u201d he said.\n")
    for words in ("better than I thought", "still not voting"):
        assert speaker_of(draft, words)["name"] == "Edith Brandt"
    assert speaker_of(draft, "never been wrong")["name"] == "Walter Brandt"
    assert not any(f["rule"] in ("quotes-run-together", "ambiguous-pronoun-attribution", "unidentified-speaker")
                   for f in draft["findings"])

"""Quotes whose speaker the sentence names though no sieve linked it (the eval's `no-speaker` errors): a surname
the tagger read as a common word, a name it took for a place before `who`, a second verb joined by `and`, a
noun after a preposition the parse made a subject, a definite description of one person, a cue behind a short
quoted title. Sentences written for these tests, through the real pipeline."""

from __future__ import annotations

from conftest import speaker_name


def test_a_surname_read_as_an_adjective_before_a_comma_is_the_person(check):
    # `Bright, who …, said`: the tagger reads the sentence's first word as an adjective.
    doc = check("Harbor Commission chair Dana Bright said the vote was close.\n\nThe board met again on Monday.\n\n"
                "Bright, who chaired the hearing last week, said that \"the harbor deserves better than this plan.\"")
    assert speaker_name(doc, "deserves better than this plan") == "Dana Bright"


def test_a_surname_read_as_an_adverb_before_a_verb_is_the_person(check):
    doc = check("Rex Still has backed the pier plan for years.\n\n"
                "Told of the new tolls, Still called them \"a surprise to everyone here.\"")
    assert speaker_name(doc, "a surprise to everyone here") == "Rex Still"


def test_a_common_word_that_is_also_a_surname_stays_a_word_before_a_noun(check):
    # `Bright lights …`: the word goes on into a noun, so it is no one's name (a guard: it held before too).
    doc = check("Harbor Commission chair Dana Bright backs the levy.\n\n"
                "Bright lights on the pier were called \"a waste of money\" in the report.")
    assert speaker_name(doc, "a waste of money") != "Dana Bright"


def test_a_name_set_off_before_who_in_a_tag_is_a_person(check):
    # `Berlin, who …, said`: a city to the tagger, but a city is no `who`.
    doc = check("Irene Berlin has worked at the port for a decade.\n\n"
                "\"We get the docks ready for a storm - that is what we are doing,\" Berlin, who once ran the "
                "ferries, said of the repairs.")
    assert (speaker_name(doc, "ready for a storm") or "").startswith("Berlin")


def test_a_second_verb_joined_by_and_shares_the_first_verbs_subject(check):
    # `as when Roe needled Kessler … and labeled him a "…"`: the parse hangs `labeled` on the sentence's root.
    doc = check("Jane Roe and Ed Kessler met on Monday. There have been pointed remarks, such as when Roe needled "
                "Kessler on tolls and labeled him a \"spendthrift,\" a jab at his budget.")
    assert speaker_name(doc, "spendthrift") == "Jane Roe"


def test_a_noun_after_a_preposition_is_no_subject_beside_the_named_one(check):
    # `… and in a letter thanked him for "…"`: the parse gives the verb two subjects, the letter too.
    doc = check("Ann Roe, the head of the Ferry Board, is endorsing Kessler as a delegate and in a letter thanked "
                "him for \"a tireless campaign.\"")
    assert speaker_name(doc, "a tireless campaign") == "Ann Roe"


def test_a_definite_description_as_the_clauses_subject_speaks(check):
    doc = check("Harbor commissioner Ann Roe spoke at the pier on Monday.\n\n"
                "The Eastport commissioner dismissed the plan as a \"costly stunt\" on Friday.")
    assert speaker_name(doc, "costly stunt") == "Ann Roe"


def test_one_person_an_owner_names_speaks_as_the_clauses_subject(check):
    doc = check("Jane Roe wants the pier rebuilt. Roe's spokeswoman dismissed the leak as \"pure fiction\" on Friday.")
    assert speaker_name(doc, "pure fiction") == "Roe's spokeswoman"


def test_an_indefinite_subject_is_no_speaker_of_a_word_in_its_clause(check):
    # `A fisherman sold "…"`: the fisherman is the topic (a guard: it held before too).
    doc = check("Fees keep rising. A fisherman sold \"fresh bait\" at the pier last week.")
    assert speaker_name(doc, "fresh bait") is None


def test_a_cue_behind_a_short_quoted_title_introduces_the_quote(check):
    # The words before the quote stop at the title's closing mark; read on back across it, `writing` is Roe's.
    doc = check("Ann Roe shared a chart for a 2009 survey called \"Currents\" on her blog, writing \"This is the "
                "record the council says was lost.\"")
    assert speaker_name(doc, "the council says was lost") == "Ann Roe"

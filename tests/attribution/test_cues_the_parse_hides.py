"""Source phrases for cue shapes the tagger or the clause order hides, on sentences written for these tests."""

from __future__ import annotations

from conftest import sieve_source, speaker_name


def test_a_speech_verb_read_as_a_plural_noun_after_a_name_is_a_cue(pipeline, kb):
    # The tagger reads `Roe calls` as a compound noun; Roe still calls Kessler something.
    text = "Ann Roe calls Kessler “the best friend the ferry ever had.”"
    assert sieve_source(pipeline, kb, text) == ("before", "Ann Roe")


def test_a_speech_verb_read_as_a_plural_noun_after_a_common_noun_is_a_cue(pipeline, kb):
    text = "The leaflet claims “the ferry will be free by spring.”"
    assert sieve_source(pipeline, kb, text) == ("before", "The leaflet")


def test_the_subject_of_a_relative_clause_calls_what_its_pronoun_stands_for(pipeline, kb):
    # `which` is what is called; the clerk does the calling.
    text = ("The old lighthouse fund still pays for the beacon, a habit which harbour clerk Ann Roe calls "
            "“the town’s oldest promise.”")
    assert sieve_source(pipeline, kb, text) == ("before", "harbour clerk Ann Roe")


def test_a_participle_after_a_clause_of_time_goes_on_with_that_clauses_subject(pipeline, kb):
    text = ("Ann Roe had barely opened the budget meeting when two fishermen stood up at the back, "
            "shouting “no more fees!”")
    assert sieve_source(pipeline, kb, text) == ("before", "two fishermen")


def test_a_clause_of_time_with_no_subject_leaves_the_participle_to_the_main_clause(pipeline, kb):
    text = "Ann Roe left the hall when asked about the toll, saying “I have nothing to add.”"
    assert sieve_source(pipeline, kb, text) == ("before", "Ann Roe")


def test_a_participle_after_a_clause_about_things_goes_on_with_the_main_clause(pipeline, kb):
    # `after` dates the cut; the storm argues nothing.
    text = ("The council cut the grant after the storm had passed, arguing that “the money is better spent "
            "on the sea wall.”")
    assert sieve_source(pipeline, kb, text) == ("before", "The council")


def test_a_preposition_opens_no_clause_of_time(pipeline, kb):
    text = "She noted her years as clerk representing the port, saying “we kept the ferries running.”"
    assert sieve_source(pipeline, kb, text) == ("before", "She")


def test_a_cue_joined_to_an_infinitive_after_object_control_is_the_objects(pipeline, kb):
    # The leak pushed Kessler to do both: cancel the race and warn the sailors.
    text = "The leak pushed Dov Kessler to cancel the regatta and warn sailors that “the pier is unsafe.”"
    assert sieve_source(pipeline, kb, text) == ("before", "Dov Kessler")


def test_an_infinitive_cue_in_an_absolute_phrase_is_spoken_by_its_subject(pipeline, kb):
    text = ("Tickets sold out within an hour, with Ann Roe going on local radio to urge latecomers to "
            "“try the Sunday crossing.”")
    assert sieve_source(pipeline, kb, text) == ("before", "Ann Roe")


def test_a_name_after_to_and_a_title_is_whom_a_participle_addresses(pipeline, kb):
    # Roe receives the petition; the clerks who filed it do the asking.
    text = "The ferry clerks filed a petition to Attorney General Ann Roe asking for a “fair rota.”"
    assert sieve_source(pipeline, kb, text) == ("before", "The ferry clerks")


def test_an_owned_answer_that_is_what_the_owner_said(pipeline, kb):
    text = "The harbour master’s answer was that “the pier comes first.”"
    assert sieve_source(pipeline, kb, text) == ("owned-speech", "The harbour master")


def test_an_owned_call_for_something_is_the_owners_words(pipeline, kb):
    text = ("Dov Kessler gained support in the spring. Kessler rose in the polls after his call for "
            "“a harbour without tolls.”")
    assert sieve_source(pipeline, kb, text) == ("owned-speech", "his")


def test_a_participles_subject_keeps_the_name_set_off_after_it(pipeline, kb):
    text = ("In the spring, Kessler’s ferry manager, Ann Roe, contacted the boatyard by letter, promising: "
            "“Repairs will be paid in full.”")
    assert sieve_source(pipeline, kb, text) == ("before", "Kessler’s ferry manager, Ann Roe")


def test_the_first_of_two_quotes_joined_by_and_takes_the_tag_after_the_second(check):
    doc = check("The new rota is “a recipe for accidents” and “a slap in the face,” Ann Roe, the head of the "
                "crews’ union, said Monday.\n")
    assert speaker_name(doc, "recipe for accidents") == "Ann Roe"


def test_a_tag_after_a_question_that_opens_the_next_quote_is_that_quotes(pipeline, kb):
    # Roe's question has its own cue; `Kessler then replies,` introduces the next quote.
    text = "Roe answers Kessler with, “Is the ferry late again?” Kessler then replies, “Only by an hour.”"
    assert sieve_source(pipeline, kb, text, which=0) == ("before", "Roe")


def test_a_tag_between_the_halves_of_a_split_question_stays_the_first_halfs(pipeline, kb):
    assert sieve_source(pipeline, kb, "“Why?” Roe asked, “is the pier closed?”", which=0) == ("after", "Roe")


def test_a_name_an_adverb_before_a_participle_speaks_it(pipeline, kb):
    text = "Reporters heard of Dov Kessler privately saying “the toll stays” after the vote."
    assert sieve_source(pipeline, kb, text) == ("before", "Dov Kessler")


def test_a_verb_that_judges_a_possessed_thing_after_a_quote_is_no_tag(pipeline, kb):
    # `condemned her rivals` goes on with what Roe did; the rivals say nothing here.
    text = "At the harbour meeting, Ann Roe called the ferry budget “a mess,” condemned her rivals and vowed a recount."
    assert sieve_source(pipeline, kb, text) == ("before", "Ann Roe")


def test_an_inverted_tag_with_a_possessed_speaker_still_speaks(pipeline, kb):
    assert sieve_source(pipeline, kb, "“We will not pay,” said his spokesman.") == ("after", "his spokesman")

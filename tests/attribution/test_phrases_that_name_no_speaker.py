"""Phrases near a cue that are not its speaker, and cues that introduce no quote (issue 18, wrong candidates).

Real Stanza analyses of sentences written for these tests.
"""

from __future__ import annotations

from conftest import sieve_source, speaker_of


def test_a_capitalised_word_after_a_name_goes_on_with_the_name(pipeline, kb):
    # `States` after `United` is no `she states`: the tag after the place names the speaker.
    text = ("\u201cWithout the early warning\u201d from the United States and three neighbours, Jane Roe said "
            "on Monday, \u201cthe port would be shut.\u201d")
    assert sieve_source(pipeline, kb, text, 0) == ("tag", "Jane Roe")


def test_a_prepositional_phrase_before_the_cue_is_no_subject(pipeline, kb):
    # `but at a second hearing said`: the subject is elided; the first conjunct's subject speaks.
    text = ("The clerk first said she had lost the ledger, but at a second hearing said it was "
            "\u201cnever in the building.\u201d")
    assert sieve_source(pipeline, kb, text) == ("before", "The clerk")


def test_a_naming_verb_without_a_subject_gives_the_agent_after_the_quote(pipeline, kb):
    text = "The ferry service, often labeled a \u201cfloating scandal\u201d by dock workers, lost money again."
    assert sieve_source(pipeline, kb, text) == ("before", "dock workers")


def test_a_by_phrase_of_manner_after_an_active_naming_verb_is_no_agent(pipeline, kb):
    text = "Jane Roe called the plan \u201ca disgrace\u201d by any measure."
    assert sieve_source(pipeline, kb, text) == ("before", "Jane Roe")


def test_a_cue_in_a_closed_clause_of_time_introduces_nothing_in_the_main_clause(pipeline, kb):
    # `After Roe testified,` is over at its comma; the commission's clause holds the quoted words.
    text = ("After Jane Roe testified before the panel, the Harbor Commission was busy lobbying members against "
            "\u201cany new levy on ferries.\u201d")
    assert sieve_source(pipeline, kb, text) == ("clause-subject", "the Harbor Commission")


def test_a_reporting_clause_after_a_clause_of_time_still_speaks(pipeline, kb):
    text = "When Tom Baker spoke, Jane Roe said the levy was \u201ca disgrace.\u201d"
    assert sieve_source(pipeline, kb, text) == ("before", "Jane Roe")


def test_as_opening_a_reporting_aside_is_no_clause_of_time(pipeline, kb):
    text = "As Jane Roe said on Monday, the levy is \u201cdead.\u201d"
    assert sieve_source(pipeline, kb, text) == ("before", "Jane Roe")


def test_a_nameless_source_whose_aside_is_a_relative_clause_opens_the_tag(pipeline, kb):
    # `told the Gazette`: the listener, never the speaker; the source phrase keeps its clause, as written.
    text = ("\u201cThe pumps failed twice,\u201d a harbour official, who had no clearance to comment, "
            "told the Gazette.")
    assert sieve_source(pipeline, kb, text) == ("after", "a harbour official, who had no clearance to comment")


def test_words_before_a_colon_that_go_on_from_an_earlier_quote_keep_its_speaker(check):
    # `that the ferry wins the contract:` goes on with Roe's clause; the ferry is no speaker.
    doc = check("Jane Roe said she hoped with all her \u201cheart and soul\u201d that the ferry wins the contract: "
                "\u201cThat way the island keeps its lifeline.\u201d")
    assert speaker_of(doc, "island keeps")["type"] == "person" and "Roe" in speaker_of(doc, "island keeps")["name"]


def test_a_by_line_before_a_colon_still_names_the_excerpts_author(pipeline, kb):
    text = ("\u201cThe Living Room to close,\u201d by Gazette reporter Tom Baker: \u201cThe club gave an early "
            "start to many singers.\u201d")
    assert sieve_source(pipeline, kb, text) == ("before", "Gazette reporter Tom Baker")


def test_a_with_phrase_runs_on_over_the_place_its_subject_is_from(pipeline, kb):
    text = ("Tom Baker turned on the mayor, with the staff of the former judge from Dunmore saying she was "
            "\u201cno friend of the harbour.\u201d")
    assert sieve_source(pipeline, kb, text) == ("before", "the staff of the former judge from Dunmore")

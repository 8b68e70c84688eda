"""How far a source phrase as written runs, on sentences written for these tests."""

from __future__ import annotations

from conftest import sieve_source, speaker_of


def test_a_description_runs_on_over_a_compound_noun_the_tagger_reads_as_a_verb(pipeline, kb):
    # `think` opens the compound `think tank`: the description goes on to its noun, not stopping at a verb.
    text = ("\u201cFares will double by summer,\u201d wrote Ann Roe, chief economist at the Velde Harbor Policy "
            "think tank.")
    assert sieve_source(pipeline, kb, text) == (
        "after", "Ann Roe, chief economist at the Velde Harbor Policy think tank")


def test_a_description_after_a_name_stops_before_an_outlets_cue(pipeline, kb):
    # `reports` (tagged a plural noun) is the weekly's cue: it describes nobody.
    text = ("\u201cThe nets came up empty all week,\u201d grumbled Lena Voss, a trawler owner, reports the "
            "Mayfield Ledger.")
    assert sieve_source(pipeline, kb, text) == ("after", "Lena Voss, a trawler owner")


def test_a_subject_phrase_does_not_run_back_over_a_headline_in_capitals(pipeline, kb):
    # A digest item: the headline has no full stop, but the story's sentence starts at `The`.
    text = ("FERRY LINE SOLD AT AUCTION The buyer promised that fares would stay \u201cexactly where they are\u201d "
            "through the winter.")
    assert sieve_source(pipeline, kb, text) == ("before", "The buyer")


def test_a_phrase_keeps_a_programme_name_with_a_capitalised_function_word(check):
    # `This` belongs to the programme's name; the phrase as written starts where the name does.
    draft = check("On Sunday, Eastland This Week presenter Dov Kessler called the ferry delay \u201ca scandal.\u201d\n")
    assert speaker_of(draft, "a scandal")["mention"] == "Eastland This Week presenter Dov Kessler"


def test_a_nominals_place_runs_on_over_the_state_set_off_after_it(pipeline, kb):
    # The state belongs to where the fisherman is from; the cue comes after the second comma.
    text = "\u201cThe ferry is late again,\u201d a fisherman in Dunmore, Ohio, wrote to the council."
    assert sieve_source(pipeline, kb, text) == ("after", "a fisherman in Dunmore, Ohio")

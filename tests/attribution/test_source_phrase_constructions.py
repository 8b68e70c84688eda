"""Source phrases for constructions found by error analysis, on sentences written for these tests."""

from __future__ import annotations

from conftest import sieve_source, speaker_name, speaker_of
from quoteguard.attribution.draft import Draft
from quoteguard.io import document_from_text
from quoteguard.nlp import analyse
from quoteguard.quotes import classify, find_quotes


def test_an_infinitive_cue_after_a_verb_of_object_control_is_the_objects(pipeline, kb):
    # The jump in rents did not speak: it pushed the organiser to say what follows.
    text = ("Rents rose again in March, a jump that pushed tenant organiser Dov Kessler to warn that "
            "“the harbour district is emptying.”")
    assert sieve_source(pipeline, kb, text) == ("before", "tenant organiser Dov Kessler")


def test_the_object_of_a_control_verb_ends_before_its_aside(pipeline, kb):
    text = ("The closure of the ferry line moved the Harbor Commission, which rarely comments on timetables, "
            "to declare: “Service will return by June.”")
    assert sieve_source(pipeline, kb, text) == ("before", "the Harbor Commission")


def test_a_clause_opened_by_that_is_reported_by_the_verb_before_it(pipeline, kb):
    # However the parse joins the clauses, `that` opens what Baker argued; a toll demands nothing aloud.
    text = ("During the debate over tolls, Tom Baker argued with his rivals for an hour that any toll on the "
            "bridge would demand not only new booths but “a small army of clerks.”")
    assert sieve_source(pipeline, kb, text) == ("before", "Tom Baker")


def test_a_nominal_after_the_cue_keeps_its_prepositional_phrase(pipeline, kb):
    text = "“Nobody on the quay was asked,” wrote a Sunday column in the Eastland Courier."
    assert sieve_source(pipeline, kb, text) == ("after", "a Sunday column in the Eastland Courier")


def test_a_nominal_after_the_cue_keeps_its_participle(pipeline, kb):
    text = "“The crane was never inspected,” said the ferry captain known as Red."
    assert sieve_source(pipeline, kb, text) == ("after", "the ferry captain known as Red")


def test_a_nominal_phrase_runs_on_over_a_hyphenated_word(check):
    # The hyphen inside `ferry-line's` joins a word; it is no dash ending the phrase at `ferry`.
    draft = check("\u201cThe sale is not final,\u201d said a source involved in the ferry-line\u2019s sale.\n")
    assert speaker_of(draft, "sale is not final")["name"] == "a source involved in the ferry-line\u2019s sale"


def test_a_nominal_phrase_stops_where_the_clause_goes_on(pipeline, kb):
    # The participle after the comma says what the spokeswoman went on to do; it does not describe her.
    text = "“We regret the delay,” said a spokeswoman, adding that the pier would reopen in May."
    assert sieve_source(pipeline, kb, text) == ("after", "a spokeswoman")


def test_a_phrase_whose_head_a_name_owns_is_written_whole(pipeline, kb):
    # The newspaper wrote it; `Kessler` only owns the phrase's head.
    text = ("Mayor Dov Kessler resigned in May. Kessler's local paper the Marlow Gazette wrote that "
            "“the pier was never safe.”")
    found = sieve_source(pipeline, kb, text)
    assert found is not None and found[1] == "Kessler's local paper the Marlow Gazette"


def test_a_quoted_phrase_in_a_cueless_sentence_goes_on_with_the_tag_before_it(check):
    text = ("The harbour board met on Monday.\n\nDelays are likely through the winter, Ann Roe said. Crews will work "
            "only at night, when traffic on the causeway is “light enough to bear it.”\n")
    assert speaker_name(check(text), "light enough") == "Ann Roe"


def test_a_subject_the_parse_cuts_short_runs_on_to_its_verb(pipeline, kb):
    # A parse may head `Democratic candidate Ann Roe` on its first word; the words up to `said` are all one subject.
    doc = document_from_text("Democratic candidate Ann Roe said at the pier the toll would rise.", "draft.txt")
    analysis = analyse(doc.text, pipeline, None)
    draft = Draft(doc, analysis, classify(doc, find_quotes(doc), analysis, kb), kb)
    said = next(k for k, tok in enumerate(draft.t) if tok.text == "said")
    assert draft.up_to_verb((0, 0), said, list(range(said))) == (0, said - 1)
    assert draft.up_to_verb((0, 0), said + 3, list(range(said + 3))) == (0, 0)  # (a verb or a preposition between)


def test_a_verbless_label_before_a_colon_is_the_whole_title_and_name(pipeline, kb):
    text = ("The candidates were asked about the ferries.\n\n"
            "Former secretary of the navy Dov Kessler: “We should never have sold them.”")
    assert sieve_source(pipeline, kb, text) == ("before", "Former secretary of the navy Dov Kessler")


def test_a_question_put_by_someone_in_an_opening_participle_is_theirs(pipeline, kb):
    # The quoted word belongs to the question, which the one who asked it put.
    text = "Asked by Ida Marsh if the council “cares” about the ferries, the mayor changed the subject."
    assert sieve_source(pipeline, kb, text) == ("before", "Ida Marsh")
    text = "Pressed by reporters on whether the levy was “fair,” Dov Kessler walked away."
    assert sieve_source(pipeline, kb, text) == ("before", "reporters")


def test_one_unnamed_person_the_sentence_before_is_about_speaks_the_quote_after_it(check):
    text = ("The ferry was late again on Sunday.\n\nThe harbour master turned to the crowd. "
            "“Who among you has seen the pier at night?” Nobody answered.\n")
    quote = next(q for q in check(text)["quotes"] if "pier at night" in q["text"])
    assert quote["speaker"] is not None and "harbour master" in quote["speaker"]["mention"]

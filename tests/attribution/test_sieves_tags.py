"""Sieve behaviours found by error analysis on train (session 3), on real Stanza analyses of sentences
written for these tests: tags after a quote, subjects of participles, and the edges of a speaker phrase."""

from __future__ import annotations

import pytest

from quoteguard.attribution.draft import Draft
from quoteguard.attribution.sieves import find_source
from quoteguard.attribution.types import Phrase
from quoteguard.io import document_from_text
from quoteguard.nlp import analyse
from quoteguard.quotes import classify, find_quotes


def _found(pipeline, kb, text: str, which: int = 0):
    """What `find_source` returns for the draft's `which`-th spoken quote (None when no sieve links it)."""
    doc = document_from_text(text, "draft.txt")
    analysis = analyse(doc.text, pipeline, None)
    draft = Draft(doc, analysis, classify(doc, find_quotes(doc), analysis, kb), kb)
    draft.collect_people()
    return find_source(draft, [q for q in draft.quotes if not q.unspoken][which])


def _source(pipeline, kb, text: str, which: int = 0) -> tuple[str, str] | None:
    """The unit that links the quote and the words of the mention it makes."""
    found = _found(pipeline, kb, text, which)
    return (found[2], found[1].text) if found is not None else None


@pytest.mark.parametrize("text, speaker", [
    # the tagger reads the verb as a noun; right after a subject that opens the tag it is the tag's verb
    ("“We were never consulted about the dam,” the three write. “Nobody asked us.”", "the three"),
    ("“The valley will flood again,” a voice-over in the clip states. “Nobody is ready for it.”",
     "a voice-over in the clip"),
])
def test_a_speech_verb_read_as_a_noun_still_closes_a_tag_after_the_quote(pipeline, kb, text, speaker):
    assert _source(pipeline, kb, text) == ("after", speaker)


def test_a_participle_in_the_subject_phrase_does_not_end_the_tag(pipeline, kb):
    text = "“The roads are a disgrace,” the retired engineer told a local paper on Sunday."
    assert _source(pipeline, kb, text) == ("after", "the retired engineer")


def test_a_sentence_adverb_before_a_comma_is_no_speaker(pipeline, kb):
    text = "Likewise, a study from the Fenwick Trust had this to say about the levy: “It will not raise a penny.”"
    found = _source(pipeline, kb, text)
    assert found is not None and found[1] != "Likewise" and "study" in found[1]


def test_a_with_phrase_names_the_whole_subject_of_its_participle(pipeline, kb):
    text = ("Farmers backed Mayor Ellen Hart early, with the National Union of Growers calling her "
            "“a friend of the fields.”")
    assert _source(pipeline, kb, text) == ("before", "the National Union of Growers")


def test_a_hyphen_inside_a_word_does_not_split_a_coordinated_subject(pipeline, kb):
    # two subjects joined by `and`: the first leads, even with `hard-line` between them
    text = "Varga and other hard-line deputies boycotted the summit in May, claiming that it was “a stitch-up.”"
    assert _source(pipeline, kb, text) == ("before", "Varga")


def test_an_opening_adjunct_set_off_by_a_comma_is_not_part_of_the_speaker_phrase(pipeline, kb):
    text = "Reprising a favourite joke of hers, the former port director spoke about the “spirit of the docks.”"
    doc = document_from_text(text, "draft.txt")
    analysis = analyse(doc.text, pipeline, None)
    draft = Draft(doc, analysis, classify(doc, find_quotes(doc), analysis, kb), kb)
    director = next(tok.index for tok in draft.t if tok.text == "director")
    mention = draft.mention_for(Phrase(0, director, None, "participle", 0.85))
    assert mention is not None and mention.text == "the former port director"


@pytest.mark.parametrize("text, speaker", [
    # `continues` read as a noun before the colon or comma that opens the quote
    ("Dunmore continues: “The plan has no money behind it.”", "Dunmore"),
    ("Kessler continues, “Frankly, the budget is so thin that nobody trusts it.”", "Kessler"),
])
def test_a_speech_verb_read_as_a_noun_still_opens_a_quote(pipeline, kb, text, speaker):
    assert _source(pipeline, kb, text) == ("before", speaker)


def test_an_opening_participle_clause_is_not_the_subject_of_the_clause_on_the_surface(pipeline, kb):
    # without a parse, the subject of `added` is found on the surface, after the opening participle clause
    text = ("Talking to reporters outside the depot early Monday, Lena Frost, 64, said it was too soon to gloat "
            "but added, “We will be watching them.”")
    doc = document_from_text(text, "draft.txt")
    analysis = analyse(doc.text, pipeline, None)
    draft = Draft(doc, analysis, classify(doc, find_quotes(doc), analysis, kb), kb)
    draft.a.processors = frozenset({"tokenize", "pos"})
    added = next(tok.index for tok in draft.t if tok.text == "added")
    span = draft.clause_subject(added, list(range(added)))
    assert span is not None and draft.span_text(*span).startswith("Lena Frost")


def test_one_of_a_plural_noun_is_a_speaker_phrase(pipeline, kb):
    text = ("Hart and her allies tried to link Dunmore to the developer, with one of their flyers asking, "
            "“Who pays Dunmore's bills?”")
    assert _source(pipeline, kb, text) == ("before", "one of their flyers")


@pytest.mark.parametrize("text, described, name", [
    ("In fighting the subpoena, his longtime attorney, Ruth K. Amsel, argued in a filing that the demand was "
     "“baseless.”", "attorney", "Ruth K. Amsel"),
    ("The painter's biographers, Carl and Ida Brandt, wrote that he was “a recluse with a temper.”", "biographers",
     "Ida Brandt"),
])
def test_a_name_set_off_after_a_nominal_is_who_the_nominal_is(pipeline, kb, text, described, name):
    found = _found(pipeline, kb, text)
    assert found is not None and found[1].kind == "person" and found[1].name == name
    assert described in found[1].text and found[1].text.endswith(name)  # the phrase as written, description too


@pytest.mark.parametrize("text, name", [
    ("Paul Manley is in charge. Tom Varga, a GOP strategist who has feuded with Manley, wrote in an email: "
     "“This was probably the worst opening night of any party congress in memory.”", "Tom Varga"),
    ("Mark Lowe founded the school. One of the school's senior teachers, Ann Petrie, subsequently testified in one "
     "of the suits that “none of the grades” were checked by Lowe.", "Ann Petrie"),
])
def test_the_name_an_aside_describes_is_the_subject_not_a_name_inside_the_aside(pipeline, kb, text, name):
    found = _found(pipeline, kb, text)
    assert found is not None and found[1].kind == "person" and found[1].name == name


def test_a_name_after_a_preposition_is_not_the_subject_of_the_participle_after_it(pipeline, kb):
    text = ("Harbor reporter Ana Ruiz tweeted back at Tom Baker pointing out the irony: "
            "“Your plan costs more than the bridge.”")
    assert _source(pipeline, kb, text) == ("before", "Harbor reporter Ana Ruiz")


def test_a_participle_modifying_the_noun_stays_in_the_phrase_after_the_cue(pipeline, kb):
    text = "“The port has no future,” said one unaligned Oslo strategist."
    assert _source(pipeline, kb, text) == ("after", "one unaligned Oslo strategist")


def test_titles_joined_by_and_are_one_subject_after_the_quote(pipeline, kb):
    text = ("“The harbour is finished. The council is a paranoid, isolated body,” the independent Oslo councillor "
            "and Green mayoral candidate told the local radio station.")
    assert _source(pipeline, kb, text) == ("after", "the independent Oslo councillor and Green mayoral candidate")


@pytest.mark.parametrize("text, speaker", [
    ("“The port will always be the port,” an angry Halvorsen retaliated.", "Halvorsen"),
    ("“Grain, not tourists, is what feeds this valley,” opined the Bergen Courier.", "the Bergen Courier"),
])
def test_more_reporting_verbs_close_a_tag(pipeline, kb, text, speaker):
    found = _source(pipeline, kb, text)
    assert found is not None and found[0] == "after" and found[1] == speaker


def test_a_speech_noun_called_something_by_another_is_not_its_owners_words(pipeline, kb):
    text = "Last year, Mayor Ellen Hart played down Dunmore's comments as “just part of the campaign.”"
    found = _source(pipeline, kb, text)
    assert found is not None and found[0] != "speech-noun" and "Hart" in found[1]

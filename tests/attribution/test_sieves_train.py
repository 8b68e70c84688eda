"""Sieve behaviours found by error analysis, on real Stanza analyses of sentences written for these tests."""

from __future__ import annotations

from quoteguard.attribution.draft import Draft
from quoteguard.attribution.sieves import find_source
from quoteguard.io import document_from_text
from quoteguard.nlp import analyse
from quoteguard.quotes import classify, find_quotes


def _found_for_last_quote(pipeline, kb, text: str):
    """What `find_source` returns for the draft's last spoken quote (None when no sieve links it)."""
    doc = document_from_text(text, "draft.txt")
    analysis = analyse(doc.text, pipeline, None)
    draft = Draft(doc, analysis, classify(doc, find_quotes(doc), analysis, kb), kb)
    draft.collect_people()
    return find_source(draft, [q for q in draft.quotes if not q.unspoken][-1])


def _source_of_last_quote(pipeline, kb, text: str) -> tuple[str, str] | None:
    """The sieve that links the draft's last quote and the words of the mention it makes."""
    found = _found_for_last_quote(pipeline, kb, text)
    return (found[2], found[1].text) if found is not None else None


def test_a_quoted_phrase_in_what_someone_said_is_theirs_not_the_clause_subjects(pipeline, kb):
    # The quote sits in a clause of its own (`the council faced …`), reported by `said`: the
    # mayor's words, even though the way up to `said` passes through an earlier quote.
    text = ("Mayor Tom Baker said it was “perfectly obvious” that the old bridge was unsafe, and that the city faced "
            "dozens of “costly lawsuits” each year.")
    assert _source_of_last_quote(pipeline, kb, text) == ("clause-subject", "Mayor Tom Baker")


def test_a_relative_pronoun_after_a_comma_speaks_for_the_phrase_before_the_comma(pipeline, kb):
    # The comma before `who` closes its antecedent; it opens no aside (`X, a lawyer, said`).
    text = "By Friday the proposal had drawn fire from Councillor Tom Baker, who branded it “a gift to developers.”"
    found = _found_for_last_quote(pipeline, kb, text)
    assert found is not None
    assert found[1].text == "who" and found[1].name == "Tom Baker"


def test_a_relative_pronoun_after_an_aside_speaks_for_the_name_the_aside_describes(pipeline, kb):
    text = "Residents still quote Maria Lopez, then the harbour master, who in 1998 called the pier “a death trap.”"
    found = _found_for_last_quote(pipeline, kb, text)
    assert found is not None
    assert found[1].text == "who" and found[1].name == "Maria Lopez"


def test_a_subject_the_parse_splits_at_that_keeps_the_reporter(pipeline, kb):
    # `reports` read as a noun makes two subjects of `avoided`; the words between them (`that`) join
    # two clauses, so the first subject leads.
    text = "The Harbour Gazette reports that the port board delayed the vote so as to “avoid a public fight.”"
    found = _source_of_last_quote(pipeline, kb, text)
    assert found is not None and found[0] == "clause-subject" and "Harbour Gazette" in found[1]

"""A focused run parses the sentences a he/she's subject chain reads back to, so that it finds the
person they describe as a run that parses everything does (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of
from quoteguard.engine import check_document
from quoteguard.io import document_from_text
from quoteguard.report.model import build_report

DRAINAGE = (
    "Pump failure blamed for flooded homes\n\n"
    "Homes on the lower estate flooded after a drainage pump stopped working.\n\n"
    "Evelina Marchbank, 67, has slept upstairs since the water came in.\n\n"
    "An engineer from the Kestrel Valley Drainage Board met householders in the church hall on Thursday. "
    "He admitted that the alarm had been switched off. "
    "\u201cNobody checked the readings for a month,\u201d he said.\n"
)


def test_a_he_after_a_described_subject_two_sentences_back_is_that_source(check):
    speaker = speaker_of(check(DRAINAGE), "Nobody checked")
    assert speaker["anonymous"] and "engineer" in speaker["name"]


def test_the_focused_report_is_the_full_report(pipeline, kb, model_source):
    doc = document_from_text(DRAINAGE, "draft.txt")
    focused = check_document(doc, pipeline, kb)
    full = check_document(doc, pipeline, kb, parse_all=True)
    assert focused.analysis.parsed is not None  # (the headline and the first paragraph are left unparsed)
    assert build_report([focused], [], model_source.processors) == build_report([full], [], model_source.processors)

"""A body's name after a noun that says what kind of body it is (`a partner at communications firm
Brightwater`) is the organisation, even when its ending looks like a role's. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture
from quoteguard.engine import check_document
from quoteguard.io import document_from_text
from quoteguard.knowledge import build_knowledge
from quoteguard.report.model import build_report

DRAFT = (
    "\u201cThe pier is safe,\u201d said Dov Kessler, a partner at communications firm Brightwater.\n\n"
    "\u201cThe fares will rise,\u201d said Lena Marsh, now a partner at consulting firm HBKWeaver.\n"
)

draft = draft_fixture(DRAFT)


def test_a_name_after_a_kind_of_body_is_the_organisation(draft):
    assert body_of(draft, "pier is safe") == "Brightwater"
    assert body_of(draft, "fares will rise") == "HBKWeaver"


def test_a_newsroom_adds_its_own_kinds_of_body_in_the_config(pipeline, model_source):
    text = "\u201cThe pier is safe,\u201d said Dov Kessler, a partner at repair boatyard Lakewater.\n"

    def body(kb):
        result = check_document(document_from_text(text, "draft.txt"), pipeline, kb)
        doc = build_report([result], [], model_source.processors)["documents"][0]
        return body_of(doc, "pier is safe")

    assert body(build_knowledge()) != "Lakewater"
    assert body(build_knowledge({"classifier-nouns": ["boatyard"]})) == "Lakewater"

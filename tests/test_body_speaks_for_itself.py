"""A body that speaks is its own organisation (`Harbor Rail said …`: organisation Harbor Rail), as a body the
knowledge base knows already was (`the State Department`), so a report's organisation column is filled wherever a
body spoke; the HTML hover names it once. A name after a possessive the tagger took for a body (`Eastland's Cal
Brook`) is left alone. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of
from quoteguard.engine import check_document
from quoteguard.io import document_from_text
from quoteguard.report.html import render as render_html
from quoteguard.report.model import build_report

BODIES = (
    "Rail fares rise\n\n"
    'Harbor Rail said fares would rise in May. "We have no choice," the company said.\n\n'
    'The State Department said it was watching. "We are watching closely," it said.\n'
)

bodies = draft_fixture(BODIES)


def test_a_body_the_knowledge_base_does_not_know_is_its_own_organisation(bodies):
    assert speaker_of(bodies, "no choice")["name"] == "Harbor Rail"
    assert body_of(bodies, "no choice") == "Harbor Rail"


def test_a_body_the_knowledge_base_knows_keeps_its_known_name(bodies):
    assert body_of(bodies, "watching closely") == "State Department"


def test_the_html_hover_names_a_body_speaking_for_itself_once(pipeline, kb, model_source):
    result = check_document(document_from_text(BODIES, "draft.txt"), pipeline, kb)
    page = render_html(build_report([result], [], model_source.processors))
    assert 'data-speaker="Harbor Rail" title="Harbor Rail"' in page

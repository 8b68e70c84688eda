"""A person named as the subject of a party's contest (`swept the Eastland Democratic caucuses`, `, who is
running for the Republican nomination`, `after she swept Dunmore's Republican caucuses`, `'s bid for the
Democratic nomination`, `, a pilot, is the winner in the Green Party primary`) runs in it, so the party is
hers; a share of a thing of the contest (`a third of the Republican primary vote`) says nothing. A
newsroom's own contest verbs come from the config (`contest-verbs`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of
from quoteguard.engine import check_document
from quoteguard.io import document_from_text
from quoteguard.knowledge import build_knowledge
from quoteguard.report.model import build_report

DRAFT = (
    "In March, Nora Velde swept the Eastland Democratic caucuses with ease. “The pilots voted for me,” Velde said.\n\n"
    "After a long count, Ben Cole narrowly won Dunmore’s Republican primary for sheriff. “It was close,” Cole said.\n\n"
    "Abe Lind won a third of the Democratic primary vote in Harbin. “The count was fair,” Lind said.\n\n"
    "Ada Kessler thanked the harbor pilots for an hour after she swept Dunmore’s Republican caucuses. "
    "“The pilots built this town,” Kessler said.\n\n"
    "Dov Marsh’s long bid for the Democratic nomination ran out of money in June. “We tried,” Marsh said.\n\n"
    "Tom Ferris, a retired harbor pilot, is the winner in the Green Party primary for the harbor seat. "
    "“Boats need pilots,” Ferris said.\n"
)

draft = draft_fixture(DRAFT)


def test_caucuses_she_swept_give_her_their_party(draft):
    assert speaker_of(draft, "The pilots voted for me")["party"] == "Democratic Party"


def test_a_primary_he_won_gives_him_its_party(draft):
    assert speaker_of(draft, "It was close")["party"] == "Republican Party"


def test_a_share_of_a_primary_vote_gives_no_party(draft):
    assert speaker_of(draft, "The count was fair")["party"] is None


def test_caucuses_she_swept_in_a_clause_after_her_name_give_their_party(draft):
    assert speaker_of(draft, "The pilots built this town")["party"] == "Republican Party"


def test_his_bid_for_a_nomination_gives_its_party(draft):
    assert speaker_of(draft, "We tried")["party"] == "Democratic Party"


def test_the_winner_of_a_primary_named_after_an_appositive_gets_its_party(draft):
    assert speaker_of(draft, "Boats need pilots")["party"] == "Green Party"


def test_a_newsroom_adds_its_own_contest_verbs_in_the_config(pipeline, model_source):
    text = "Harbor Radio host Ann Roe stood for the Republican nomination in May. “We will win,” Roe said.\n"

    def party(kb):
        result = check_document(document_from_text(text, "draft.txt"), pipeline, kb)
        doc = build_report([result], [], model_source.processors)["documents"][0]
        return speaker_of(doc, "We will win")["party"]

    assert party(build_knowledge()) is None
    assert party(build_knowledge({"contest-verbs": ["stood for"]})) == "Republican Party"

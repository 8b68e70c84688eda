"""`talks between the DWF union and Calder Rail Group. The union's general secretary, Ann Roe, said …`: a role
owned by `the union` points back to the body the draft calls a union (`the DWF union`), not to the body named last.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "Rail strike called off\n\n"
    "A planned strike was called off on Thursday night after talks between the DWF union and Calder Rail Group.\n\n"
    "The union's general secretary, Moira Lind, said members had won “a real improvement in pay.”\n\n"
    "Calder Rail Group's chief executive, Ivo Brandt, said: “We are glad an agreement has been reached.”\n"
)

draft = draft_fixture(DRAFT)


def test_the_unions_officer_speaks_for_the_body_called_a_union(draft):
    assert speaker_of(draft, "real improvement")["name"] == "Moira Lind"
    assert body_of(draft, "real improvement") == "DWF"


def test_the_other_bodys_officer_keeps_his_body(draft):
    assert body_of(draft, "agreement has been reached") == "Calder Rail Group"

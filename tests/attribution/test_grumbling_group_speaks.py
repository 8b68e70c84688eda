"""`grouse` is a verb of saying (`Roe groused that …`): a group the draft never names that grouses a quoted
phrase is its unnamed source (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_group_heard_grousing_states_its_quoted_phrase(check):
    draft = check("The new mooring rules took effect at dawn on Monday.\n\n"
                  "Along the quay, several skippers were overheard grousing that the \"paper chase\" of permits "
                  "cost them a whole morning at sea.\n")
    speaker = speaker_of(draft, "paper chase")
    assert (speaker["type"], speaker["anonymous"]) == ("unnamed", True)

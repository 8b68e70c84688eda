"""`Now as a mayoral candidate, Roe has …`, `Roe, as a mayoral candidate, toured …`: a role set off by commas
beside a name that is its clause's subject is stated of her; `As a child, Roe …` (a time of her life) and
`As a result, Roe …` state none. Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import speaker_of


@pytest.mark.parametrize("text", [
    "Over decades at the harbor, and now as a mayoral candidate, Roe has kept the ferries running.",
    "Roe, as a mayoral candidate, toured the docks on Friday.",
])
def test_role_set_off_beside_the_subject_is_her_title(check, text):
    draft = check(f"{text}\n\n\u201cWe will win,\u201d Roe said.\n")
    speaker = speaker_of(draft, "will win")
    assert speaker["name"] == "Roe"
    assert speaker["title"] == "mayoral candidate"


@pytest.mark.parametrize("opener", ["As a child", "As a result"])
def test_a_time_of_life_or_a_link_is_no_title(check, opener):
    draft = check(f"{opener}, Roe swam in the harbor every day.\n\n\u201cWe will win,\u201d Roe said.\n")
    assert speaker_of(draft, "will win")["title"] is None

"""A British judge's style (`Mrs Justice Pellow`, `Lord Justice Amsel`, listed in data) is her title, `judge`, and no
part of her name, whether it stands alone or after a description set off by a comma (`The trial judge, Mr Justice
X,`: the description's role). A lone `Justice` before a name stays as written. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "The appeal over the quarry licence ended on Friday. Lady Justice Wrenfield said: “The licence was lawful.”\n\n"
    "At the earlier hearing, the trial judge, Mr Justice Orlow, said the council had “no case to answer.”\n\n"
    "Justice Cora Lindby said: “We do not decide that here.”\n"
)

draft = draft_fixture(DRAFT)


def test_a_judicial_style_alone_is_the_title_judge(draft):
    speaker = speaker_of(draft, "The licence was lawful")
    assert speaker["name"] == "Wrenfield"
    assert speaker["title"] == "judge"


def test_a_style_after_a_set_off_description_leaves_the_name_bare(draft):
    speaker = speaker_of(draft, "no case to answer")
    assert speaker["name"] == "Orlow"
    assert speaker["title"] == "trial judge"


def test_a_lone_justice_stays_as_written(draft):
    speaker = speaker_of(draft, "We do not decide")
    assert speaker["name"] == "Cora Lindby"
    assert speaker["title"] == "Justice"

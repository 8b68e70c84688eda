"""An age is no part of a title (`the 71-year-old ferry pilot`), though an age that is the noun itself (`a
59-year-old from Eastland`) gives none; a day before `for` (`Wednesday for Harbor Court Judge X`) names no
one, so the title after the link is hers. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "“The tide turned early,” said Ivo Brandt, a 71-year-old ferry pilot.\n\n"
    "“I will vote for the bridge,” said Lena Marsh, a 59-year-old from Eastland.\n\n"
    "The council wrote on Wednesday for Harbor Court Judge Ann Roe, who answered at once. "
    "“The case is closed,” Roe said.\n"
)

draft = draft_fixture(DRAFT)


def test_an_age_before_a_role_is_no_part_of_the_title(draft):
    assert speaker_of(draft, "The tide turned")["title"] == "ferry pilot"


def test_an_age_that_is_the_noun_gives_no_title(draft):
    assert not speaker_of(draft, "vote for the bridge")["title"]


def test_a_day_before_for_leaves_the_title_after_it(draft):
    assert speaker_of(draft, "The case is closed")["title"] == "Harbor Court Judge"

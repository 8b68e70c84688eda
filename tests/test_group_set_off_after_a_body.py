"""`The Harbor Justice League, a civil-rights group, criticized the deal. "…," the group said.`: the group is the
body the sentence opens on; the words set off after its name say what it is and are no group of their own. A group
described in its own words with no name (`a trade group for the growers`) still keeps `the group` unnamed.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

SET_OFF = (
    "Police deal\n\n"
    'The Harbor Justice League, a civil-rights group, criticized the deal. "This is wrong," the group said.\n'
)
NAMELESS = (
    "Crop prices\n\n"
    "Farmers met a trade group for the growers on Monday. "
    '"Prices must rise," the group said.\n'
)

set_off = draft_fixture(SET_OFF)
nameless = draft_fixture(NAMELESS)


def test_the_group_is_the_body_whose_name_the_description_follows(set_off):
    speaker = speaker_of(set_off, "This is wrong")
    assert (speaker["name"], speaker["type"]) == ("Harbor Justice League", "organisation")


def test_a_nameless_group_stays_unnamed(nameless):
    assert speaker_of(nameless, "Prices must rise")["type"] != "organisation"

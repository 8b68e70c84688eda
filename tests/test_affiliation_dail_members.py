"""A TD is a member of the Dáil, as an MP is of the Commons: `a Fine Gael TD for Galway West` states a post,
a party and the parliament the member sits in; before, the report showed no title and no body."""

from __future__ import annotations

DRAFT = """Housing debate runs late

Dermot Keaveney, a Fine Gael TD for Galway West, urged both sides to stop. 'People want a key,' he said.

Paul Hegarty, a TD for Cork South, backed the plan. 'It is a start,' Hegarty said.
"""


def test_a_td_sits_in_the_dail(check):
    quotes = check(DRAFT)["quotes"]
    first, second = quotes[0], quotes[1]
    assert first["speaker"]["name"] == "Dermot Keaveney"
    assert "TD" in first["speaker"]["title"].split()
    assert first["speaker"]["party"] == "Fine Gael"
    assert first["affiliation"]["short"] == "Dáil"
    assert second["speaker"]["title"] == "TD"  # (the constituency is where she sits for, no part of the post)
    assert second["affiliation"]["name"] == "Dáil Éireann"

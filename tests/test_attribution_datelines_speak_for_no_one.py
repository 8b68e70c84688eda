"""A dateline (`PERTH —`, `TALLINN (Wire) —`) is where a story was filed from: never a speaker, nor the body a
later `the company said` stands for. The tagger may read the capitals as the subject of the sentence after the dash,
so the report showed `PERTH` as the insurer speaking."""

from __future__ import annotations

import pytest

BREACH = """Insurer hit by data breach

{dateline} Private health insurer Marlowe Health says hackers have stolen the records of about 400,000 members.

The insurer said it had found unusual activity on a server. "We are deeply sorry," the company said.
"""


@pytest.mark.parametrize("dateline", ["PERTH —", "PERTH (Wire) —", "PORT HEDLAND, Australia —"])
def test_a_dateline_is_no_body_speaking(check, dateline):
    speaker = check(BREACH.format(dateline=dateline))["quotes"][0]["speaker"]
    assert speaker is None or speaker["name"] not in ("PERTH", "PORT HEDLAND", "Australia")


def test_capitals_that_do_not_open_the_paragraph_still_name(check):
    draft = ("Agency report\n\nThe figures came from NASA on Monday. \"We are confident in them,\" "
             "NASA said in a statement.\n")
    assert check(draft)["quotes"][0]["speaker"]["name"] == "NASA"

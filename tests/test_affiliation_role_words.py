"""Role nouns the title lists lacked: `retired astronaut Dov Kessler` has a title. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import speaker_of


def test_an_astronaut_is_a_role(check):
    draft = check("The rally drew Tova Brandt and her husband, retired astronaut Dov Kessler. "
                  "\u201cWe will keep the docks open,\u201d Kessler said.\n")
    assert speaker_of(draft, "keep the docks open")["title"] == "retired astronaut"

"""`The former governor mocked Kessler for calling himself the "…"`: a person named after the description, in
its own clause, is not the one it describes (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_the_object_of_the_descriptions_clause_is_not_its_holder(check):
    draft = check("Ann Roe and Dov Kessler are running for the harbor seat.\n\n"
                  "The dispute is over remarks Roe delivered on Tuesday in a talk criticizing the Republican "
                  "candidate. The former governor mocked Kessler for calling himself the "
                  "\u201cking of the docks,\u201d noting that his plan would sink the small yards.\n")
    assert speaker_of(draft, "king of the docks")["name"] == "Ann Roe"

"""`said Dov Kessler, another longtime ferry pilot who once steered the Roe harbor boats`: an appositive opened by
`another` describes the person as one opened by `a` does, though a name inside it is someone else's.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of


def test_another_opens_a_description_with_someone_else_named_inside(check):
    draft = check("Ann Roe ran the harbor line for a decade.\n\n"
                  "\u201cThe boats kept sailing,\u201d said Dov Kessler, another longtime ferry pilot who once steered "
                  "the Roe harbor boats.\n")
    speaker = speaker_of(draft, "kept sailing")
    assert speaker["name"] == "Dov Kessler"
    assert speaker["title"] == "longtime ferry pilot"

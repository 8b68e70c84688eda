"""`the investor` is a public role, like `the billionaire`: the person the story is about, not an unnamed
source (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_the_investor_is_the_billionaire_quoted_before(check):
    draft = check("Billionaire ferry owner Ivo Brandt is sizing up the council race.\n\n"
                  "\u201cThe levy will sink the small yards,\u201d Brandt said.\n\n"
                  "State Sen. Dov Kessler disagreed with him on Friday.\n\n"
                  "\u201cNobody in the council has read the numbers,\u201d the investor said.\n")
    speaker = speaker_of(draft, "read the numbers")
    assert speaker["name"] == "Ivo Brandt" and not speaker["anonymous"]

"""`Roe answers him in a new ad: "…," the senator says`: a description tagging a quote is the person named as
the subject of that sentence before the quote, not someone described so earlier (invented sentences, real
pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_the_description_is_the_subject_that_opens_its_sentence(check):
    draft = check("Sen. Dov Kessler praised the ferry levy on Monday.\n\n"
                  "\u201cIt is a fair deal,\u201d Kessler said.\n\n"
                  "Sen. Ann Roe answers him in a new ad running on local TV: \u201cThe levy will sink the small "
                  "yards,\u201d the senator says to the camera.\n")
    assert speaker_of(draft, "sink the small yards")["name"] == "Ann Roe"

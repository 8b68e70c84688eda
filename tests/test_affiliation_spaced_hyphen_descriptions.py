"""A description between dashes may be set with spaced hyphens (`Ann Roe - a harbor pilot - said`), as some
newsrooms do, and may open with an owner (`Kessler's deputy`). A hyphen inside a word is no dash. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of

QUOTE = "\u201cWe will keep the docks open,\u201d Roe said.\n"


def test_a_description_between_spaced_hyphens(check):
    draft = check("Dockers marched on Monday. Ann Roe - a harbor pilot from Eastland - said the plan would "
                  "fail. " + QUOTE)
    assert speaker_of(draft, "keep the docks open")["title"] == "harbor pilot from Eastland"


def test_an_owned_description_between_spaced_hyphens(check):
    draft = check("Dockers marched on Monday. Ann Roe - Kessler's deputy and co-host on his radio show - told "
                  "reporters the plan would fail. " + QUOTE)
    assert speaker_of(draft, "keep the docks open")["title"] == "Kessler's deputy and co-host on his radio show"


def test_an_aside_with_a_verb_between_hyphens_is_no_title(check):
    draft = check("Dockers marched on Monday. Ann Roe - the pilots say - will fight the plan. " + QUOTE)
    assert speaker_of(draft, "keep the docks open")["title"] is None

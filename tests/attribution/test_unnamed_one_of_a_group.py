"""`one of his aides`, `some of the donors`: a count of people the draft does not name is an unnamed
source, whatever head the tagger gives the count; `one of her leaflets` stays a thing (invented
sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_one_of_his_aides_is_an_unnamed_source(check):
    draft = check("Councillor Ida Brandt held a town meeting on the harbor plan on Monday.\n\n"
                  "\u201cIt was a disaster,\u201d one of his aides said.\n")
    speaker = speaker_of(draft, "It was a disaster")
    assert speaker["type"] == "unnamed" and speaker["anonymous"]


def test_one_of_her_leaflets_is_no_person(check):
    draft = check("Councillor Ida Brandt handed out leaflets on the harbor plan on Monday.\n\n"
                  "\u201cVote no on the dredging levy,\u201d one of her leaflets said.\n")
    speaker = speaker_of(draft, "dredging levy")
    assert speaker["type"] == "other" and not speaker["anonymous"]

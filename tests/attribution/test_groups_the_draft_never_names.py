"""Groups the draft never names: some of a party's members (`several Republicans`, `many Democrats`), or a
count of bodies (`Seven tenant and church organizations`), are an unnamed source, not the party or a
thing; a `they` after such a group is that group. A chamber's caucus (`Senate Democrats`) or a campaign
still speaks as a body, and so does a bare `Democrats`, as the dev layer reads it (invented sentences, real
pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_counted_party_plural_is_an_unnamed_group(check):
    draft = check("The county will vote on the new landfill in June.\n\n"
                  "\u201cIt is a gift to the hauling firms and no one else,\u201d several Republicans "
                  "on the board said.\n\n"
                  "\u201cThe landfill creates jobs we badly need,\u201d some Democrats argue in a flyer mailed "
                  "this week.\n")
    for snippet in ("no one else", "jobs we badly need"):
        speaker = speaker_of(draft, snippet)
        assert (speaker["type"], speaker["anonymous"]) == ("unnamed", True), snippet


def test_a_chamber_caucus_or_a_campaign_still_speaks_as_a_body(check):
    draft = check("The landfill bill reached the floor on Thursday.\n\n"
                  "\u201cWe will block it at every turn,\u201d Senate Democrats said in a statement.\n")
    assert speaker_of(draft, "block it at every turn")["type"] == "organisation"


def test_a_count_of_bodies_is_an_unnamed_group_and_their_they_is_that_group(check):
    draft = check("The landfill plan drew a formal protest this week.\n\n"
                  "Seven tenant and church organizations sent a joint letter to the county clerk on Friday. "
                  "They asked her to \u201cpause every permit until the hearings end.\u201d\n")
    speaker = speaker_of(draft, "pause every permit")
    assert speaker["type"] == "unnamed" and speaker["anonymous"]
    assert "organizations" in speaker["name"]

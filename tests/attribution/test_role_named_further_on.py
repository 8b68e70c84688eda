"""`A spokesman for Ann Roe said …` or `Roe's campaign manager said …`, and further on `Roe spokesman Ivo
Brandt`, `Roe's campaign manager, Ida Marsh,`: the one person the draft names later with that role and owner
is the source; not when two are named so (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of

LATER = ("Roe toured the ferry terminal in Eastport on Tuesday and met the dock crews.\n\n"
         "Roe spokesman Ivo Brandt said the mayor would \u201ckeep the night crossings running.\u201d\n")


def test_an_indefinite_role_for_an_owner_is_the_person_named_later_in_it(check):
    draft = check("A spokesman for Mayor Ann Roe called the ferry report \u201ca bad joke.\u201d\n\n" + LATER)
    speaker = speaker_of(draft, "a bad joke")
    assert speaker["name"] == "Ivo Brandt" and not speaker["anonymous"]


def test_a_possessed_role_is_the_person_named_later_in_it(check):
    draft = check("Mayor Ann Roe lost the vote on the ferry levy. Roe's campaign manager said the mayor would run "
                  "again \u201cfor as long as the ferries run.\u201d\n\n"
                  "Roe toured the ferry terminal in Eastport on Tuesday.\n\n"
                  "Roe's campaign manager, Ida Marsh, said the levy would be back next year.\n")
    speaker = speaker_of(draft, "as long as the ferries")
    assert speaker["name"] == "Ida Marsh" and not speaker["anonymous"]


def test_two_people_named_later_in_the_role_leave_it_unnamed(check):
    draft = check("A spokesman for Mayor Ann Roe called the ferry report \u201ca bad joke.\u201d\n\n" + LATER
                  + "\nRoe spokesman Dov Kessler added that the crews had been told.\n")
    assert speaker_of(draft, "a bad joke")["anonymous"]

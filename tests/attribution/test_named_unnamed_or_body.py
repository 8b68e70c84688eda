"""Who is an unnamed source and who is not: a description set off after a name is that person, a body
word (`her campaign`, `the committee`) is a body, and a famous person's epithet (`the shipping tycoon`)
is the person the story is about (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import rules_of, speaker_of


def test_a_description_set_off_after_a_name_is_that_person(check):
    draft = check("The rowing club will vote on a new boathouse in May.\n\n"
                  "Mira Osei, the treasurer of the Lakeside Rowing Club wrote to members on Sunday. "
                  "\u201cThe old roof will not survive another winter of storms.\u201d\n")
    speaker = speaker_of(draft, "old roof")
    assert speaker["name"] == "Mira Osei" and not speaker["anonymous"]
    assert "anonymous-source" not in rules_of(draft)


def test_a_name_inside_an_opening_adjunct_is_not_the_source(check):
    draft = check("The ferry levy passed on Monday.\n\n"
                  "Asked about Dov Kessler, a spokesman for the harbor board said the vote was "
                  "\u201centirely fair.\u201d\n")
    assert speaker_of(draft, "entirely fair")["anonymous"]


def test_a_campaign_that_speaks_is_a_body_not_an_unnamed_source(check):
    draft = check("Ann Roe has promised a new ferry for Eastland.\n\n"
                  "\u201cVoters deserve a ferry that runs on time,\u201d her campaign said in an email.\n")
    speaker = speaker_of(draft, "runs on time")
    assert speaker["type"] == "organisation" and not speaker["anonymous"]
    assert "anonymous-source" not in rules_of(draft)


def test_a_committee_or_a_newspaper_that_speaks_is_a_body(check):
    draft = check("The Eastland ethics panel met behind closed doors on Monday.\n\n"
                  "\u201cEvery complaint was reviewed twice,\u201d the committee said on Tuesday.\n\n"
                  "The Marlow Gazette has backed a toll on the new bridge for years.\n\n"
                  "\u201cA toll is the fairest way to pay for the span,\u201d the newspaper wrote.\n")
    for snippet in ("reviewed twice", "fairest way"):
        speaker = speaker_of(draft, snippet)
        assert speaker["type"] == "organisation" and not speaker["anonymous"], snippet
    assert "anonymous-source" not in rules_of(draft)


def test_a_famous_persons_epithet_is_that_person(check):
    draft = check("Dov Kessler, who made a fortune in shipping, has backed the ferry levy.\n\n"
                  "\u201cI would pay it twice over,\u201d the shipping tycoon told the Marlow Gazette.\n")
    speaker = speaker_of(draft, "twice over")
    assert speaker["name"] == "Dov Kessler" and not speaker["anonymous"]


def test_a_tag_set_off_inside_the_named_persons_clause_is_its_own_source(check):
    draft = check("The rowing club will vote on a new boathouse in May.\n\n"
                  "Osei, a club official said, \u201cis sure of the votes, quite sure of them\u201d before the "
                  "meeting.\n\n"
                  "At a dinner with the stewards Ivo Brandt and Mira Osei, the club captain said the roof was "
                  "\u201ca danger to every crew.\u201d\n")
    assert speaker_of(draft, "quite sure")["anonymous"]
    assert speaker_of(draft, "danger to every crew")["name"] != "Mira Osei"


def test_a_description_set_off_by_a_relative_clause_is_the_person_it_describes(check):
    draft = check("Sen. Lena Marsh spent the morning at the ferry terminal in Eastport.\n\n"
                  "The senator, who chairs the transport panel, told reporters after the tour that "
                  "\u201cthe night crossings will not be cut.\u201d\n")
    speaker = speaker_of(draft, "night crossings")
    assert speaker["name"] == "Lena Marsh" and not speaker["anonymous"]
    assert "anonymous-source" not in rules_of(draft)


def test_people_acting_for_a_named_person_are_unnamed_even_opening_a_sentence(check):
    """`Attorneys for Roe said`: the lawyers speak, not Roe; the plural noun is capitalised only because
    it opens the sentence (the tagger may call it a name), which makes no title chain of it."""
    draft = check("Ann Roe, the harbor commissioner, defended the new fees on Monday.\n\n"
                  "\u201cThe fees are fair,\u201d Roe said.\n\n"
                  "Attorneys for Roe said the lawsuit was \u201cwithout merit and will be dismissed.\u201d\n\n"
                  "Supporters of Roe said the fees were \u201ca fair price for a clean harbor.\u201d\n")
    assert speaker_of(draft, "fees are fair")["name"] == "Ann Roe"
    for snippet in ("without merit", "fair price"):
        speaker = speaker_of(draft, snippet)
        assert speaker["anonymous"] and speaker["type"] == "unnamed", snippet


def test_an_unnamed_aide_keeps_speaking_through_a_who_clause(check):
    """`A Roe adviser, who asked not to be named, said`: the name only qualifies the adviser, with or
    without the aside on anonymity after it."""
    draft = check("Ann Roe has run the harbor board for six years.\n\n"
                  "A Roe adviser, who asked not to be named, said the board \u201cwill not back down.\u201d\n\n"
                  "Roe said she was \u201cproud of the record.\u201d\n")
    assert speaker_of(draft, "not back down")["anonymous"]
    assert speaker_of(draft, "proud of the record")["name"] == "Ann Roe"

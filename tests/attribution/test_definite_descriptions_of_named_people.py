"""A definite description (`the Eastland senator and mayoral hopeful`, `the Eastland Republican`,
`the former mayor`, `the Republican mayoral nominee`) is the person named before whom it fits, not
an unnamed source, and never one the draft gives another party (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import rules_of, speaker_of


def test_coordinated_roles_describe_the_person_named_with_one_of_them(check):
    draft = check("Sen. Ann Roe toured the new ferry terminal in Eastport on Monday.\n\n"
                  "\u201cThe night crossings will stay,\u201d the Eastland senator and Republican mayoral "
                  "hopeful declared after the tour.\n")
    speaker = speaker_of(draft, "night crossings")
    assert speaker["name"] == "Ann Roe" and not speaker["anonymous"]
    assert "anonymous-source" not in rules_of(draft)


def test_a_description_naming_a_party_is_not_a_person_of_another_party(check):
    draft = check("Sen. Ann Roe was the first to answer, scolding the ferry board late on Tuesday.\n\n"
                  "\u201cThe board has let the island towns down again,\u201d the Eastland senator and Republican "
                  "mayoral hopeful wrote on her blog.\n\n"
                  "Sen. Dov Kessler also urged the board on Wednesday to bring back the night crossings.\n\n"
                  "\u201cThe crossings are a lifeline for the towns,\u201d the independent Westfield senator and "
                  "Democratic mayoral hopeful told a radio host.\n")
    assert speaker_of(draft, "let the island towns")["name"] == "Ann Roe"
    assert speaker_of(draft, "lifeline for the towns")["name"] == "Dov Kessler"


def test_a_definite_party_member_is_the_person_the_sentences_before_are_about(check):
    draft = check("Harbor Board Chairman Ivo Brandt says the whole port is watching the levy vote.\n\n"
                  "Speaking to the dock crews on Thursday, the Eastland Republican scolded the ferry board and "
                  "said the port was \u201cstill open to every crew that wants to work.\u201d\n")
    speaker = speaker_of(draft, "still open to every crew")
    assert speaker["name"] == "Ivo Brandt" and speaker["type"] == "person"


def test_a_definite_party_member_is_no_one_of_another_party(check):
    draft = check("Democratic Sen. Dov Kessler says the whole port is watching the levy vote.\n\n"
                  "Speaking to the dock crews on Thursday, the Eastland Republican scolded the ferry board and "
                  "said the port was \u201cstill open to every crew that wants to work.\u201d\n")
    assert speaker_of(draft, "still open to every crew")["name"] != "Dov Kessler"


def test_a_former_role_is_the_topic_who_now_holds_another(check):
    draft = check("Sen. Dov Kessler toured the new ferry terminal in Eastport on Monday.\n\n"
                  "Kessler sent his staff home early and spent the afternoon at the docks. The 52-year-old "
                  "former mayor, who once ran the harbor board, thinks the ferry fares should be a "
                  "\u201ctest of loyalty\u201d for every island official.\n")
    speaker = speaker_of(draft, "test of loyalty")
    assert speaker["name"] == "Dov Kessler" and not speaker["anonymous"]
    assert "anonymous-source" not in rules_of(draft)


def test_the_nominee_is_the_contender_named_before(check):
    draft = check("Republican mayoral contender Ann Roe toured the new ferry terminal in Eastport on Monday.\n\n"
                  "Roe dared her rivals to ride the night ferry with her. \u201cCome and count the empty seats,\u201d "
                  "Roe told reporters.\n\n"
                  "The Republican mayoral nominee insisted on Tuesday that the dare had been \u201conly a joke\u201d "
                  "and nothing more.\n")
    speaker = speaker_of(draft, "only a joke")
    assert speaker["name"] == "Ann Roe" and not speaker["anonymous"]
    assert "anonymous-source" not in rules_of(draft)


def test_the_senator_is_the_senator_the_paragraph_before_is_about(check):
    draft = check("Sen. Ann Roe opened the hearing on the ferry levy on Monday. \u201cWe owe the island towns a "
                  "vote,\u201d Roe said.\n\n"
                  "Sen. Dov Kessler spent the afternoon on the docks with the night crews.\n\n"
                  "\u201cNobody here wants the levy,\u201d the senator said.\n")
    assert speaker_of(draft, "Nobody here wants")["name"] == "Dov Kessler"
    assert speaker_of(draft, "owe the island towns")["name"] == "Ann Roe"


def test_a_public_role_is_the_person_the_paragraph_before_is_about_before_one_described_earlier(check):
    draft = check("Sen. Dov Kessler opened the hearing on the ferry levy on Monday. \u201cWe owe the island towns a "
                  "vote,\u201d Kessler said.\n\n"
                  "Ann Roe spent Tuesday on the docks with the night crews.\n\n"
                  "\u201cNobody down here wants the levy,\u201d the senator told them.\n")
    assert speaker_of(draft, "Nobody down here")["name"] == "Ann Roe"


def test_a_public_role_is_not_the_one_asking_the_question_before(check):
    draft = check("Sen. Dov Kessler spoke to Ida Marsh of the Eastport Ledger on Monday. \u201cWe will win the "
                  "levy vote,\u201d Kessler said.\n\n"
                  "\u201cEven without the mayor?\u201d Marsh asked.\n\n"
                  "\u201cEven without him,\u201d the senator said.\n")
    assert speaker_of(draft, "Even without him")["name"] == "Dov Kessler"

"""The body a role serves when the role itself does not name it, but the draft does elsewhere: `its director` means the
body the sentence before opens on (not the last body it names); a bare spokesperson speaks for that body too; a
possessor that opens a body's longer name stands for that body even when it is a given name (`Matilda's chief
executive` beside `Matilda Airways`); a headline's place the tagger took for a person hides no body from `its`; a
lone `Governor` heads the one central bank a draft naming no state names. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, quote_with

SUBJECT = (
    "Ferry fare rise angers islanders\n\n"
    "The island council voted on Monday to raise ferry fares by a fifth.\n\n"
    "The Orla Bay Traders Guild, which speaks for 300 shops, called the rise a gift to the Kestrel Ferry Company. "
    "Its chairwoman, Mairead Tolan, said day visitors would stay away.\n\n"
    "“Every fare rise empties our tills,” Tolan said.\n"
)
SPOKESPEOPLE = (
    "Quarry plan draws objections\n\n"
    "The Velmore Ramblers Association said on Tuesday that it would fight the quarry in court. "
    "“The hill belongs to everyone,” spokeswoman Ines Pardo said.\n\n"
    "Corran Aggregates, a family firm, called the objections overblown. “We will restore the site,” spokesman "
    "Ewan Rudd said.\n"
)
PERSON_SUBJECT = (
    "Quarry plan draws objections\n\n"
    "Ann Corley said on Tuesday that she would fight the quarry in court.\n\n"
    "“The hill belongs to everyone,” spokeswoman Ines Pardo said.\n"
)
CHAIN = (
    "Ad war heats up\n\n"
    "Fresh cash keeps reaching Harbor Future Fund, a nonprofit that aired three commercials last week. The "
    "organization will pay $2 million to show them in four cities. The group hopes to buy airtime around the next "
    "debate.\n\n"
    "“Our donors are worried about the whole ticket,” spokesman Aldo Brisk said.\n"
)
CHAIN_OF_TWO = (
    "Ad war heats up\n\n"
    "Fresh cash keeps reaching Harbor Future Fund, a nonprofit that aired three commercials last week about Eastland "
    "University. The organization will pay $2 million to show them in four cities. The group hopes to buy airtime "
    "around the next debate.\n\n"
    "“Our donors are worried about the whole ticket,” spokesman Aldo Brisk said.\n"
)
UNNAMED_SPOKESMAN = (
    "Quarry plan draws objections\n\n"
    "Corran Aggregates, a family firm, called the objections overblown. “We will restore the site,” a spokesman "
    "said.\n"
)
UNNAMED_AFTER_A_PERSON = (
    "Quarry plan draws objections\n\n"
    "Ann Corley said on Tuesday that she would fight the quarry in court. “The hill belongs to everyone,” a "
    "spokeswoman said.\n"
)
GIVEN_NAME_OWNER = (
    "Airline drops winter routes\n\n"
    "Matilda Airways said on Monday it would cut nine routes from its winter timetable as fuel prices rose.\n\n"
    "“We cannot fly empty seats around all winter,” Matilda's chief executive, Tomas Brill, said.\n"
)
HEADLINE_PLACE = (
    "Corwin Falls voters to decide on rent cap\n\n"
    "Voters in Corwin Falls will decide in November whether to cap yearly rent rises at 4 percent.\n\n"
    "The Corwin Falls Property Owners Association, which represents about 450 landlords, has raised $900,000 to "
    "defeat the measure, according to campaign filings. Its president, Nolan Pike, argued that a cap would stop new "
    "building. “Nobody builds where returns are frozen,” Pike said.\n"
)
GIVEN_NAME_ALONE = (
    "Neighbours fall out over fence\n\n"
    "A dispute over a garden fence in Elmswick reached the county court on Monday.\n\n"
    "“This was never about the fence,” Matilda's lawyer, Tomas Brill, said.\n"
)
FAR_DISTRICT = (
    "Wildfire forces evacuations\n\n"
    "“Leave now if you are in the red zone,” Captain Ivo Marsh of the Pell Valley Fire District said at dawn.\n\n"
    "By noon the fire had crossed the ridge road and reached the first farms.\n\n"
    "Schools in the valley were closed and buses were sent to the camp grounds.\n\n"
    "At an evening briefing, the district's spokeswoman, Dana Rusk, said three barns had burned. “The wind turned "
    "on us twice,” Rusk said.\n"
)
PROVOST = (
    "Lab inquiry ends\n\n"
    "An inquiry at Corrib University found on Friday that a chemist had copied results from a rival's thesis.\n\n"
    "Provost Elin Haas called the findings “a bad day for all of us” in a note to staff.\n"
)
TWO_UNIVERSITIES = (
    "Lab inquiry ends\n\n"
    "An inquiry at Corrib University found on Friday that a chemist had copied results from a thesis written at "
    "Tolland University.\n\n"
    "Provost Elin Haas called the findings “a bad day for all of us” in a note to staff.\n"
)
BANK = (
    "Eastmark raises rates again\n\n"
    "The Bank of Eastmark raised its main interest rate by a quarter point on Thursday, its third rise this year.\n\n"
    "“Prices are still rising faster than wages,” Governor Lena Voss told reporters in Castelford.\n"
)
BANK_AND_STATE = (
    "Governor signs budget\n\n"
    "The Bank of Eastmark opened a branch in Toledo, Ohio, on Thursday.\n\n"
    "“This budget keeps every promise we made,” Governor Lena Voss told reporters.\n"
)
SAVINGS_BANK = (
    "Governor signs budget\n\n"
    "The Harbor Savings Bank opened a branch downtown on Thursday.\n\n"
    "“This budget keeps every promise we made,” Governor Lena Voss told reporters.\n"
)

subject = draft_fixture(SUBJECT)
spokespeople = draft_fixture(SPOKESPEOPLE)
person_subject = draft_fixture(PERSON_SUBJECT)
chain = draft_fixture(CHAIN)
chain_of_two = draft_fixture(CHAIN_OF_TWO)
unnamed_spokesman = draft_fixture(UNNAMED_SPOKESMAN)
unnamed_after_a_person = draft_fixture(UNNAMED_AFTER_A_PERSON)
given_name_owner = draft_fixture(GIVEN_NAME_OWNER)
given_name_alone = draft_fixture(GIVEN_NAME_ALONE)
headline_place = draft_fixture(HEADLINE_PLACE)
far_district = draft_fixture(FAR_DISTRICT)
provost = draft_fixture(PROVOST)
two_universities = draft_fixture(TWO_UNIVERSITIES)
bank = draft_fixture(BANK)
bank_and_state = draft_fixture(BANK_AND_STATE)
savings_bank = draft_fixture(SAVINGS_BANK)


def test_its_means_the_body_the_sentence_before_opens_on(subject):
    assert body_of(subject, "Every fare rise") == "Orla Bay Traders Guild"


def test_a_bare_spokeswoman_speaks_for_the_body_her_sentence_opens_on(spokespeople):
    assert body_of(spokespeople, "The hill belongs") == "Velmore Ramblers Association"


def test_a_bare_spokesman_speaks_for_the_body_the_sentence_before_opens_on(spokespeople):
    assert body_of(spokespeople, "restore the site") == "Corran Aggregates"


def test_a_spokeswoman_after_a_person_speaks_for_no_body(person_subject):
    assert body_of(person_subject, "The hill belongs") is None


def test_a_spokesman_speaks_for_the_body_a_chain_of_sentences_is_about(chain):
    assert body_of(chain, "whole ticket") == "Harbor Future Fund"


def test_a_chain_back_to_a_sentence_naming_two_bodies_names_none(chain_of_two):
    assert body_of(chain_of_two, "whole ticket") is None


def test_an_unnamed_spokesman_speaks_for_the_body_his_sentence_follows(unnamed_spokesman):
    assert body_of(unnamed_spokesman, "restore the site") == "Corran Aggregates"


def test_an_unnamed_spokeswoman_after_a_person_speaks_for_no_body(unnamed_after_a_person):
    assert body_of(unnamed_after_a_person, "The hill belongs") is None


def test_a_given_name_opening_a_body_name_owns_the_role_for_that_body(given_name_owner):
    assert body_of(given_name_owner, "empty seats") == "Matilda Airways"


def test_the_role_owned_by_a_bodys_short_name_is_the_title(given_name_owner):
    assert quote_with(given_name_owner, "empty seats")["speaker"]["title"] == "chief executive"


def test_a_headline_place_read_as_a_person_hides_no_body_from_its(headline_place):
    assert body_of(headline_place, "Nobody builds") == "Corwin Falls Property Owners Association"


def test_a_given_name_opening_no_body_owns_no_body(given_name_alone):
    assert body_of(given_name_alone, "never about the fence") is None


def test_the_districts_spokeswoman_speaks_for_the_one_district_named_paragraphs_before(far_district):
    assert body_of(far_district, "wind turned") == "Pell Valley Fire District"


def test_a_provost_serves_the_one_university_the_draft_names(provost):
    assert body_of(provost, "a bad day") == "Corrib University"


def test_a_provost_beside_two_universities_serves_neither(two_universities):
    assert body_of(two_universities, "a bad day") is None


def test_a_lone_governor_heads_the_central_bank_the_draft_names(bank):
    assert body_of(bank, "Prices are still rising") == "Bank of Eastmark"


def test_a_governor_in_a_draft_naming_a_state_heads_no_bank(bank_and_state):
    assert body_of(bank_and_state, "keeps every promise") != "Bank of Eastmark"


def test_a_savings_bank_has_no_governor(savings_bank):
    assert body_of(savings_bank, "keeps every promise") != "Harbor Savings Bank"

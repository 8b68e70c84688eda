"""Titles as a draft writes them (session 25): a capitalised title whose `for`/`of` phrase names its brief before a
name (`Minister for Housing X`), a nominee named to head a body (`the nominee to lead the Harbor Agency, X,`), the
count of an unnamed group (`two former wardens`: no part of the role), and a party before an elected seat (`Labour
MSP X`: the party is shown as her party, the seat as her title). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

FORMAL = (
    "Ferry deal under review\n\n"
    "Cabinet Secretary for Transport Isla Baird said the Scottish Government would review the ferry deal.\n\n"
    "“We will get this right,” Baird said.\n\n"
    "Minister for Housing Oona Tarrant said the council had failed its tenants.\n\n"
    "“This cannot go on,” Tarrant said.\n\n"
    "Secretary of State for Wales Bryn Alaw visited the yard on Tuesday.\n\n"
    "“Jobs matter here,” Alaw said.\n"
)

NOMINEES = (
    "Agency picks face the committee\n\n"
    "The nominee to lead the Coastal Shipping Administration, Carla Mendes, told senators she would act quickly.\n\n"
    "“Safety comes first,” Mendes said.\n\n"
    "Dario Pell, the nominee to head the National Harbor Agency, spoke after her.\n\n"
    "“The ports need money,” Pell said.\n"
)

GROUPS = (
    "Care home complaints\n\n"
    "Two former wardens said the home had been short of staff for a year.\n\n"
    "“Nobody listened to us,” the two former wardens said.\n\n"
    "Several neighbours said the alarms rang every night.\n\n"
    "“We could not sleep,” some neighbours said.\n"
)

PARTIES = (
    "Budget row at Holyrood\n\n"
    "Labour MSP Fiona Drummond said the plan was flawed.\n\n"
    "“It will not work,” Drummond said.\n\n"
    "Green councillor Ruth Ames backed her.\n\n"
    "“We need more buses,” Ames said.\n\n"
    "Democratic state senator Leo Park was less sure.\n\n"
    "“Wait and see,” Park said.\n\n"
    "Republican nominee Tess Varley did not comment on the plan.\n\n"
    "“The voters will decide,” Varley said.\n\n"
    "Republican presidential candidate Sen. Orrin Kale toured the yard.\n\n"
    "“Build the ships here,” Kale said.\n"
)

GUARDS = (
    "Refugee plan widened\n\n"
    "The new plans help, but slowly, said Nell Ardmore, assistant secretary of state for "
    "refugees and asylum.\n\n"
    "“We will do more,” Ardmore said.\n\n"
    "The 2012 presidential nominee, Walt Brisco, stayed away.\n\n"
    "“I wish them well,” Brisco said.\n"
)

formal = draft_fixture(FORMAL)
nominees = draft_fixture(NOMINEES)
groups = draft_fixture(GROUPS)
parties = draft_fixture(PARTIES)
guards = draft_fixture(GUARDS)


def test_a_formal_title_with_its_brief_before_a_name_the_tagger_ran_into_a_body(formal):
    speaker = speaker_of(formal, "We will get this right")
    assert (speaker["name"], speaker["title"]) == ("Isla Baird", "Cabinet Secretary for Transport")


def test_a_formal_title_whose_brief_is_a_plain_noun_is_hers(formal):
    assert speaker_of(formal, "This cannot go on")["title"] == "Minister for Housing"


def test_a_brief_after_for_is_no_other_nations_department(formal):
    assert speaker_of(formal, "Jobs matter here")["title"] == "Secretary of State for Wales"
    assert body_of(formal, "Jobs matter here") is None


def test_a_nominee_set_off_before_the_name_is_named_to_that_body(nominees):
    assert speaker_of(nominees, "Safety comes first")["title"] == "nominee"
    assert body_of(nominees, "Safety comes first") == "Coastal Shipping Administration"


def test_a_nominee_set_off_after_the_name_is_named_to_that_body(nominees):
    assert speaker_of(nominees, "The ports need money")["title"] == "nominee"
    assert body_of(nominees, "The ports need money") == "National Harbor Agency"


def test_an_unnamed_groups_count_is_no_part_of_its_role(groups):
    assert speaker_of(groups, "Nobody listened to us")["title"] == "former warden"


def test_a_quantifier_before_an_unnamed_group_is_no_part_of_its_role(groups):
    assert speaker_of(groups, "We could not sleep")["title"] == "neighbour"


def test_a_party_before_a_parliament_seat_is_her_party_not_her_title(parties):
    speaker = speaker_of(parties, "It will not work")
    assert (speaker["title"], speaker["party"]) == ("MSP", "Labour Party")


def test_a_party_before_a_council_seat_is_her_party_not_her_title(parties):
    speaker = speaker_of(parties, "We need more buses")
    assert (speaker["title"], speaker["party"]) == ("councillor", "Green Party")


def test_a_party_before_a_state_seat_is_his_party_not_his_title(parties):
    speaker = speaker_of(parties, "Wait and see")
    assert (speaker["title"], speaker["party"]) == ("state senator", "Democratic Party")


def test_a_partys_own_nominee_keeps_the_party_in_the_title(parties):
    speaker = speaker_of(parties, "The voters will decide")
    assert (speaker["title"], speaker["party"]) == ("Republican nominee", "Republican Party")


def test_a_partys_candidate_who_holds_a_seat_keeps_the_party_in_the_title(parties):
    assert speaker_of(parties, "Build the ships here")["title"].startswith("Republican presidential candidate")


def test_a_brief_after_a_lower_case_office_stays_that_departments(guards):
    assert body_of(guards, "We will do more") == "State Department"


def test_a_year_before_a_role_is_no_count(guards):
    assert speaker_of(guards, "I wish them well")["title"] == "2012 presidential nominee"

"""The body a person works for where the draft names it by a common noun or by the place she works in: an officer
`with the force` after a police body is named; a coroner whose sentence opens `Summing up at … Coroner's Court,`,
or a judge's words set `in a courtroom at the … Court of Appeals`; an owner whose sentence opens `At the … Diner,`;
a worker `at the … plant` a company called `its plant`; a guard `at Harrowgate` where the draft names the
Harrowgate Detention Centre; and a club's chairman after `the League Two club` (a competition's name, no club's).
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

FORCE = (
    "Officer cleared after shooting in Hartmoor\n\n"
    "Hollin Shire Police said on Monday that an officer involved in a shooting last month would face no charges.\n\n"
    "A serving firearms officer with the force, who asked not to be named, said morale had been low for months. "
    '"People are tired and nobody is listening," the officer said.\n'
)
FORCE_NAMED = (
    "Officer cleared after shooting in Hartmoor\n\n"
    "Hollin Shire Police said on Monday that an officer involved in a shooting last month would face no charges.\n\n"
    "Dean Carrow, a firearms officer with the force for 12 years, said morale had been low. "
    '"People are tired," Carrow said.\n'
)
CRITIC = (
    "Officer cleared after shooting in Hartmoor\n\n"
    "Hollin Shire Police said on Monday that an officer involved in a shooting last month would face no charges.\n\n"
    "A long-time critic of the force, who asked not to be named, said the inquiry had been rushed. "
    '"Nobody was surprised," the critic said.\n'
)
CORONER = (
    "Inquest into canal death concludes\n\n"
    "Summing up at Corvell Coroner's Court, Senior Coroner Maria Pennick told jurors that they must consider all "
    'the evidence. "You must not speculate about what happened that night," she said.\n'
)
PARK = (
    "Judge opens new garden\n\n"
    "Speaking at Brindle Park, Judge Helen Marsh said the garden would be open to all. "
    '"It belongs to everyone," she said.\n'
)
COURTROOM = (
    "Driver jailed for six years\n\n"
    '"You chose to drive that night," Judge Ellen Varga told Rory Tane, 41, in a crowded courtroom at the Ashgrove '
    'County Court of Appeals. "The family will live with it for ever."\n'
)
DINER = (
    "Road closure hurts trade\n\n"
    "At the Red Fox Diner, owner Tomás Ibarra has cut staff hours. "
    '"It\'s like someone turned off a tap," he said.\n'
)
OWNER_OF = (
    "Bakery closes after fire\n\n"
    "A fire gutted a bakery on Friday. Firefighters were there for hours.\n\n"
    "Next door, Lena Okafor, owner of the Quarry Lane Diner, said smoke had filled her kitchen. "
    '"We will be shut for a week," Okafor said.\n'
)
PLANT = (
    "Cereal maker recalls products\n\n"
    "Brightfield Foods is recalling three breakfast cereals made at its plant in Dunmere after traces of metal "
    "were found.\n\n"
    "A worker at the Dunmere plant said staff had raised concerns weeks ago. "
    '"We told the managers about the machine in June," the worker said.\n'
)
SHORT_FORM = (
    "Inspectors criticise Harrowgate jail\n\n"
    "Inspectors said on Tuesday that staffing at the Harrowgate Detention Centre had fallen to dangerous levels.\n\n"
    "A guard at Harrowgate, who spoke on condition of anonymity, said only three staff had been on duty on Sunday "
    'night. "We were waiting for something to go wrong. We all were," the guard said.\n'
)
CLUB = (
    "Investors agree deal for Marlow Athletic\n\n"
    "Marlow Athletic are set to be sold to a group of American investors after the League Two club's board "
    "accepted an offer on Friday, in a deal thought to be worth about £12m.\n\n"
    "The club's chairman, Peter Rudd, said the sale was the right thing for the town. "
    '"We could not keep going on our own money," he said.\n'
)

force = draft_fixture(FORCE)
force_named = draft_fixture(FORCE_NAMED)
critic = draft_fixture(CRITIC)
coroner = draft_fixture(CORONER)
park = draft_fixture(PARK)
courtroom = draft_fixture(COURTROOM)
diner = draft_fixture(DINER)
owner_of = draft_fixture(OWNER_OF)
plant = draft_fixture(PLANT)
short_form = draft_fixture(SHORT_FORM)
club = draft_fixture(CLUB)


def test_an_unnamed_officer_with_the_force_works_for_the_police_body_the_draft_names(force):
    assert body_of(force, "nobody is listening") == "Hollin Shire Police"


def test_a_named_officer_with_the_force_works_for_the_police_body_the_draft_names(force_named):
    assert body_of(force_named, "People are tired") == "Hollin Shire Police"


def test_a_critic_of_the_force_holds_no_post_in_it(critic):
    assert body_of(critic, "Nobody was surprised") is None


def test_a_coroner_whose_sentence_opens_at_a_court_speaks_for_that_court(coroner):
    assert body_of(coroner, "must not speculate") == "Corvell Coroner's Court"


def test_a_park_her_sentence_opens_at_is_no_judges_court(park):
    assert body_of(park, "belongs to everyone") is None


def test_a_judge_whose_sentence_sets_her_words_at_a_court_speaks_for_that_court(courtroom):
    assert body_of(courtroom, "drive that night") == "Ashgrove County Court of Appeals"


def test_an_owner_whose_sentence_opens_at_a_diner_speaks_for_the_diner(diner):
    assert body_of(diner, "turned off a tap") == "Red Fox Diner"


def test_the_diner_an_owner_is_owner_of_is_the_body_she_speaks_for(owner_of):
    assert body_of(owner_of, "shut for a week") == "Quarry Lane Diner"


def test_a_worker_at_a_plant_works_for_the_company_that_runs_it(plant):
    assert body_of(plant, "about the machine") == "Brightfield Foods"


def test_an_unnamed_guard_at_a_short_form_works_for_the_body_named_in_full(short_form):
    assert body_of(short_form, "waiting for something") == "Harrowgate Detention Centre"


def test_a_clubs_chairman_speaks_for_the_club_not_the_league_it_plays_in(club):
    assert body_of(club, "our own money") == "Marlow Athletic"

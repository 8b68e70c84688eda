"""A worker's role names the kind of body she works in (`nurse`: a hospital, `striker`: a club, `Officer`: the police):
with no body said of her, named or not, the one body of that kind the draft names is hers. Two such bodies, a former
post, a role tied to another body in its own words, or a role held elsewhere (`press officer`) say none. Invented
drafts, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

ONE_INFIRMARY = (
    "Ward closures at St. Oswin's Infirmary left patients waiting in corridors over the weekend, managers confirmed "
    "on Monday.\n\n"
    "“We moved beds into the day room twice before midnight,” said nurse Wenna Kell.\n\n"
    "“It was never like this when I trained,” said retired nurse Corrin Vint.\n\n"
    "“I have not seen a winter like it,” said Oren Lisle, a nurse at a hospital across the river.\n\n"
    "Tobin Ferry, a nurse who came over from another hospital in the spring, said the rota changed weekly. "
    "“Nobody knows their shifts past Friday,” Ferry said.\n\n"
    "“The lifts broke down twice in one night,” said one nurse, who asked not to be named.\n"
)
TWO_HOSPITALS = (
    "Admissions at St. Oswin's Infirmary and at Kellmoor General Hospital rose sharply in January.\n\n"
    "“We had trolleys lined up past the lifts,” said nurse Wenna Kell.\n"
)
ONE_CLUB = (
    "Saltmarsh Athletic beat their neighbours 3-0 on Saturday in front of a record crowd at the Dockside ground.\n\n"
    "“I just hit it and hoped,” striker Tomas Reyne said after his second goal.\n"
)
TWO_CLUBS = (
    "Saltmarsh Athletic beat Quarry Town 2-1 on Saturday.\n\n"
    "“I just hit it and hoped,” striker Tomas Reyne said after his second goal.\n"
)
POLICE = (
    "Two men were arrested after a scuffle outside a bar on Pell Street, the Dunmore Police Department said on "
    "Sunday.\n\n"
    "“Both of them were shouting when we arrived,” said Officer Rhea Stott.\n\n"
    "“We had no say in the timing of the release,” said press officer Lorne Abbot.\n"
)
FIRE = (
    "Crews from the Brisk Harbor Fire Department put out a blaze at a paint store on Quay Road on Tuesday night.\n\n"
    "“The smoke was thick and black from the first minute,” said firefighter Colm Adair.\n"
)
SCHOOL = (
    "Pupils at Linden Vale Academy went back to their classrooms on Wednesday after a burst pipe shut the building "
    "for a week.\n\n"
    "“They were so glad to see each other that nobody wanted to sit down,” said teacher Mara Quint.\n"
)
DISTRICT = (
    "The Fennick Valley School District will close two of its bus depots next summer to save money.\n\n"
    "“Every route will still run, just from one yard,” Superintendent Selby Marrow said on Thursday.\n\n"
    "“I want the savings in writing before I vote,” said Trustee Wenna Pask.\n"
)
OWNED_BY_KIND = (
    "Bell Lane Medical Centre will add forty beds to its east wing by the spring.\n\n"
    "The work starts in March, and two wards will move to the old maternity block while it goes on.\n\n"
    "Gulls have nested on the roof of that block for years, and a falconer has been hired to move them on.\n\n"
    "“We will keep every ward open during the work,” said Fennick Ottery, the hospital's chief nursing officer.\n\n"
    "A hospital spokeswoman, Ines Farrow, said the wing would cost about nine million pounds. "
    "“The money is already set aside,” Farrow said.\n"
)
SOCIETY = (
    "The Friends of Corrin Moor, a walking society, held its last paid meeting on Sunday.\n\n"
    "Rising hall rents had eaten the reserves, and fewer walkers paid the yearly fee.\n\n"
    "Some of the longest walks, across the high bog, drew barely a dozen people last summer.\n\n"
    "The society's maps and logbooks will go to the county archive.\n\n"
    "“We will keep walking, just without the dues,” said Brannock Selby, the club's honorary secretary.\n\n"
    "Members may still book the lounge at the Halloway Golf Club for the winter talks.\n"
)
NO_SCHOOL = (
    "The Electoral College meets in December, and civics classes across the state are following the count.\n\n"
    "“My pupils want to know why their votes feel so far away,” said teacher Mara Quint.\n"
)

infirmary = draft_fixture(ONE_INFIRMARY)
hospitals = draft_fixture(TWO_HOSPITALS)
club = draft_fixture(ONE_CLUB)
clubs = draft_fixture(TWO_CLUBS)
police = draft_fixture(POLICE)
fire = draft_fixture(FIRE)
school = draft_fixture(SCHOOL)
district = draft_fixture(DISTRICT)
owned = draft_fixture(OWNED_BY_KIND)
society = draft_fixture(SOCIETY)
no_school = draft_fixture(NO_SCHOOL)


def test_a_nurse_works_in_the_one_hospital_named(infirmary):
    assert body_of(infirmary, "day room") == "St. Oswin's Infirmary"


def test_an_unnamed_nurse_works_there_too(infirmary):
    assert body_of(infirmary, "lifts broke down") == "St. Oswin's Infirmary"


def test_a_retired_nurse_works_there_no_more(infirmary):
    assert body_of(infirmary, "when I trained") is None


def test_a_nurse_at_another_hospital_is_not_its(infirmary):
    assert body_of(infirmary, "winter like it") is None


def test_a_nurse_from_another_hospital_is_not_plainly_its(infirmary):
    assert body_of(infirmary, "past Friday") is None


def test_two_hospitals_named_leave_it_open(hospitals):
    assert body_of(hospitals, "trolleys") is None


def test_a_striker_plays_for_the_one_club_named(club):
    assert body_of(club, "hit it and hoped") == "Saltmarsh Athletic"


def test_two_clubs_named_leave_it_open(clubs):
    assert body_of(clubs, "hit it and hoped") is None


def test_an_officer_serves_the_police_named(police):
    assert body_of(police, "shouting when we arrived") == "Dunmore Police Department"


def test_a_press_officer_is_no_police_officer(police):
    assert body_of(police, "timing of the release") is None


def test_a_firefighter_serves_the_fire_department_named(fire):
    assert body_of(fire, "thick and black") == "Brisk Harbor Fire Department"


def test_a_teacher_works_in_the_one_school_named(school):
    assert body_of(school, "glad to see each other") == "Linden Vale Academy"


def test_a_college_of_electors_is_no_school(no_school):
    assert body_of(no_school, "votes feel so far away") is None


def test_a_superintendent_and_a_trustee_serve_the_school_district_named(district):
    assert body_of(district, "from one yard") == "Fennick Valley School District"
    assert body_of(district, "savings in writing") == "Fennick Valley School District"


def test_a_role_owned_by_the_kind_serves_the_one_body_of_that_kind(owned):
    assert body_of(owned, "every ward open") == "Bell Lane Medical Centre"
    assert body_of(owned, "already set aside") == "Bell Lane Medical Centre"


def test_a_club_owning_a_role_may_be_any_society(society):
    assert body_of(society, "without the dues") is None

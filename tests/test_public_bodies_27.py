"""A public servant's body: a post that belongs to a kind of public body (a commission, a city, a university, a
prefecture) serves the one body of that kind the draft names, when nothing else gives her one; none when the draft
names two, or none. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of


def body(doc: dict, snippet: str) -> str | None:
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def title(doc: dict, snippet: str) -> str:
    return (speaker_of(doc, snippet).get("title") or "").lower()


COMMISSION = (
    "Brussels fines shipping group over port fees\n\n"
    "The European Commission fined the Dravik Line group on Tuesday for charging rivals higher port fees.\n\n"
    "\u201cThe fees were a wall around the harbour,\u201d Transport Commissioner Mira Aaltonen told reporters.\n\n"
    "A Commission official close to the inquiry, who spoke on condition of anonymity, said the fine would be "
    "\u201cpaid in full before the files filled a room\u201d.\n"
)

commission = draft_fixture(COMMISSION)


def test_a_commissioner_named_by_a_portfolio_sits_on_the_commission_the_draft_names(commission):
    assert title(commission, "wall around the harbour") == "transport commissioner"
    assert body(commission, "wall around the harbour") == "European Commission"


def test_an_unnamed_official_of_the_commission_speaks_for_it(commission):
    assert body(commission, "files filled a room") == "European Commission"


TRADE = (
    "Grain levy challenged\n\n"
    "The Grain Trade Commission said on Monday it would review the levy on barley exports.\n\n"
    "\u201cFarmers are paying twice,\u201d Insurance Commissioner Dalia Ormerod told a hearing in the state capital.\n"
)

trade = draft_fixture(TRADE)


def test_a_portfolio_commissioner_gets_no_commission_named_for_another_field(trade):
    assert body(trade, "paying twice") is None


CITY = (
    "Flooded streets close city offices\n\n"
    "The city of Marrowgate shut its offices on Friday after a water main burst under the square.\n\n"
    "\u201cWe expect to reopen on Monday,\u201d City Manager Ida Voskuil said at a briefing.\n\n"
    "One clerk in the city's licensing office said the basement was under a foot of water. "
    "\u201cThe records boxes are soaked,\u201d the clerk said.\n"
)

city = draft_fixture(CITY)


def test_a_city_manager_serves_the_city_the_draft_names(city):
    assert body(city, "reopen on Monday") == "city of Marrowgate"


def test_an_unnamed_worker_in_the_citys_office_serves_the_city(city):
    assert body(city, "records boxes are soaked") == "city of Marrowgate"


TWO_CITIES = (
    "Two cities split bus costs\n\n"
    "The city of Marrowgate and the city of Pellick agreed on Friday to share a bus depot.\n\n"
    "\u201cThe depot pays for itself in six years,\u201d City Manager Ida Voskuil said.\n"
)

two_cities = draft_fixture(TWO_CITIES)


def test_with_two_cities_named_a_city_manager_gets_neither(two_cities):
    assert body(two_cities, "pays for itself") is None


UNIVERSITY = (
    "Staff strike at campus over pay\n\n"
    "Lecturers walked out on Thursday at Kellby University's northern campus in a dispute over pay.\n\n"
    "The vice-chancellor, Dr Agnes Morrow, said in a letter to staff that the offer was final. "
    "\u201cThere is no more money in the budget,\u201d she wrote.\n\n"
    "A lecturer in the history department said the walkout would go on. "
    "\u201cWe have been patient for three years,\u201d the lecturer said.\n"
)

university = draft_fixture(UNIVERSITY)


def test_a_vice_chancellor_serves_the_university_the_draft_names(university):
    assert body(university, "no more money") == "Kellby University"


def test_an_unnamed_lecturer_serves_the_university_the_draft_names(university):
    assert body(university, "patient for three years") == "Kellby University"


PREFECTURE = (
    "Truckers block ring road\n\n"
    "Lorry drivers blocked the ring road around Sarlenc on Tuesday, and the Haut-Verdal prefecture said "
    "the blockade would be tolerated until noon.\n\n"
    "The prefect, Odile Marchetto, met the drivers' leaders in the afternoon. "
    "\u201cWe have agreed on a lane for ambulances,\u201d Marchetto said.\n"
)

prefecture = draft_fixture(PREFECTURE)


def test_a_prefect_is_read_as_a_title_and_serves_the_prefecture(prefecture):
    assert title(prefecture, "lane for ambulances") == "prefect"
    assert body(prefecture, "lane for ambulances") == "Haut-Verdal prefecture"


MAYOR = (
    "Harbour wall to be raised\n\n"
    "The town of Keswell will raise its harbour wall by a metre before winter.\n\n"
    "\u201cThe sea came over twice last year,\u201d Mayor Bryn Talfan said.\n"
)

mayor = draft_fixture(MAYOR)


def test_a_mayor_serves_the_one_town_the_draft_names(mayor):
    assert body(mayor, "sea came over twice") == "town of Keswell"


TWO_UNIVERSITIES = (
    "Merger talks stall\n\n"
    "Kellby University and Dunmore University ended merger talks on Friday without a deal.\n\n"
    "\u201cWe could not agree on the name,\u201d said the vice-chancellor, Rhian Ostrow.\n"
)

two_universities = draft_fixture(TWO_UNIVERSITIES)


def test_with_two_universities_named_a_vice_chancellor_gets_neither(two_universities):
    assert body(two_universities, "agree on the name") is None



COUNTY = (
    "Jail budget vote delayed\n\n"
    "Pell County delayed a vote on the jail budget on Tuesday after a long night of public comment.\n\n"
    "\u201cWe cannot build what we cannot staff,\u201d County Executive Mara Lindqvist said.\n\n"
    "A resident of the county\u2019s north end said the jail should close. "
    "\u201cIt has been a disgrace for years,\u201d the resident said.\n"
)

county = draft_fixture(COUNTY)


def test_a_county_executive_serves_the_county_the_draft_names(county):
    assert body(county, "cannot staff") == "Pell County"


def test_a_resident_of_the_county_speaks_for_no_body(county):
    assert body(county, "disgrace for years") is None


EXPERT = (
    "Storms getting stronger, records show\n\n"
    "Rainfall records kept at Harwell University since 1890 show storms growing stronger on the coast.\n\n"
    "\u201cThis used to happen once a decade,\u201d said Professor Lina Sorell, who keeps the records.\n\n"
    "\u201cWe have crews on every street,\u201d a city spokesman said.\n"
)

expert = draft_fixture(EXPERT)


def test_a_professor_serves_the_one_university_the_draft_names(expert):
    assert body(expert, "once a decade") == "Harwell University"


def test_a_city_spokesman_gets_no_city_the_draft_does_not_name(expert):
    assert body(expert, "crews on every street") is None


UNION = (
    "Brussels opens steel inquiry\n\n"
    "The European Commission opened an inquiry on Monday into steel subsidies paid by three member states.\n\n"
    "\u201cWe will follow the money wherever it goes,\u201d EU Industry Commissioner Tomas Verhaegen told reporters.\n"
)

union = draft_fixture(UNION)


def test_a_union_commissioner_sits_on_the_unions_commission_the_draft_names(union):
    assert body(union, "follow the money") == "European Commission"

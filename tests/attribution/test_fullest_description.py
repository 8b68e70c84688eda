"""An unnamed source brought in by a full description and quoted by a shortened one (`a former institute curator`,
then `the former curator said`) keeps the fuller words as its title, and the body its role's noun stands for
(invented sentences, real pipeline)."""

from __future__ import annotations

import pytest

from conftest import draft_fixture, speaker_of

MUSEUM = (
    "Glass museum to shut two wings\n\n"
    "The Institute of Lamp and Bead Work will close two of its galleries in March, its trustees decided "
    "at a meeting on Tuesday evening.\n\n"
    "Ticket sales have fallen for four winters in a row, and the heating bill has doubled.\n\n"
    "Tomas Quill, who chairs the trustees, said the decision had been painful but unavoidable.\n\n"
    "Visitors on Wednesday queued to see the bead collection before it goes into storage.\n\n"
    "Among them was a former institute curator, who said she had catalogued most of the pieces herself.\n\n"
    "\u201cSome of these have not been out of their cases since I left,\u201d the former curator said. "
    "\u201cNow they go into crates.\u201d\n"
)

DOCKS = (
    "Inspections at the west quay were halted after a crane cable snapped on Friday.\n\n"
    "A deputy port inspector who examined the cable on Saturday found it had been spliced by hand.\n\n"
    "\u201cA hand splice like that fails every load test,\u201d the inspector said.\n"
)

CLERKS = (
    "The county's records room stayed shut on Monday.\n\n"
    "A junior clerk said the shelving had given way overnight.\n\n"
    "Another clerk said boxes were still on the floor.\n\n"
    "\u201cWe will be sorting deeds until spring,\u201d the clerk said.\n"
)


museum = draft_fixture(MUSEUM)


@pytest.mark.parametrize("quote", ["Some of these have not", "Now they go into crates"])
def test_the_shortened_description_takes_the_fuller_title(museum, quote):
    speaker = speaker_of(museum, quote)
    assert speaker["type"] == "unnamed"
    assert speaker["title"] == "former institute curator"


def test_a_former_post_names_the_only_body_of_its_noun(museum):
    quote = next(q for q in museum["quotes"] if "Some of these have not" in q["text"])
    assert (quote["affiliation"] or {}).get("name") == "Institute of Lamp and Bead Work"


def test_a_current_role_is_filled_out_too(check):
    speaker = speaker_of(check(DOCKS), "hand splice like that")
    assert speaker["type"] == "unnamed"
    assert speaker["title"] == "deputy port inspector"


def test_a_nearer_introduction_by_other_words_says_no_more(check):
    speaker = speaker_of(check(CLERKS), "sorting deeds")
    assert speaker["title"] == "clerk"


LEDE = (
    "Kenya orders audit of land titles\n\n"
    "NAIROBI (Lakeside Wire) - Kenya's minister of lands and housing on Monday ordered an audit of every title "
    "deed issued since 2019, after a court found that hundreds had been forged.\n\n"
    "\u201cA forged deed is a stolen home,\u201d Minister Chisomo Phiri-Lunda said at the land registry. "
    "\u201cWe will find every one.\u201d\n\n"
    "Opposition lawmakers said the audit was overdue.\n"
)

FREIGHT = (
    "Freight firm cuts routes\n\n"
    "The chief executive of Orrin Freight told shareholders on Tuesday that the company would drop its night "
    "routes by the summer.\n\n"
    "Fuel costs rose by a third last year, and two depots were flooded in the spring.\n\n"
    "\u201cWe cannot run empty trucks through the dark for pride,\u201d said Odile Varga, the chief executive.\n"
)

TWO_MINISTERS = (
    "Budget talks stall\n\n"
    "The country's finance minister on Friday delayed the budget vote by a week.\n\n"
    "\u201cWe need more time,\u201d Finance Minister Petra Kollund said.\n\n"
    "Deputy Finance Minister Aurel Damsk said the delay would cost nothing.\n"
)


@pytest.mark.parametrize("quote", ["A forged deed", "We will find every one"])
def test_a_lede_description_gives_the_source_named_later_its_title(check, quote):
    doc = check(LEDE)
    speaker = speaker_of(doc, quote)
    assert speaker["name"] == "Chisomo Phiri-Lunda"
    assert speaker["title"] == "minister of lands and housing"
    assert (next(q for q in doc["quotes"] if quote in q["text"])["affiliation"] or {}).get("name") == "Kenya"


def test_a_lede_description_gives_its_body(check):
    doc = check(FREIGHT)
    quote = next(q for q in doc["quotes"] if "empty trucks" in q["text"])
    assert quote["speaker"]["name"] == "Odile Varga"
    assert "chief executive" in quote["speaker"]["title"]
    assert (quote["affiliation"] or {}).get("name") == "Orrin Freight"


def test_two_people_later_in_the_role_leave_the_lede_unlinked(check):
    speaker = speaker_of(check(TWO_MINISTERS), "more time")
    assert speaker["title"] == "Finance Minister"


SHIPYARD = (
    "Shipyard cuts shifts\n\n"
    "As the minister spoke, a night welder for the Corran Shipbuilding Company listened on the radio in her "
    "kitchen.\n\n"
    "\u201cThey promised us the frigate order,\u201d said the welder, a yard hand since her apprenticeship.\n"
)


def test_the_body_named_after_the_introduction_is_the_sources(check):
    doc = check(SHIPYARD)
    quote = next(q for q in doc["quotes"] if "frigate order" in q["text"])
    assert quote["speaker"]["title"] == "night welder"
    assert (quote["affiliation"] or {}).get("name") == "Corran Shipbuilding Company"


SILO = (
    "Grain board to sell silos\n\n"
    "The Agency of Upland Grain will sell four of its hilltop silos, it said in a filing on Thursday.\n\n"
    "Farmers near the silos have used them for storage since the war.\n\n"
    "Prices for barley have fallen for three seasons.\n\n"
    "Agency Director Agnieszka Brandvold said the silos were too costly to mend.\n\n"
    "\u201cThe roofs leak and the lifts are older than I am,\u201d Brandvold said.\n\n"
    "The former head of the agency, Bartholt Nye, called the sale short-sighted.\n\n"
    "\u201cYou cannot buy them back in a drought,\u201d Nye said.\n"
)

CHAMBER = (
    "Budget bill passes\n\n"
    "Officials at the White House welcomed the vote on Friday after an hour with House Speaker Marit Lowe, "
    "who had opposed the plan a week before.\n\n"
    "\u201cThe ledger finally balances for the harbour towns,\u201d Lowe said.\n"
)


silo = draft_fixture(SILO)


@pytest.mark.parametrize("quote", ["The roofs leak", "cannot buy them back"])
def test_the_only_body_of_a_nouns_word_is_found_however_far_back(silo, quote):
    found = next(q for q in silo["quotes"] if quote in q["text"])
    assert (found["affiliation"] or {}).get("name") == "Agency of Upland Grain"


def test_a_chamber_word_capitalised_in_a_title_is_no_body_named_before(check):
    found = next(q for q in check(CHAMBER)["quotes"] if "ledger finally balances" in q["text"])
    assert (found["affiliation"] or {}).get("name") == "House of Representatives"


PHARMACY = (
    "Clinic runs short of insulin\n\n"
    "Stock ran out twice this month, according to a night pharmacist at the clinic on Vell Street.\n\n"
    "The pharmacist counted eleven empty shelves on Sunday.\n\n"
    "\u201cWe ration by the hour now,\u201d the pharmacist said.\n"
)


def test_the_same_description_said_again_does_not_hide_the_introduction(check):
    speaker = speaker_of(check(PHARMACY), "ration by the hour")
    assert speaker["title"] == "night pharmacist"


RATES = (
    "Board votes to raise water rates\n\n"
    "The Tarrow Valley Water District board put off a vote on higher rates until its March meeting.\n\n"
    "Board Chair Odalys Venn said the district wanted another month of usage figures.\n\n"
    "\u201cWe would rather be late than wrong,\u201d Venn said.\n"
)


def test_a_headlines_bare_body_word_names_no_body(check):
    found = next(q for q in check(RATES)["quotes"] if "late than wrong" in q["text"])
    assert (found["affiliation"] or {}).get("name") != "Board"

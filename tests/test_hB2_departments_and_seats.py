"""A minister's department named in the draft by her post's field (`Minister for Housing` with `the Department of
Housing`; never another field's department, nor one to a shadow or a former minister), a trade's name after `for`
the tagger calls a person (`a spokeswoman for Lucy Records`), a one-nation seat beside a party another nation has
too (`a Labour TD`), and a title opening on her party's possessive (`Fianna Fáil's justice spokeswoman`). Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

ministers = draft_fixture(
    "Rents keep rising\n\n"
    "The Minister for Housing, Brona Keegan, defended her record on Wednesday. Figures from her department, the "
    "Department of Housing, showed more homes were finished last year.\n\n"
    "'We are finishing more homes than ever,' Ms Keegan said.\n\n"
    "Roads Minister Tadhg Furlong said the Roads Department had cleared its backlog.\n\n"
    "'The roads are safer,' Mr Furlong said.\n\n"
    "The Secretary of State for Transport, Hilary Vance, visited the depot. Officials at the Department for "
    "Transport said the trains were late.\n\n"
    "'Passengers deserve better,' Ms Vance said.\n")

other_fields = draft_fixture(
    "Hospital waits grow\n\n"
    "Health Minister Orla Quigley and Education Minister Fintan Hore met unions on Monday. The Department of Health "
    "said waiting lists were the longest on record.\n\n"
    "'The lists are too long,' Ms Quigley said.\n\n"
    "'Schools need teachers,' Mr Hore said.\n\n"
    "The shadow health minister, Declan Orr, called the figures shameful.\n\n"
    "'This is a scandal,' Mr Orr said.\n")

nation = draft_fixture(
    "Budget surplus to be kept\n\n"
    "Ireland's Minister for Finance, Colm Rafter, spoke in Brussels on Monday. The Department of Finance said the "
    "surplus would be kept.\n\n"
    "'The surplus is not a windfall,' Mr Rafter said.\n")

abroad = draft_fixture(
    "Arms talks in Washington\n\n"
    "Israel's Defense Minister Avi Roth met officials in Washington. The Defense Department said the talks went "
    "well.\n\n"
    "\"We are close,\" Mr Roth said.\n")

states = draft_fixture(
    "Voter rolls checked\n\n"
    "Ohio Secretary of State Jon Husk said the rolls were clean. The State Department said nothing about the "
    "monitors.\n\n"
    "\"Every vote counts,\" Husk said.\n")

trades = draft_fixture(
    "The label has cancelled the singer's tour.\n\n"
    "\"We are sorry for the trouble,\" said Wendy Pratt, a spokeswoman for Lucy Records.\n")

seats = draft_fixture(
    "Emergency unit to close\n\n"
    "Nuala Brophy, the Labour TD for Kildare South, said the closure was a disgrace.\n\n"
    "'People are frightened,' Ms Brophy said.\n\n"
    "Fianna Fáil's justice spokeswoman, Ruth Carney, said the minister was 'missing the point'. She told the "
    "chamber that cells were full. 'Nobody is safe,' Ms Carney said.\n")


def test_a_minister_speaks_for_the_department_of_her_field_the_draft_names(ministers):
    assert body_of(ministers, "finishing more homes") == "Department of Housing"


def test_a_department_named_after_its_field_is_the_ministers(ministers):
    assert body_of(ministers, "The roads are safer") == "Roads Department"


def test_a_secretary_of_state_for_a_field_speaks_for_its_department(ministers):
    assert body_of(ministers, "Passengers deserve better") == "Department for Transport"


def test_the_draft_name_of_a_ministry_beats_the_knowledge_bases(other_fields):
    assert body_of(other_fields, "The lists are too long") == "Department of Health"


def test_no_minister_gets_another_fields_department(other_fields):
    assert body_of(other_fields, "Schools need teachers") is None


def test_a_shadow_minister_gets_no_department(other_fields):
    assert body_of(other_fields, "This is a scandal") is None


def test_a_department_of_her_field_beats_her_country(nation):
    assert body_of(nation, "not a windfall") == "Department of Finance"


def test_a_department_the_knowledge_base_knows_for_another_nation_is_no_foreign_ministers(abroad):
    assert body_of(abroad, "We are close") != "Department of Defense"


def test_a_states_post_the_knowledge_base_knows_gets_no_national_department(states):
    assert body_of(states, "Every vote counts") is None


def test_a_trades_name_after_for_is_a_body_whatever_the_tagger_says(trades):
    assert body_of(trades, "We are sorry") == "Lucy Records"


def test_a_one_nation_seat_keeps_its_chamber_beside_a_party_another_nation_has(seats):
    assert speaker_of(seats, "People are frightened")["party"] == "Labour Party"
    assert body_of(seats, "People are frightened") == "Dáil Éireann"


def test_a_title_opening_on_her_partys_possessive_is_the_post_alone(seats):
    speaker = speaker_of(seats, "Nobody is safe")
    assert (speaker["title"], speaker["party"]) == ("justice spokeswoman", "Fianna Fáil")

"""A body introduced by its kind (`The airline Corvella cancelled …`), in a sentence the parser reads or one it
skips, is the body a later `the airline said`, `the carrier said`, `the company said` or `the insurer said` speaks
for; two so introduced leave it open. A name that ends in a line of work (`Jessica Records`, `… Pictures`) is a
body's, whatever the tagger calls it, and `the label said` is that body. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

AIRLINE = draft_fixture(
    "The airline Corvella cancelled 140 flights on Monday after a computer failure.\n\n"
    "Passengers queued for hours at the terminal in Dunmore.\n\n"
    "\"We are working around the clock to restore our systems,\" the airline said in a statement.\n")

CARMAKER = draft_fixture(
    "The carmaker Velto recalled 12,000 vans on Tuesday over a faulty brake line.\n\n"
    "Owners were told to return the vans to dealers.\n\n"
    "\"Safety is our first concern,\" the company said.\n")

INSURER = draft_fixture(
    "Premiums will rise next year, the insurer Mardale told customers on Friday.\n\n"
    "Brokers said the increase was expected.\n\n"
    "\"Claims have doubled since the floods,\" the insurer said.\n")

CARRIER = draft_fixture(
    "Thousands of travellers were stranded after the airline Corvella grounded its fleet on Sunday.\n\n"
    "\"We apologise to every passenger,\" the carrier said.\n")

LABEL = draft_fixture(
    "Jessica Records said the deal was unfair.\n\n"
    "The singer's manager declined to comment.\n\n"
    "\"The contract stands,\" the label said.\n\n"
    "\"We will appeal,\" Jessica Records said.\n")

DESCRIBED = draft_fixture(
    "The low-cost airline Corvella cut its winter timetable on Monday.\n\n"
    "Tallis Finch, a regional lender based in Dunmore, cut its rates.\n\n"
    "Passengers queued for hours at the terminal in Dunmore.\n\n"
    "\"We are sorry,\" the airline said.\n\n"
    "\"We are ready,\" the lender said.\n")

SET_OFF = draft_fixture(
    "Skyfold, a budget airline based in Dunmore, cancelled 80 flights on Monday.\n\n"
    "Passengers queued for hours at the terminal in Dunmore.\n\n"
    "\"We are working to restore our systems,\" the airline said.\n")

TWO_AIRLINES = draft_fixture(
    "The airline Corvella and the airline Skyfold both cancelled flights on Monday.\n\n"
    "Passengers queued for hours at the terminal in Dunmore.\n\n"
    "\"We are sorry,\" the airline said.\n")


def _body(speaker: dict) -> tuple[str, str]:
    return speaker["name"], speaker["type"]


def test_the_kind_after_a_body_it_introduced_in_a_sentence_the_parser_skipped(AIRLINE):
    assert _body(speaker_of(AIRLINE, "around the clock")) == ("Corvella", "organisation")


def test_the_company_stands_for_the_one_body_introduced_by_its_kind(CARMAKER):
    assert _body(speaker_of(CARMAKER, "first concern")) == ("Velto", "organisation")


def test_a_kind_read_as_a_role_is_the_body_it_introduced_with_no_title(INSURER):
    speaker = speaker_of(INSURER, "Claims have doubled")
    assert _body(speaker) == ("Mardale", "organisation")
    assert not speaker.get("title")


def test_a_noun_of_the_same_kind_stands_for_the_body_the_parse_cut_from_its_noun(CARRIER):
    assert _body(speaker_of(CARRIER, "every passenger")) == ("Corvella", "organisation")


def test_a_name_ending_in_a_line_of_work_speaks_as_a_body(LABEL):
    assert _body(speaker_of(LABEL, "We will appeal")) == ("Jessica Records", "organisation")


def test_the_label_is_the_record_company_named_before(LABEL):
    assert _body(speaker_of(LABEL, "contract stands")) == ("Jessica Records", "organisation")


def test_a_hyphened_description_before_the_kind_still_introduces_the_body(DESCRIBED):
    assert _body(speaker_of(DESCRIBED, "We are sorry")) == ("Corvella", "organisation")


def test_a_body_described_after_its_name_up_to_based_is_of_that_kind(DESCRIBED):
    assert _body(speaker_of(DESCRIBED, "We are ready")) == ("Tallis Finch", "organisation")


def test_a_body_set_off_by_its_kind_in_a_sentence_the_parser_skipped(SET_OFF):
    assert _body(speaker_of(SET_OFF, "restore our systems")) == ("Skyfold", "organisation")


def test_two_bodies_introduced_by_one_kind_leave_it_open(TWO_AIRLINES):
    assert speaker_of(TWO_AIRLINES, "We are sorry")["name"] not in ("Corvella", "Skyfold")

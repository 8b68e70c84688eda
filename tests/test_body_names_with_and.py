"""A body's name whose head word comes before `of` (or `for`) is the whole name, that part included, and a part
that joins two fields with `and` is one name (`the Department of Harbors and Coastal Affairs`, `the Office of
Budget and Planning`, `the Department for Ports and Inland Waterways`), whichever side of its cue it stands on,
and when `it` stands for it after. A person after that `and` is someone else, no field of the body's name."""

from __future__ import annotations

from tests.conftest import draft_fixture, quote_with

BODIES = (
    "Harbor Fees to Rise\n\n"
    "The Department of Harbors and Coastal Affairs said in a statement: \"We are reviewing the figures.\"\n\n"
    "\"No berth will close this year,\" said the Ministry of Fisheries and Rural Development.\n\n"
    "The Office of Budget and Planning told reporters: \"The numbers do not add up.\"\n\n"
    "The Bureau of Harbors said: \"Dredging starts in May.\"\n\n"
    "The Ministry of Ports and Inland Waterways on Monday issued new tables. \"Quotas will be cut,\" it said.\n"
)

FOR_BODIES = (
    "Ferry Grants Cut\n\n"
    "\"We are reviewing every grant,\" said the Department for Ports and Inland Waterways.\n\n"
    "The Office for Coastal Towns and Harbours said in a statement: \"Grants will be cut.\"\n"
)

PERSON_AFTER_AND = (
    "Dockers Vow to Fight Fee\n\n"
    "\"We will fight the fee,\" said the Council of Dockers and Ann Roe.\n"
)

bodies = draft_fixture(BODIES)
for_bodies = draft_fixture(FOR_BODIES)
person_after_and = draft_fixture(PERSON_AFTER_AND)


def _speaking(doc: dict, snippet: str) -> tuple[str, str]:
    """Who the report says spoke the quote with `snippet`: name and type."""
    speaker = quote_with(doc, snippet)["speaker"]
    return speaker["name"], speaker["type"]


def test_a_body_whose_of_part_joins_two_fields_is_named_in_full(bodies):
    assert _speaking(bodies, "reviewing the figures") == ("Department of Harbors and Coastal Affairs", "organisation")


def test_a_body_named_after_its_cue_keeps_its_of_part_and_both_fields(bodies):
    assert _speaking(bodies, "No berth") == ("Ministry of Fisheries and Rural Development", "organisation")


def test_a_one_word_field_after_and_is_part_of_the_name(bodies):
    assert _speaking(bodies, "do not add up") == ("Office of Budget and Planning", "organisation")


def test_a_body_with_a_plain_of_part_is_named_in_full(bodies):
    assert _speaking(bodies, "Dredging") == ("Bureau of Harbors", "organisation")


def test_a_person_after_and_is_no_field_of_the_bodys_name(person_after_and):
    name, _ = _speaking(person_after_and, "fight the fee")
    assert "Council of Dockers" in name and "Ann Roe" not in name


def test_it_after_a_body_subject_with_an_of_part_is_that_body_in_full(bodies):
    assert _speaking(bodies, "Quotas") == ("Ministry of Ports and Inland Waterways", "organisation")


def test_a_body_whose_for_part_joins_two_fields_is_named_in_full_after_its_cue(for_bodies):
    assert _speaking(for_bodies, "every grant") == ("Department for Ports and Inland Waterways", "organisation")


def test_a_body_whose_for_part_joins_two_fields_is_named_in_full_before_its_cue(for_bodies):
    assert _speaking(for_bodies, "will be cut") == ("Office for Coastal Towns and Harbours", "organisation")

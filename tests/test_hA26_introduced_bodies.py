"""A body the draft introduces by the noun for its kind (`the budget airline Skylane`, `Marlow's, the Kirkby oyster
restaurant,`) is read once, by attribution, and carried on the attribution result; affiliation's referents take that
list (`a spokeswoman for the airline`, `the restaurant's head chef`) instead of reading the text again. The two
behaviour tests pass before and after that change; the last one checks the list itself. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture
from quoteguard.engine import check_document
from quoteguard.io import document_from_text

AIRLINE = (
    "Storm strands travellers at Dunmore airport\n\n"
    "The budget airline Skylane cancelled 140 flights on Monday after a storm grounded its fleet at Dunmore.\n\n"
    "Passengers queued for hours at the main terminal. Many slept on the floor near the gates.\n\n"
    '"We were told nothing for six hours," said Ann Velde, a teacher travelling home to Corran.\n\n'
    "Buses were laid on late in the evening. Some travellers hired cars instead.\n\n"
    '"Crews are being moved into place as fast as we can manage," said a spokeswoman for the airline.\n'
)
RESTAURANT = (
    "Harbour favourite to close after rent rise\n\n"
    "Marlow's, the Kirkby oyster restaurant that opened in 2012, will serve its last meal on Sunday after its "
    "landlord raised the rent.\n\n"
    "Diners queued along the quay all week. Some brought flowers for the staff.\n\n"
    "Trade on the quay has been slow since the ferry moved. Other kitchens nearby have cut their hours.\n\n"
    '"We could not make the sums work," said Ines Okafor, the restaurant\'s head chef.\n'
)

airline = draft_fixture(AIRLINE)
restaurant = draft_fixture(RESTAURANT)


def test_an_unnamed_role_for_the_airline_is_with_the_airline_introduced_by_that_noun(airline):
    assert body_of(airline, "Crews are being moved") == "Skylane"


def test_a_role_the_restaurant_owns_is_with_the_shop_introduced_as_one_by_a_place_and_its_noun(restaurant):
    assert body_of(restaurant, "make the sums work") == "Marlow's"


def test_the_attribution_result_carries_each_body_introduced_by_its_kind_with_where_it_stands(pipeline, kb):
    result = check_document(document_from_text(AIRLINE, "draft.txt"), pipeline, kb)
    found = [(AIRLINE[b.start:b.end], b.name, b.kind) for b in result.attribution.introduced]
    assert found == [("Skylane", "Skylane", "airline")]

"""An unnamed source (or a named one: `Ann Roe, a spokeswoman for the insurer`) whose role is owned by a common
noun for a body, or for a kind of body (`a spokesman for the carrier`, `a brewery spokeswoman`: see `body_kinds`),
speaks for the body of that kind the draft named just before her. A body of another kind, or one named paragraphs
before, says nothing of her. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, quote_with

AIRLINE = (
    "Bluegull Airways grounded its turboprop fleet at dawn after a fault was found in a fuel pump.\n\n"
    "“Every passenger will be rebooked within two days,” a spokesman for the airline told reporters.\n"
)
COMPANY = (
    "Tollmere Paints recalled four shades of its outdoor range on Thursday.\n\n"
    "“The tins may split in hard frost,” a company spokeswoman said in an email.\n"
)
OTHER_KIND = (
    "Harlow Freight Rail lost a contract with the mills at Esk Point this winter.\n\n"
    "“We fly twice a day to the capital,” an airline spokeswoman said of the new route.\n"
)
FAR_BACK = (
    "Quillon Glassworks opened a second kiln in the spring.\n\n"
    "Orders rose through the summer and the town added a bus stop at the gate.\n\n"
    "A long queue formed for the open day on Saturday.\n\n"
    "“We ran out of leaflets by noon,” a company spokesman said.\n"
)

airline = draft_fixture(AIRLINE)
company = draft_fixture(COMPANY)
other_kind = draft_fixture(OTHER_KIND)
SUBJECT = (
    "Penhallow Ceramics will move its kilns to the Dunmere Works next year, the Coastline Gazette reported.\n\n"
    "“Nobody loses a job in the move,” a spokesman for the company said.\n"
)

OWNED = (
    "Veltrane Motors will build its small van at a second site from the autumn.\n\n"
    "“Orders for the van doubled in a year,” the carmaker's spokeswoman said on Friday.\n"
)

NAMED = (
    "Ostervale Insurance will stop writing flood cover for homes on the lower river.\n\n"
    "“The claims of the last three winters wiped out the premiums,” said Ruth Kembell, a spokeswoman for the insurer.\n"
)

far_back = draft_fixture(FAR_BACK)
named = draft_fixture(NAMED)
owned = draft_fixture(OWNED)
subject = draft_fixture(SUBJECT)


def test_a_spokesman_for_the_airline_speaks_for_the_airline_named_before(airline):
    assert body_of(airline, "rebooked within two days") == "Bluegull Airways"


def test_the_role_is_shown_beside_the_body(airline):
    assert quote_with(airline, "rebooked within two days")["speaker"]["title"] == "spokesman"


def test_a_company_spokeswoman_speaks_for_the_company_named_before(company):
    assert body_of(company, "split in hard frost") == "Tollmere Paints"


def test_a_body_of_another_kind_is_not_hers(other_kind):
    assert body_of(other_kind, "twice a day") is None


def test_a_body_named_paragraphs_before_is_not_hers(far_back):
    assert body_of(far_back, "out of leaflets") is None


def test_the_body_the_sentence_opens_on_is_hers_not_a_place_or_the_paper(subject):
    assert body_of(subject, "loses a job") == "Penhallow Ceramics"


def test_the_bodys_possessive_owning_her_role_points_back_to_it(owned):
    assert body_of(owned, "Orders for the van") == "Veltrane Motors"


def test_a_named_spokeswoman_for_the_insurer_speaks_for_the_insurer_named_before(named):
    assert body_of(named, "wiped out the premiums") == "Ostervale Insurance"


SAINT = (
    "St. Oswin's Infirmary shut its night clinic in March to save money.\n\n"
    "“We could not staff the clinic after ten,” a hospital spokeswoman said on Monday.\n"
)

saint = draft_fixture(SAINT)


def test_a_saints_abbreviation_in_the_body_name_ends_no_sentence(saint):
    # (the full stop of `St.` was read as a sentence's end, so the body fell outside the window looked in)
    assert body_of(saint, "staff the clinic after ten") == "St. Oswin's Infirmary"

"""A local official's report: a town's or county's office named with its place gives the office as the title and the
place as the body (a former mayor's town too); a council's posts serve the one council the draft names, and a party
word before such a post is the party (`Conservative`, `Green` only there). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

TOWN = (
    "Kelso weighs a new ferry pier\n\n"
    "The pier plan drew a packed crowd to the old grange hall on Thursday night.\n\n"
    "\u201cThe pilings have rotted through,\u201d said Kelso Mayor Ines Vartan, pointing at a photograph.\n\n"
    "Bram Otieno, who was mayor of Kelso from 1990 to 1998, urged the town to wait for a state grant.\n\n"
    "\u201cPatience has paid before,\u201d Otieno said.\n\n"
    "Lotte Haverkamp, a former Kelso city clerk, read out the minutes of a 1996 vote on the same pier.\n\n"
    "\u201cWe have argued about this for thirty years,\u201d Haverkamp said.\n\n"
    "\u201cMy deputies patrol that dock every night,\u201d Quill County Sheriff Dario Fenn told the room.\n\n"
    "\u201cI can draft a lease in a week,\u201d said Kelso lawyer Ruth Amadi, who has no post with the town.\n\n"
    "\u201cThe vote is set for May,\u201d said Kelso City Councilwoman Noor Haddad.\n"
)

town = draft_fixture(TOWN)


def body(doc: dict, snippet: str) -> str | None:
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def title(doc: dict, snippet: str) -> str:
    return (speaker_of(doc, snippet).get("title") or "").lower()


def test_a_place_before_a_mayor_is_her_body_and_the_title_is_the_office(town):
    assert title(town, "pilings have rotted") == "mayor"
    assert body(town, "pilings have rotted") == "Kelso"


def test_a_former_mayor_of_a_town_keeps_the_town(town):
    assert title(town, "Patience has paid") == "former mayor"
    assert body(town, "Patience has paid") == "Kelso"


def test_a_former_city_office_drops_the_place_from_the_title(town):
    assert title(town, "argued about this") == "former city clerk"
    assert body(town, "argued about this") == "Kelso"


def test_a_county_before_a_sheriff_is_his_body(town):
    assert title(town, "deputies patrol") == "sheriff"
    assert body(town, "deputies patrol") == "Quill County"


def test_a_city_councilwoman_sits_on_its_council(town):
    assert title(town, "vote is set for May") == "councilwoman"
    assert body(town, "vote is set for May") == "Kelso City Council"


def test_a_place_before_a_private_role_is_no_office(town):
    assert "lawyer" in title(town, "draft a lease")
    assert body(town, "draft a lease") != "Kelso"


COUNCIL = (
    "Parking charges split Ambleford District Council\n\n"
    "Councillors voted 28 to 19 on Wednesday to bring in charges at six village car parks.\n\n"
    "\u2018The car parks cost us money every single day,\u2019 said Moira Tennant, the Conservative leader of the "
    "council.\n\n"
    "\u2018Shops on the high street will close,\u2019 said Green group leader Colm Reddy.\n\n"
    "Desmond Achterberg, the cabinet member for parks, said season tickets would be offered to residents.\n\n"
    "\u2018A resident pays half,\u2019 Mr Achterberg said.\n\n"
    "\u2018Nobody in Pennock was asked,\u2019 said Labour councillor Hattie Pryce, whose ward includes the village.\n\n"
    "\u2018The buses stop at six anyway,\u2019 said Councillor Ned Ashby.\n"
)

council = draft_fixture(COUNCIL)


def party(doc: dict, snippet: str) -> str | None:
    return speaker_of(doc, snippet).get("party")


def test_a_word_that_names_a_party_only_before_a_councils_post_is_the_party(council):
    assert party(council, "cost us money") == "Conservative Party"
    assert body(council, "cost us money") == "Ambleford District Council"


def test_a_party_group_leader_keeps_the_group_in_the_title_and_serves_the_council(council):
    assert title(council, "high street will close") == "green group leader"
    assert party(council, "high street will close") == "Green Party"
    assert body(council, "high street will close") == "Ambleford District Council"


def test_a_cabinet_member_serves_the_council_named(council):
    assert body(council, "resident pays half") == "Ambleford District Council"


def test_a_party_councillor_has_the_party_and_the_council(council):
    assert party(council, "Nobody in Pennock") == "Labour Party"
    assert body(council, "Nobody in Pennock") == "Ambleford District Council"


def test_a_councillor_alone_serves_the_council_named(council):
    assert body(council, "buses stop at six") == "Ambleford District Council"


GUARDS = (
    "Tide gauges fail along the coast\n\n"
    "\u201cThe readings stopped at midnight,\u201d said Embattled Mayor Petra Lund.\n\n"
    "Otto Brenner, a former Ohio governor and two-term Eastland mayor, said the state would pay for new gauges.\n\n"
    "\u201cColumbus has the money,\u201d Brenner said.\n\n"
    "The Gullhaven Security Council, a neighbourhood watch group, met on Friday.\n\n"
    "\u201cWe walk the seafront in pairs,\u201d said councilman Rafe Ostrow.\n"
)

guards = draft_fixture(GUARDS)


def test_a_word_the_tagger_marks_as_no_place_opens_no_town(guards):
    assert body(guards, "readings stopped") is None


def test_a_place_before_two_joined_posts_is_left_in_the_title(guards):
    assert body(guards, "Columbus has the money") is None
    assert "ohio" in title(guards, "Columbus has the money")


def test_a_council_that_is_no_towns_is_not_the_one_a_councilman_serves(guards):
    assert body(guards, "seafront in pairs") is None


RANKED = (
    "Brookhollow Mayor Tess Quarry cut the ribbon at the new library on Saturday.\n\n"
    "Quarry, the only Democratic mayor the valley has ever had, spoke from the steps.\n\n"
    "\u201cBooks are cheaper than jails,\u201d Quarry said.\n"
)

ranked = draft_fixture(RANKED)


def test_a_ranked_party_mayor_says_how_she_stands_not_a_fuller_post(ranked):
    assert title(ranked, "cheaper than jails") == "mayor"
    assert body(ranked, "cheaper than jails") == "Brookhollow"


OWNED = (
    "Budget gap widens in Carrow\n\n"
    "The Carrow Town Council delayed a vote on the new sewer main on Tuesday.\n\n"
    "The town\u2019s planning director, Wim Gatley, said the pipes under the square were older than the church.\n\n"
    "\u201cWe keep finding clay pipe,\u201d Gatley said.\n"
)

owned = draft_fixture(OWNED)


def test_a_town_owning_an_office_is_the_town_the_draft_names(owned):
    assert title(owned, "finding clay pipe") == "planning director"
    assert body(owned, "finding clay pipe") == "Carrow"


TWO_TOWNS = (
    "Two towns share one ferry\n\n"
    "The Carrow Town Council and the Pellam Town Council met together on Tuesday.\n\n"
    "The town\u2019s planning director, Wim Gatley, said the slipway needed work.\n\n"
    "\u201cThe ramp is cracked,\u201d Gatley said.\n"
)

two_towns = draft_fixture(TWO_TOWNS)


def test_with_two_towns_named_the_towns_office_names_neither(two_towns):
    assert body(two_towns, "ramp is cracked") is None

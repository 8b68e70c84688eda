"""`"…," the airline said`: a definite noun for a kind of body stands for the body the draft just named,
though the name ends in another word of that kind (`… Airways`, `… Federation` for `the union`) or in none
(`the charity` after the body a sentence before is about); a place glued to `-based` before the noun only
says where the body is. Two such bodies, a body named after it whose name does not say it is of another
kind, a subject of another kind, a person, a name the tagger cut and a body set apart (`the rival airline`)
leave the noun as written. Invented drafts, real pipeline."""

from __future__ import annotations

import pytest

from conftest import speaker_of

SCENES = {
    "stranded": "Travellers stranded by Gannet Airways queued at the desks overnight.\n\n"
                "\u201cEvery seat has been rebooked,\u201d the airline said in a statement.\n",
    "stoppage": "The Harbor Pilots Federation called off Monday's stoppage after a late offer.\n\n"
                "\u201cTalks have resumed in good faith,\u201d the union said.\n",
    "shelter": "Pelican Rescue opened a second shelter in March. "
               "\u201cDonations have doubled,\u201d the charity said.\n",
    "claims": "Kestrel Assurance paid out on nine hundred flood claims. Its chief executive, Ivo Rusk, visited "
              "the town. \u201cMore claims are coming,\u201d the insurer said.\n",
    "fog": "Osprey Air kept its fleet on the ground through the fog. "
           "\u201cNo delay is worth a risk,\u201d said the Cork-based carrier.\n",
    "permits": "The Harbor Works Department missed its deadline for the permits on Friday.\n\n"
               "\u201cWe have asked for thirty more days,\u201d said the agency.\n",
    "choir": "Gannet Airways flew the choir to Oslo, and the Linden Music Society paid the fares. "
             "\u201cIt was a pleasure,\u201d the airline said.\n",
    "court": "Marlow Provisions took the Tanners Federation to court over unpaid fees. "
             "\u201cThe claim has no merit,\u201d the union said.\n",
    "quiet": "Osprey Air suspended its night flights for the summer. "
             "\u201cNeighbours asked us for quiet,\u201d the airline's statement said.\n",
    "walkout": "The Glaziers Federation voted to end its walkout on Thursday. "
               "\u201cMembers want a fair deal,\u201d the union's statement said.\n",
    "ruling": "Kell Valley Energy was fined by the Coastal Standards Commission on Monday. "
              "\u201cWe accept the ruling,\u201d the utility said.\n",
    "two": "Gannet Airways and Osprey Air both cut winter routes. \u201cDemand has fallen,\u201d the airline said.\n",
    "fined": "The Harbor Commission fined Brightwing on Monday for late deliveries. "
             "\u201cWe will appeal,\u201d the carrier said.\n",
    "hats": "Maud Ferrers has sold hats on Quay Street for twenty years and fears the new bypass. "
            "\u201cNobody will stop here,\u201d the retailer said.\n",
    "bread": "Ida Pell has baked bread on Mill Lane since 1998. Brightwing Bakeries opened a store across the road "
             "in May. \u201cThey sell below cost,\u201d the retailer said.\n",
    "rival": "Gannet Airways has cut its fares. \u201cWe will match them,\u201d the rival airline said.\n",
}


@pytest.fixture(scope="module")
def scenes(check):
    return {key: check(text) for key, text in SCENES.items()}


@pytest.mark.parametrize(("scene", "quote", "body"), [
    ("stranded", "Every seat", "Gannet Airways"),  # (named by a word of its kind, though no sentence's subject)
    ("stoppage", "Talks have resumed", "Harbor Pilots Federation"),  # (for `the union`)
    ("shelter", "Donations have doubled", "Pelican Rescue"),  # (no word of its kind: the subject before)
    ("claims", "More claims", "Kestrel Assurance"),  # (not the chief executive the parse could read it as)
    ("fog", "worth a risk", "Osprey Air"),  # (`Cork-based` says where it is, and names no body)
    ("permits", "thirty more days", "Harbor Works Department"),  # (a department is an agency)
    ("court", "no merit", "Tanners Federation"),  # (not the company that is the sentence's subject)
    ("quiet", "asked us for quiet", "Osprey Air"),  # (a statement speaks for the body that issued it)
    ("walkout", "a fair deal", "Glaziers Federation"),
    ("ruling", "accept the ruling", "Kell Valley Energy"),  # (the commission named after it is no utility)
])
def test_a_noun_for_a_kind_of_body_is_the_body_just_named(scenes, scene, quote, body):
    speaker = speaker_of(scenes[scene], quote)
    assert speaker["name"] == body
    assert speaker["type"] == "organisation"


@pytest.mark.parametrize(("scene", "quote", "written"), [
    ("two", "Demand has fallen", "the airline"),
    ("choir", "a pleasure", "the airline"),  # (a body named after it, its kind unsaid)
    ("fined", "We will appeal", "the carrier"),
    ("rival", "match them", "the rival airline"),
    ("bread", "below cost", "the retailer"),  # (the tagger reads `Brightwing` as a verb: `Bakeries` is no name)
])
def test_two_bodies_one_of_another_kind_or_one_set_apart_leave_it_as_written(scenes, scene, quote, written):
    assert speaker_of(scenes[scene], quote)["name"] == written


def test_a_person_of_that_trade_stays_the_person(scenes):
    speaker = speaker_of(scenes["hats"], "Nobody will stop")
    assert speaker["name"] == "Maud Ferrers"
    assert speaker["type"] == "person"


def test_the_kinds_are_data_a_config_extends():
    from quoteguard.knowledge import build_knowledge

    kb = build_knowledge({"body_kinds": {"Operator": ["ferries", "Shipping"], "airline": ["jet"]}})
    assert kb.body_kinds["operator"] == {"operator", "ferries", "shipping"}
    assert {"airways", "air", "jet"} <= kb.body_kinds["airline"]

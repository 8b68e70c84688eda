"""A name after a body's possessive (`the Eastland Herald's Tobiah Wrennfield`) is a person of that body, even
when neither word is a known given name and the tagger takes the whole run for one organisation; a body's
own unit after it (`the Herald's Editorial Board`) stays a body. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import quote_with, speaker_of

OPENING = "The harbor board delayed its vote on the ferry levy again on Tuesday.\n\n"


def test_a_name_after_a_papers_possessive_is_its_writer(check):
    draft = check(OPENING + "\u201cIt is a fight for every town,\u201d the Eastland Herald\u2019s Tobiah Wrennfield "
                            "wrote on Monday.\n")
    speaker = speaker_of(draft, "fight for every town")
    assert speaker["name"] == "Tobiah Wrennfield" and speaker["type"] == "person"
    assert quote_with(draft, "fight for every town")["affiliation"]["name"] == "Eastland Herald"


def test_a_bodys_unit_after_its_possessive_stays_a_body(check):
    for unit in ("the Herald\u2019s Editorial Board", "the Senate\u2019s Harbor Caucus"):
        draft = check(OPENING + f"\u201cWe oppose the levy,\u201d {unit} said in a statement.\n")
        assert speaker_of(draft, "We oppose the levy")["type"] == "organisation", unit

"""A description set off before a name whose role names the body it serves (`The leader of the Harbor League,
Ann Roe, warned …`) is her title, the body's name running on to the comma; a list of people with their
employers (`Ivo Brandt of Harbor Partners, Ann Roe of …`) is not. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of

QUOTE = "\u201cWe will keep the docks open,\u201d Roe said.\n"


def test_the_leader_of_a_body_set_off_before_the_name(check):
    draft = check("Dockers marched on Monday. The leader of the Harbor League, Ann Roe, warned that the plan "
                  "would fail. " + QUOTE)
    assert speaker_of(draft, "keep the docks open")["title"] == "leader of the Harbor League"


def test_a_body_name_with_links_inside_it(check):
    draft = check("Dockers marched on Monday. The director of the Eastland Institute for Maritime Studies, "
                  "Ann Roe, said the plan would fail. " + QUOTE)
    assert speaker_of(draft, "keep the docks open")["title"] == "director"


def test_another_person_and_employer_is_no_title(check):
    draft = check("Donors gathered on Monday. They include Ivo Brandt of Harbor Partners, Ann Roe of Eastland "
                  "Capital and others. " + QUOTE)
    assert speaker_of(draft, "keep the docks open")["title"] is None


def test_a_body_whose_name_opens_with_a_lower_case_word_then_a_party_appositive(check):
    # `The minority leader of the state House, X, a Harbor City Democrat,`: the post before the name is her title;
    # the appositive after it says only her party and home
    draft = check("Dockers marched on Monday. The minority leader of the state House, Ann Roe, a Harbor City "
                  "Democrat, said the plan would fail. " + QUOTE)
    speaker = speaker_of(draft, "keep the docks open")
    assert "minority leader" in (speaker["title"] or "")
    assert speaker["party"] == "Democratic Party"

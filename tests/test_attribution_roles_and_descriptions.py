"""Who a description or a capital means. A plural role noun that opens a sentence (`Ministers have …`) is a
group, not a person's name, even when the tagger reads it as a proper noun; a definite role after a fronted
clause (`Asked whether …, the mayor shook her head`) is the person the draft gave that role; a secretary is a
minister (`the Labour minister` after `Economy Secretary Morven Tait`); an unnamed source is called by its
description, short of the relative clause that says why it goes unnamed, and a description set off beside it
(`One commuter, a retired nurse`) is part of its name. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

GROUP = (
    "Port fees to rise\n\n"
    "Mayor Lena Osterby said on Monday that berthing fees would rise by a tenth from April. \"The docks cannot "
    "run on goodwill,\" she said.\n\n"
    "Ministers have talked up a \"gentle slowdown\" in shipping, though the port authority has avoided the words.\n\n"
    "Pressed on whether fees could rise again next year, the mayor shook her head. \"Not on my watch,\" she said.\n"
)

FRONTED = (
    "Port fees to rise\n\n"
    "Mayor Lena Osterby said on Monday that berthing fees would rise by a tenth from April. \"The docks cannot "
    "run on goodwill,\" she said.\n\n"
    "\"Every skipper on this coast will feel it,\" said Marta Quell, chair of the Inshore Fishing Guild.\n\n"
    "Asked whether fees could rise again next year, the mayor shook her head slowly. \"Not on my watch,\" she "
    "said.\n"
)

DESCRIBED = (
    "Rail link opens late\n\n"
    "Economy Secretary Morven Tait told the chamber the line would carry its first passengers in May.\n\n"
    "'Nobody regrets the delay more than I do,' the Labour minister said.\n\n"
    "A cousin of one of the injured workers, who asked not to be named because the family was still waiting "
    "for news, said: \"We only want the truth.\"\n\n"
    "One engineer at the contractor's Dundee depot, who was granted anonymity because he was not "
    "cleared to talk to reporters, said: \"The signals were never tested.\"\n\n"
    "One commuter, a retired nurse who would not give her name, had waited on the platform since dawn. "
    "\"I brought a flask and a book,\" she said.\n"
)

PLATFORM = (
    "Rail link opens late\n\n"
    "Another traveller, a student from Perth, shrugged at the delay. \"It happens every winter,\" he said.\n"
)

PRESS = (
    "Talks stall\n\n"
    "White House press secretary Josh Nolan said the talks would resume on Monday.\n\n"
    "'We are not giving up,' the minister said.\n"
)

KEPT = (
    "Fire at the mill\n\n"
    "A neighbour who saw the blaze from her kitchen, and who asked not to be named, said: \"The smoke was black "
    "for hours.\"\n"
)

group = draft_fixture(GROUP)
fronted = draft_fixture(FRONTED)
described = draft_fixture(DESCRIBED)
platform = draft_fixture(PLATFORM)
press = draft_fixture(PRESS)
kept = draft_fixture(KEPT)


def test_a_plural_role_opening_a_sentence_is_no_persons_name(group):
    speaker = quote_with(group, "gentle slowdown")["speaker"]
    assert speaker is None or speaker["type"] != "person"


def test_the_she_after_a_group_is_still_the_mayor(group):
    assert speaker_of(group, "Not on my watch")["name"] == "Lena Osterby"


def test_a_definite_role_after_a_fronted_clause_is_the_person_given_that_role(fronted):
    speaker = speaker_of(fronted, "Not on my watch")
    assert speaker["name"] == "Lena Osterby"
    assert speaker["title"] == "Mayor"


def test_a_minister_with_a_party_is_the_secretary_named_before(described):
    speaker = speaker_of(described, "Nobody regrets")
    assert speaker["name"] == "Morven Tait"
    assert speaker["type"] == "person"


def test_a_press_secretary_is_no_minister(press):
    assert speaker_of(press, "not giving up")["name"] != "Josh Nolan"


def test_an_unnamed_source_is_named_by_its_description_without_its_relative_clause(described):
    assert speaker_of(described, "only want the truth")["name"] == "A cousin of one of the injured workers"
    speaker = speaker_of(described, "never tested")
    assert speaker["name"] == "One engineer at the contractor's Dundee depot"
    assert speaker["anonymous"] is True


def test_a_clause_with_no_comma_is_part_of_who_they_are(kept):
    assert speaker_of(kept, "black for hours")["name"] == "A neighbour who saw the blaze from her kitchen"


def test_the_reason_for_anonymity_still_counts(described):
    ids = {quote_with(described, "only want the truth")["id"], quote_with(described, "never tested")["id"]}
    assert not [f for f in described["findings"] if f["rule"] == "anonymous-source" and f.get("quote_id") in ids]


def test_a_description_set_off_beside_an_unnamed_subject_is_part_of_its_name(described):
    speaker = speaker_of(described, "flask and a book")
    assert speaker["name"] == "One commuter, a retired nurse"
    assert speaker["title"] == "retired nurse"


def test_the_description_set_off_is_the_title_of_the_nameless_subject(platform):
    speaker = speaker_of(platform, "every winter")
    assert speaker["name"] == "Another traveller, a student from Perth"
    assert speaker["title"] == "student from Perth"

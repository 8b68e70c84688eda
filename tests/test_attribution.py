"""Speakers and affiliations: every attribution sieve and the knowledge-base normalisation.

All sentences are invented for these tests; every quote runs through the real Stanza pipeline.
"""

from __future__ import annotations

import pytest

from conftest import quote_with, rules_of, speaker_name, speaker_of
from quoteguard.engine import check_document
from quoteguard.io import document_from_text
from quoteguard.models import load_pipeline, locate_models

# One attribution pattern per line (each line is its own paragraph).
SIEVES = (
    "“The talks were useful but far from finished,” said Kremlin aide Boris Talanov.\n"
    "“We will publish the audit next week,” Helena Marchetti said.\n"
    "Senator Ruth Okafor said: “The bridge must close for repairs before winter.”\n"
    "Mayor Dennis Harrow said that “the city cannot afford another delay on the tram line.”\n"
    "Governor Alicia Brandt criticised Transport Secretary Neil Osgood on Tuesday, saying, "
    "“Passengers deserve trains that arrive on time.”\n"
    "“We have never seen levels this low,” according to hydrologist Miriam Sollberg of the Alpine Water Institute.\n"
    "Senator Paul Ventimiglia's remarks — “We are not going to fund a project nobody has costed” — drew applause.\n"
    "Professor Elena Vasquez expressed her frustration with the ministry: “Nobody has read our report.”\n"
    "“Every winter the same roads flood and nothing changes.” — Nadia Korlov, a resident of the district.\n"
)

NEIGHBOURS = (
    "“The factory will stay open,” said Frank Delacroix, the chief executive of Velmont Steel. "
    "“We have orders until next spring.”\n"
    "“This is not a retreat,” said Admiral Jonah Whitcombe, “it is a repositioning of the fleet.”\n"
    "Kremlin aide Arkady Smolinov met the delegation on Monday.\n"
    "“The talks went well,” Smolinov adds.\n"
    "“We were told to stay quiet,” said a senior official.\n"
    "“The coach never checked the pitch,” said my neighbour's football coach.\n"
)

KNOWLEDGE = (
    "“We will not accept these terms,” Russian Deputy Foreign Minister Oleg Varnavsky said.\n"
    "“The coalition will hold,” said Irish Prime Minister Sean Dorrity.\n"
    "“The pier is unsafe,” said Arthur Quell at the Harwell Institute.\n"
    "“We need more data before any decision,” said Tomas Halvorsen, an economist at Kestrel Bank.\n"
)


@pytest.fixture(scope="module")
def sieves_doc(check):
    return check(SIEVES)


@pytest.fixture(scope="module")
def neighbours_doc(check):
    return check(NEIGHBOURS)


@pytest.fixture(scope="module")
def knowledge_doc(check):
    return check(KNOWLEDGE)


@pytest.mark.parametrize(
    ("snippet", "surname", "sieves"),
    [
        ("talks were useful", "Talanov", {"said-speaker"}),
        ("publish the audit", "Marchetti", {"speaker-said"}),
        ("bridge must close", "Okafor", {"speaker-said", "colon"}),
        ("cannot afford another delay", "Harrow", {"speaker-said", "dependency"}),
        ("Passengers deserve trains", "Brandt", {"participle"}),
        ("never seen levels", "Sollberg", {"according-to"}),
        ("fund a project nobody", "Ventimiglia", {"speech-noun", "speaker-said"}),
        ("Nobody has read our report", "Vasquez", {"speaker-said", "colon"}),
        ("same roads flood", "Korlov", {"dash"}),
    ],
)
def test_each_sieve_finds_the_named_speaker(sieves_doc, snippet, surname, sieves):
    quote = quote_with(sieves_doc, snippet)
    speaker = quote["speaker"]
    assert speaker is not None, f"no speaker for {snippet!r}"
    assert surname in speaker["name"]
    assert speaker["type"] == "person" and not speaker["anonymous"]
    assert quote["sieve"] in sieves
    assert "unattributed-quote" not in rules_of(sieves_doc)


def test_speaker_name_leaves_out_the_title(sieves_doc):
    assert speaker_of(sieves_doc, "bridge must close")["name"] == "Ruth Okafor"
    assert speaker_of(sieves_doc, "cannot afford another delay")["name"] == "Dennis Harrow"
    assert (speaker_of(sieves_doc, "cannot afford another delay")["title"] or "").lower() == "mayor"


def test_said_speaker_with_organisation_title(sieves_doc):
    quote = quote_with(sieves_doc, "talks were useful")
    assert quote["speaker"]["name"] == "Boris Talanov"
    assert "aide" in (quote["speaker"]["title"] or "").lower()
    assert quote["affiliation"] is not None
    assert "Kremlin" in quote["affiliation"]["name"]
    assert quote["cue"] == "said"


def test_participle_speaker_is_the_subject_not_the_object(sieves_doc):
    name = speaker_name(sieves_doc, "Passengers deserve trains")
    assert "Brandt" in name and "Osgood" not in name


def test_said_that_partial_quote(sieves_doc):
    quote = quote_with(sieves_doc, "cannot afford another delay")
    assert quote["kind"] == "partial"
    assert quote["speech"] is True


def test_according_to_takes_the_organisation_after_of(sieves_doc):
    quote = quote_with(sieves_doc, "never seen levels")
    assert quote["cue"] and quote["cue"].lower().startswith("according")
    assert quote["affiliation"] is not None
    assert "Alpine Water Institute" in quote["affiliation"]["name"]


def test_continuation_inside_a_paragraph(neighbours_doc):
    first = quote_with(neighbours_doc, "factory will stay open")
    second = quote_with(neighbours_doc, "orders until next spring")
    assert "Delacroix" in first["speaker"]["name"]
    assert second["speaker"] is not None and second["speaker"]["id"] == first["speaker"]["id"]
    assert second["sieve"] == "continuation"
    assert "Velmont Steel" in (second["affiliation"] or {}).get("name", "")


def test_quote_split_by_its_attribution(neighbours_doc):
    first = quote_with(neighbours_doc, "not a retreat")
    second = quote_with(neighbours_doc, "repositioning of the fleet")
    assert "Whitcombe" in first["speaker"]["name"]
    assert second["speaker"] is not None and second["speaker"]["id"] == first["speaker"]["id"]
    assert "unattributed-quote" not in rules_of(neighbours_doc)


def test_surname_second_reference_gets_full_name_and_first_affiliation(neighbours_doc):
    quote = quote_with(neighbours_doc, "talks went well")
    assert quote["speaker"]["name"] == "Arkady Smolinov"
    assert quote["speaker"]["mention"] == "Smolinov"
    assert quote["cue"] == "adds"
    assert "Kremlin" in (quote["affiliation"] or {}).get("name", "")


@pytest.mark.parametrize(
    ("snippet", "head"), [("stay quiet", "senior official"), ("checked the pitch", "football coach")]
)
def test_unnamed_speaker_stays_anonymous(neighbours_doc, snippet, head):
    speaker = speaker_of(neighbours_doc, snippet)
    assert speaker["anonymous"] is True
    assert speaker["type"] == "unnamed"
    assert head in speaker["name"].lower()
    # Never a made-up person: no capitalised name is invented from the phrase.
    assert not any(word[:1].isupper() for word in speaker["name"].split())
    quote = quote_with(neighbours_doc, snippet)
    assert [f["rule"] for f in neighbours_doc["findings"] if f["quote_id"] == quote["id"]] == ["anonymous-source"]


def test_pronoun_resolves_to_the_named_person(check):
    doc = check(
        "Maya Lindqvist, a spokeswoman for the Nordic Shipping Council, met reporters at the pier.\n"
        "“The strike is over and the ferries sail tomorrow,” she said.\n"
    )
    quote = quote_with(doc, "strike is over")
    assert quote["speaker"]["name"] == "Maya Lindqvist"
    assert quote["speaker"]["mention"] == "she"
    assert "Nordic Shipping Council" in (quote["affiliation"] or {}).get("name", "")


def test_previous_paragraph_introduces_the_speaker(check):
    doc = check(
        "Harbour master Lara Wendt put it this way.\n"
        "“Nobody leaves the port until the storm has passed.”\n"
    )
    quote = quote_with(doc, "Nobody leaves the port")
    assert "Wendt" in (quote["speaker"] or {}).get("name", "")
    assert quote["sieve"] == "previous-paragraph"


def test_deputy_foreign_minister_maps_to_the_foreign_ministry(knowledge_doc):
    quote = quote_with(knowledge_doc, "accept these terms")
    assert quote["speaker"]["name"] == "Oleg Varnavsky"
    affiliation = quote["affiliation"]
    assert affiliation is not None
    assert "Ministry of Foreign Affairs" in affiliation["name"]
    assert affiliation["short"] == "MFA"
    assert affiliation["country"] == "Russia"


def test_prime_minister_maps_to_the_government_of_the_country(knowledge_doc):
    quote = quote_with(knowledge_doc, "coalition will hold")
    assert quote["speaker"]["name"] == "Sean Dorrity"
    assert quote["affiliation"] is not None
    assert quote["affiliation"]["name"] == "Government of Ireland"
    assert quote["affiliation"]["country"] == "Ireland"


@pytest.mark.parametrize(("snippet", "surname", "organisation"), [
    ("pier is unsafe", "Quell", "Harwell Institute"),
    ("more data before any decision", "Halvorsen", "Kestrel Bank"),
])
def test_organisation_after_at(knowledge_doc, snippet, surname, organisation):
    quote = quote_with(knowledge_doc, snippet)
    assert surname in quote["speaker"]["name"]
    assert quote["speaker"]["type"] == "person"
    assert organisation in (quote["affiliation"] or {}).get("name", "")
    assert "unidentified-speaker" not in [f["rule"] for f in knowledge_doc["findings"] if f["quote_id"] == quote["id"]]


@pytest.mark.parametrize("only", [("tokenize", "mwt", "pos"), ("tokenize",)])
def test_reduced_pipeline_still_attributes(models_dir, kb, only):
    source = locate_models(models_dir, only=only)
    # mwt always goes with an English tokenizer; nothing beyond that is added.
    assert source.processors[0] == "tokenize" and set(source.processors) <= set(only) | {"mwt"}
    pipeline = load_pipeline(source)
    text = "“The harbour will reopen in May,” said Jane Doe.\n“We are ready,” Jane Doe said.\n"
    result = check_document(document_from_text(text, "draft.txt"), pipeline, kb)
    assert set(result.analysis.processors) <= set(only) | {"mwt"}
    assert result.analysis.has_pos == ("pos" in only)
    assert not result.analysis.has_deps and not result.analysis.has_ner
    assert len(result.quotes) == 2
    for quote in result.quotes:
        found = result.attribution.attributions.get(quote.id)
        assert found is not None and found.speaker_id is not None
        assert result.attribution.speakers[found.speaker_id].name == "Jane Doe"
    assert "unattributed-quote" not in [f.rule for f in result.findings]


def test_organisations_speak_as_themselves(check):
    doc = check(
        "“The sanctions will fail,” the Kremlin said in a statement.\n"
        "“We have received the letter,” said the European Commission.\n"
    )
    for snippet, name in (("sanctions will fail", "Kremlin"), ("received the letter", "European Commission")):
        speaker = speaker_of(doc, snippet)
        assert name in speaker["name"]
        assert speaker["type"] == "organisation" and not speaker["anonymous"]
    # An organisation needs no title, and is not an unnamed source.
    assert rules_of(doc) == []


def test_pronouns_follow_gender_between_two_named_people(check):
    doc = check(
        "Senator Paul Ventimiglia met Governor Alicia Brandt on Friday.\n"
        "“We agreed on nothing,” she said.\n"
        "“It was a waste of time,” he said.\n"
    )
    assert "Brandt" in speaker_name(doc, "agreed on nothing")
    assert "Ventimiglia" in speaker_name(doc, "waste of time")


def test_they_after_an_unnamed_group_stays_unnamed(check):
    doc = check(
        "“We want the money back,” said the residents.\n"
        "“We have been ignored,” they said.\n"
    )
    first, second = speaker_of(doc, "money back"), speaker_of(doc, "been ignored")
    assert second["id"] == first["id"]
    assert second["anonymous"] and "residents" in second["name"]


PARTIALS = (
    "Councillor Maria Fenwick dismissed the tram plan as a “vanity project” at Tuesday's meeting.\n\n"
    "Harbour master Ivo Sander met the ferry operators on Monday. "
    "He dismissed the new tariff as “a tax on islanders” in a statement afterwards.\n\n"
    "The “temporary” footbridge over the river has now stood for eleven years.\n\n"
    "Rents in the old town rose again after the “reform” of the housing code.\n"
)


@pytest.fixture(scope="module")
def partials_doc(check):
    return check(PARTIALS)


@pytest.mark.parametrize("snippet, name", [("vanity project", "Maria Fenwick"), ("tax on islanders", "Ivo Sander")])
def test_quoted_phrase_in_a_named_subjects_clause_is_theirs(partials_doc, snippet, name):
    """A partial quote needs a source as much as a full one: the subject of its clause."""
    quote = quote_with(partials_doc, snippet)
    assert quote["speaker"] is not None and name in quote["speaker"]["name"]
    assert quote["sieve"] == "clause-subject"
    assert quote["speech"] is True and quote["kind"] == "partial"


@pytest.mark.parametrize("snippet", ["temporary", "reform"])
def test_scare_quote_in_a_clause_without_a_person_stays_unattributed(partials_doc, snippet):
    quote = quote_with(partials_doc, snippet)
    assert quote["speaker"] is None and quote["speech"] is False


def test_shouted_and_sung_words_are_speech(check):
    doc = check("Officer Dana Kell ran towards the car.\n\n“Get out of the car now,” she screamed.\n\n"
                "“This land is your land,” Marta Oyelaran sang to the crowd.\n")
    assert speaker_name(doc, "Get out of the car") == "Dana Kell"
    assert speaker_name(doc, "This land is your land") == "Marta Oyelaran"


def test_they_in_a_partial_quotes_clause_is_not_the_last_person_named(check):
    """`they` may be countries, a party, a crowd: a partial quote in a `they` clause keeps no speaker."""
    doc = check("“The port will reopen,” said harbour master Ivo Sander.\n\n"
                "They dismissed the summit as ‘a talking shop’ on Monday.\n")
    assert quote_with(doc, "talking shop")["speaker"] is None

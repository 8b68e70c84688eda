"""Titles and organisations stated in words the reader used to pass over: a title two people share,
a post stated by a relative clause's verb, a role after a modifier or a body's name, a long appositive,
a body named after words describing it, a formal title the tagger took into an organisation (the title is
the role and the body its organisation: `Harbor Council Chairman` → Chairman, Harbor Council).
Invented sentences, real pipeline (the ORG run on words tagged by hand: the tagger's depends on the sentence)."""

from __future__ import annotations

import pytest

from conftest import quote_with, speaker_of
from quoteguard.affiliation import description
from quoteguard.model import Mention, Word
from quoteguard.roles import role_verb_complement

DRAFT = (
    "Eastland Republican Sens. Hal Dorsey and Ned Quill wrote a letter. “We object,” Quill said.\n\n"
    "Democratic candidates Lena Voss and Arlo Brisk met in Corvale at noon. “Talks were civil,” Brisk said.\n\n"
    "Dale Hobart, who chairs the Budget Committee, disagreed with the plan. “She is wrong,” Hobart said.\n\n"
    "Merrick's running mate Tessa Lindqvist spoke next. “We are ready,” Lindqvist said.\n\n"
    "Gina Marlow, a top outside Varga adviser, called the plan weak. “It will not pass,” Marlow said.\n\n"
    "Lorna Pike, a seasoned surveyor and union organiser until she settled in the hills above Corvale, "
    "spoke last. “I am proud,” Pike said.\n\n"
    "“Rents keep rising,” said Mira Solberg, research head at the nonpartisan Tollgate Housing Institute.\n\n"
    "“Bridges come first,” said Anton Kell, president of the rural advocacy group Stone Valley Alliance.\n\n"
    "Pia Lund, a veteran organiser who staffed the Harbor Party's 1998 rally, was blunt. "
    "“They will lose,” Lund said.\n\n"
    "“Turnout was low,” said Nadia Perrin, president of Raise the Roof. “We knocked on every door.”\n\n"
    "“The crowd fled,” said Maren Holt, an Eastland journalist visiting Corvale on vacation.\n\n"
    "“We need a plan,” said Ria Sand, an Ohio operative lately helping Dana Cole's campaign.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


def test_a_plural_title_before_two_names_is_each_ones_title(draft):
    quill = speaker_of(draft, "We object")
    assert quill["title"] == "senator"
    assert quill["party"] == "Republican Party"
    assert speaker_of(draft, "were civil")["title"] == "Democratic candidate"


def test_a_relative_clause_whose_verb_states_a_post_gives_the_title_and_body(draft):
    hobart = speaker_of(draft, "She is wrong")
    assert hobart["title"] == "chair of the Budget Committee"
    assert (quote_with(draft, "She is wrong")["affiliation"] or {}).get("name") == "Budget Committee"


def test_a_title_in_two_words_and_a_role_after_a_modifier_are_titles(draft):
    assert speaker_of(draft, "We are ready")["title"] == "running mate"
    assert speaker_of(draft, "will not pass")["title"] == "top outside Varga adviser"


def test_a_long_appositive_gives_the_role_before_its_adjunct(draft):
    assert speaker_of(draft, "I am proud")["title"] == "seasoned surveyor and union organiser"


def test_a_body_named_after_the_words_describing_it_is_the_organisation(draft):
    assert (quote_with(draft, "Rents keep")["affiliation"] or {}).get("name") == "Tollgate Housing Institute"
    assert (quote_with(draft, "Bridges come")["affiliation"] or {}).get("name") == "Stone Valley Alliance"


def test_a_possessor_inside_a_clause_is_no_organisation_and_the_role_before_the_clause_is_the_title(draft):
    assert speaker_of(draft, "They will lose")["title"] == "veteran organiser"
    assert "organiser" not in ((quote_with(draft, "They will lose")["affiliation"] or {}).get("name") or "")


def test_a_body_whose_name_opens_with_a_verb_is_read_in_the_appositive(draft):
    assert speaker_of(draft, "Turnout was low")["title"] == "president of Raise the Roof"
    assert (quote_with(draft, "Turnout was low")["affiliation"] or {}).get("name") == "Raise the Roof"


def test_a_participle_after_a_role_ends_the_title(draft):
    assert speaker_of(draft, "crowd fled")["title"] == "Eastland journalist"
    assert speaker_of(draft, "need a plan")["title"] == "Ohio operative"


def _tagged(*words: tuple[str, str | None]) -> tuple[Word, ...]:
    return tuple(Word(text, "PROPN", ner) for text, ner in words)


@pytest.mark.parametrize(("before", "title", "organisation"), [
    (_tagged(("Harbor", "ORG"), ("Board", "ORG"), ("Minority", "ORG"), ("Whip", "ORG")),
     "Minority Whip", "Harbor Board"),
    (_tagged(("Harbor", "ORG"), ("Council", "ORG"), ("Chairman", "ORG")), "Chairman", "Harbor Council"),
    (_tagged(("Corvale", "ORG"), ("News", "ORG"), ("host", None)), "host", "Corvale News"),
    (_tagged(("HRB", None), ("spokesman", None)), "spokesman", "HRB"),
])
def test_a_formal_title_the_tagger_took_into_an_organisation_is_the_title(kb, before, title, organisation):
    mention = Mention("Ann Roe", 0, 7, "person", name="Ann Roe", before=before)
    found = description(mention, kb)
    assert found.title == title
    assert found.affiliation is not None and found.affiliation.name == organisation


@pytest.mark.parametrize(("clause", "title"), [
    ("had headed Harbor Board", "former head of Harbor Board"),
    ("has long chaired the panel since 2010", "chair of the panel"),
    ("leads in the county polls", ""),
    ("ran as a Libertarian in 2012", ""),  # how someone ran, not a post
    ("traveled from Ohio", ""),
])
def test_a_relative_clause_verb_states_a_post_only_with_an_object(kb, clause, title):
    words = [Word(text, None, None) for text in clause.split()]
    assert " ".join(w.text for w in role_verb_complement(words, kb)) == title


def _words(*words: tuple[str, str, str | None]) -> tuple[Word, ...]:
    return tuple(Word(text, upos, ner) for text, upos, ner in words)


@pytest.mark.parametrize(("before", "organisation"), [
    # the tagger marks only part of the body: the whole possessor is her body
    (_words(("Harbor", "PROPN", "ORG"), ("Ledger", "PROPN", "ORG"), ("Trust", "PROPN", None), ("'s", "PART", None)),
     "Harbor Ledger Trust"),
    (_words(("the", "DET", None), ("Daily", "ADJ", "ORG"), ("Clarion", "PROPN", None), ("’s", "PART", None)),
     "Daily Clarion"),
    (_words(("After", "ADP", None), ("Tollgate", "PROPN", None), ("Radio", "PROPN", "ORG"), ("'s", "PART", None)),
     "Tollgate Radio"),
    (_words(("Corvale", "PROPN", "GPE"), ("'s", "PART", None)), None),  # a place's people work for no body
    (_words(("Velde", "PROPN", "PERSON"), ("'s", "PART", None)), None),  # nor a person's
])
def test_a_possessor_right_before_the_name_is_her_body_read_whole(kb, before, organisation):
    mention = Mention("Ann Roe", 0, 7, "person", name="Ann Roe", before=before)
    found = description(mention, kb)
    assert found.title is None
    assert (found.affiliation.name if found.affiliation else None) == organisation


APPOSITIVE_BODIES = (
    "“It is a fair question,” said Nora Quill, a political scientist at the state-funded Harbor Policy "
    "Corporation.\n\n"
    "“We saw a spike,” said Lyle Danner, director of communications for the security firm Ardentis.\n\n"
    "“It will change,” said Vera Stoll, the HRB's director of public policy in Corvale.\n"
)


@pytest.mark.parametrize(("snippet", "organisation"), [
    ("fair question", "Harbor Policy Corporation"),  # (a hyphenated word describes the body)
    ("saw a spike", "Ardentis"),  # (the split that names a body, not the first one)
    ("will change", "HRB"),  # (the body that owns the role)
])
def test_an_appositive_names_its_body_after_describing_words_or_as_the_roles_owner(check, snippet, organisation):
    doc = check(APPOSITIVE_BODIES)
    assert (quote_with(doc, snippet)["affiliation"] or {}).get("name") == organisation


def test_a_plural_role_before_two_names_is_the_first_ones_title_too(check):
    doc = check("Republican mayoral hopefuls Ann Roe and Rita Vance met voters in Corvale on Monday. "
                "“We agree on wages,” Roe said. “We agree on little else,” Vance said.\n")
    for snippet in ("on wages", "on little else"):
        assert speaker_of(doc, snippet)["title"] == "Republican mayoral hopeful"
        assert speaker_of(doc, snippet)["party"] == "Republican Party"

"""Edges of a stated role: an appositive followed by what else the person does, a person taken
for the body someone speaks for, an unnamed party member from a place, a sentence's opening word before a
set-off title. Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import draft_fixture, quote_with, speaker_of
from quoteguard.affiliation import description, profiles
from quoteguard.model import Mention, Speaker, Word
from quoteguard.roles import is_former

DRAFT = (
    "“She needs him,” said Ona Ferris, a music historian and teaches a night class.\n\n"
    "“Nobody is above it,” Dell Rourke, counsel for two tenant unions to bring the case, "
    "wrote to the board.\n\n"
    "Sen. Pia Lund (R-Ore.) won again. Lund, the only Republican hopeful to visit Corvale, was blunt. "
    "“They forgot us,” Lund said.\n\n"
    "“We speak for the dockers,” said a Georgia Democrat.\n\n"
    "Meanwhile the county's treasurer, Ann Marsh, said the budget was “in good shape.”\n"
)

draft = draft_fixture(DRAFT)


def test_an_appositive_ends_where_a_verb_says_what_else_the_person_does(draft):
    assert speaker_of(draft, "She needs him")["title"] == "music historian"
    assert (speaker_of(draft, "Nobody is above it")["title"] or "").startswith("counsel")


def test_an_infinitive_right_after_the_role_is_the_roles_own_so_no_title_of_its_own(draft):
    assert speaker_of(draft, "They forgot us")["title"] == "senator"


def _owned_by_velde(role: str) -> Speaker:
    """`Velde pundit Ivo Danner`, with `Velde` tagged a body (as the tagger may tag a surname)."""
    words = (Word("Velde", "PROPN", "ORG"), *(Word(w, "NOUN", None) for w in role.split()))
    name = "Ivo Danner"
    return Speaker("person:ivo danner", name, "person", False,
                   [Mention(f"Velde {role} {name}", 40, 60, "person", name=name, before=words, full=True)])


@pytest.mark.parametrize(("role", "body"), [("pundit", None), ("spokesman", "Velde")])
def test_a_person_the_draft_names_is_no_body_a_non_staff_role_speaks_for(kb, role, body):
    velde = Speaker("person:tom velde", "Tom Velde", "person", False,
                    [Mention("Tom Velde", 0, 9, "person", name="Tom Velde", full=True)])
    found = profiles({"person:tom velde": velde, "person:ivo danner": _owned_by_velde(role)}, kb)
    danner = found["person:ivo danner"]
    assert danner.title == role
    assert (danner.affiliation.name if danner.affiliation else None) == body


def test_an_unnamed_party_member_from_a_place_has_the_party_and_no_title(draft):
    member = quote_with(draft, "speak for the dockers")
    assert member["speaker"]["title"] is None
    assert member["speaker"]["party"] == "Democratic Party"
    assert member["affiliation"] is None


def test_a_sentence_opening_word_is_no_part_of_a_set_off_title(draft):
    assert speaker_of(draft, "in good shape")["title"] == "treasurer"


PARTY_AND_SET_OFF = (
    "The bill won the backing of Gov. Lia Kamp (R) on Friday. “It is sound,” Kamp said.\n\n"
    "The youngest Republican hopeful for governor, Harbor Mayor Ivo Danner, skipped the dinner. "
    "“We tried,” Danner said.\n\n"
    "The county's long-time tax-policy director, Hal Brosk, spoke next. “The levy holds,” Brosk said.\n"
)


def test_a_party_letter_alone_in_brackets_gives_the_party(check):
    assert speaker_of(check(PARTY_AND_SET_OFF), "It is sound")["party"] == "Republican Party"


def test_a_set_off_title_before_a_title_before_the_name_is_read_with_its_party(check):
    danner = speaker_of(check(PARTY_AND_SET_OFF), "We tried")
    assert "mayor" in danner["title"].lower() and "hopeful" in danner["title"]
    assert danner["party"] == "Republican Party"


def test_a_hyphenated_word_does_not_stop_a_set_off_title(check):
    assert speaker_of(check(PARTY_AND_SET_OFF), "The levy holds")["title"] == "long-time tax-policy director"


@pytest.mark.parametrize(("text", "snippet", "title"), [
    # a description in what a he or she reports is not the title of the person named last
    ("Tom Brask addressed dockers in Corvale at dusk. He said the senator had given up nothing for the harbor."
     "\n\n“We will win,” Brask said.\n", "We will win", None),
    # a courtesy title does not hide a post a copula states
    ("Dr. Lia Kamp spoke at the rally on Monday.\n\nKamp is a Harbor County ferry engineer.\n\n"
     "“We need clinics,” Kamp said.\n", "We need clinics", "Harbor County ferry engineer"),
    # a preposition's object set off before a title is someone else
    ("In a sharp rebuke of the builder, Sen. Ivo Danner (I-Vt.) called him reckless.\n\n"
     "“He is wrong,” Danner said.\n", "He is wrong", "senator"),
], ids=["reported-description", "courtesy-title-and-copula", "object-set-off-before-title"])
def test_the_title_shown_is_the_speakers_own(check, text, snippet, title):
    assert speaker_of(check(text), snippet)["title"] == title


@pytest.mark.parametrize(("title", "former"), [
    ("71-year-old former treasurer", True),  # an age before it: still a post she left
    ("longtime former aide", True),
    ("adviser to former mayor", False),  # someone else's former post
    ("co-founder and former head brewer", False),  # one of her posts is current
])
def test_a_former_post_is_read_in_the_titles_own_words(title, former, kb):
    assert is_former(title, kb) is former


OTHERS_BEFORE = (
    "The plan was praised by former Minister of Finance Lon Pardo on Monday. “It works,” Pardo said.\n\n"
    "Both Sen. Ted Rand of Corvale and Gov. Ivo Kessel of Eastland spoke. “We agree,” Kessel said.\n"
)


def test_a_formal_title_with_of_is_read_whole(check):
    assert speaker_of(check(OTHERS_BEFORE), "It works")["title"] == "former Minister of Finance"


def test_the_title_after_another_persons_place_and_and_is_the_names_own(check):
    assert speaker_of(check(OTHERS_BEFORE), "We agree")["title"] == "governor"


def _words(text: str) -> tuple[Word, ...]:
    return tuple(Word(w, None, None) for w in text.split())


@pytest.mark.parametrize(("before", "title"), [
    ("firsthand memories of former treasurer of the guild", "former treasurer of the guild"),  # the first link's object
    ("Velde and Sen.", "senator"),  # another's name before `and`
])
def test_the_words_of_the_names_own_title_before_it(kb, before, title):
    mention = Mention("Ann Roe", 0, 7, "person", name="Ann Roe", before=_words(before))
    assert description(mention, kb).title == title


@pytest.mark.parametrize(("after", "title"), [
    (", a hospital nurse nowadays", "hospital nurse"),  # when, no part of the role
    (", the club 's well - known long - serving president and head coach",  # a hyphenated word is one word
     "club's well-known long-serving president and head coach"),
])
def test_an_appositive_title_is_read_without_time_words_and_counted_as_read(kb, after, title):
    mention = Mention("Ann Roe", 0, 7, "person", name="Ann Roe", after=_words(after))
    assert description(mention, kb).title == title

"""Unnamed sources the sieves used to miss or give to someone else.

- `…, a ferry clerk, who lacked permission to comment, told the Gazette.`: the `who` clause holds verbs
  of its own; the tag's verb comes after the comma that closes it, and `told` names the one spoken
  to, never the speaker (no inverted tag on a listener verb); with no comma (`a board member who
  asked not to be named told reporters`) the clause ends where the phrase keeping the source unnamed
  ends; an inverted question tag (`asked Jane Roe, a dock worker`) still names the asker;
- an unnamed source cited with `according to` after a quote inside a clause is its source, not the
  subject of a speech verb in a clause of its own (`After Tom Hale asked about the trip …`) nor a
  relative pronoun; a tag right after the quote (`"…," she told Hale, according to aides`) still
  names the speaker; a draft whose last sentence ends `according to the Dover Gazette.` is read;
- the source phrase stops before the document its words came in (`the family's attorneys in a letter`);
- a quoted phrase inside the clause of a definite or possessed description of one person (`The harbor
  commissioner sent …`, `Hale's press aide disputed …`) is that person's words, while a group's or
  an indefinite person's clause with no speech verb (`Clerks scanned … for words like "pier"`) quotes
  no one;
- a word of time closing the subject (`A Roe campaign aide afterwards softened …`) is not part of who
  speaks; a participle's clause set off after the subject (`Others, angered by …, yelled`) says what
  they did, not who they are;
- a colon closing a clause after an earlier quote in the sentence introduces more of that sentence's
  speaker; a later item of a list of chants is introduced as the first is;
- an `as` tag goes on into a clause of its own (`, as Hales' pollster hinted after she won`).

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import quote_with

UNNAMED = [
    pytest.param(
        "Ferry fares rise.\n\n"
        "\u201cThe crews feel squeezed from every side,\u201d a ferry clerk, who was barred from speaking on the "
        "record, told the Gazette.",
        "squeezed from every side", "a ferry clerk", id="comma-clause-told-outlet"),
    pytest.param(
        "Ferry fares rise.\n\n"
        "\u201cWe will not sell the boats,\u201d a board member who asked not to be named told reporters on Monday.",
        "not sell the boats", "a board member", id="anonymity-clause-no-comma"),
    pytest.param(
        "Ferry fares rise.\n\n"
        "\u201cThe tally was rigged,\u201d two clerks, who spoke on condition of anonymity, said on Monday.",
        "tally was rigged", "two clerks", id="plural-comma-clause-said"),
]


@pytest.mark.parametrize(("text", "snippet", "opening"), UNNAMED)
def test_a_source_with_a_clause_of_its_own_is_unnamed(check, text, snippet, opening):
    speaker = quote_with(check(text), snippet)["speaker"]
    assert speaker is not None and speaker["type"] == "unnamed"
    assert speaker["name"].lower().startswith(opening)


def test_an_inverted_question_tag_still_names_the_asker(check):
    doc = check("Ferry fares rise.\n\n\u201cWhy now?\u201d asked Jane Roe, a dock worker.")
    speaker = quote_with(doc, "Why now")["speaker"]
    assert speaker is not None and speaker["name"] == "Jane Roe"


ACCORDING = [
    pytest.param(
        "Ferry fares rise.\n\n"
        "After Tom Hale of the Dover Gazette asked about the trip during a phone call, the Roes grew "
        "\u201cfrosty\u201d all week long, according to a clerk on the ferry.",
        "frosty", "a clerk on the ferry", id="speech-verb-in-a-clause-of-its-own"),
    pytest.param(
        "Ferry fares rise.\n\n"
        "The dispute started a long feud by Roe that put Hale \u201con the ropes,\u201d according to "
        "the family's attorneys.",
        "on the ropes", "the family's attorneys", id="relative-pronoun"),
]


@pytest.mark.parametrize(("text", "snippet", "opening"), ACCORDING)
def test_an_unnamed_source_cited_with_according_to_is_the_source(check, text, snippet, opening):
    speaker = quote_with(check(text), snippet)["speaker"]
    assert speaker is not None and speaker["type"] == "unnamed"
    assert speaker["name"].lower().startswith(opening)


def test_a_tag_right_after_the_quote_still_names_the_speaker(check):
    doc = check("Ferry fares rise.\n\nJane Roe visited the ferry board on Monday. \u201cYou have treated the crews "
                "badly,\u201d she told board chairman Tom Hale, according to aides who attended.")
    speaker = quote_with(doc, "treated the crews")["speaker"]
    assert speaker is not None and speaker["name"] == "Jane Roe"


def test_according_to_ending_the_draft_is_read(check):
    doc = check("Ferry fares rise.\n\n\u201cWe will keep the fares low,\u201d Roe said on Monday, "
                "according to the Dover Gazette.")
    assert quote_with(doc, "keep the fares low")["speaker"]["name"] == "Roe"


def test_the_source_phrase_stops_before_the_document_it_spoke_in(check):
    doc = check("Ferry fares rise.\n\nThe dispute started a long feud by Roe that left Hale \u201cbattered and "
                "broke,\u201d according to the family's attorneys in a letter.")
    assert quote_with(doc, "battered and broke")["speaker"]["name"] == "the family's attorneys"


def test_a_definite_description_speaks_in_its_clause(check):
    doc = check("Ferry race tightens.\n\nJane Roe, the harbor commissioner, is running for mayor. The harbor "
                "commissioner sent a flyer to voters on Friday urging them to join a raffle, to "
                "\"take home my old rowboat!\"")
    speaker = quote_with(doc, "old rowboat")["speaker"]
    assert speaker is not None and speaker["name"] == "Jane Roe"


@pytest.mark.parametrize("text", [
    "Ferry race tightens.\n\nClerks scanned the archive for words like \"ferry,\" \"fare\" and \"toll.\" "
    "Each file with those words was set aside.",
    "Ferry race tightens.\n\nUntil a woman may seek the mayoralty without being urged to \"relax\" the contest "
    "stays unfair.",
], ids=["group-without-speech-verb", "indefinite-person-without-speech-verb"])
def test_a_nameless_subject_without_a_speech_verb_quotes_no_one(check, text):
    assert all(q["speaker"] is None for q in check(text)["quotes"])


def test_a_possessed_description_speaks_in_its_clause(check):
    doc = check("Ferry race tightens.\n\nTom Hale spoke on Monday. \u201cWe will fix the ferries,\u201d Hale said.\n\n"
                "(Hale's press aide challenged the idea that Hale had ever \"mocked\" Roe, and said he \"admires her "
                "work a lot.\" Asked for proof, Roe's office offered none.)")
    speaker = quote_with(doc, "admires her")["speaker"]
    assert speaker is not None and speaker["type"] == "unnamed" and speaker["name"] == "Hale's press aide"


def test_an_as_tag_runs_into_a_clause_of_its_own(check):
    doc = check("Ferry race tightens.\n\nRoe\u2019s gains Friday in Dover and Eastport back her claim that she "
                "draws support across the county, not merely as a \u201clocal\u201d favorite, as Hales\u2019 "
                "pollster hinted after she won the first count.")
    speaker = quote_with(doc, "local")["speaker"]
    assert speaker is not None and speaker["type"] == "unnamed" and speaker["name"] == "Hales\u2019 pollster"


def test_a_closing_adverb_leaves_the_aide_unnamed(check):
    doc = check("Ferry race tightens.\n\nRoe said the board was airing clips of Tom Hale to sway voters. A Roe "
                "campaign aide later softened the remarks, adding that Roe \"had no single clip in view, "
                "though he [Hale] is being aired a lot.\"")
    speaker = quote_with(doc, "no single clip")["speaker"]
    assert speaker is not None and speaker["type"] == "unnamed" and speaker["name"] == "A Roe campaign aide"


def test_a_name_in_a_participle_clause_after_the_subject_does_not_speak(check):
    doc = check("Ferry race tightens.\n\nDockers marched along the quay on Friday. Others, angered by the delay "
                "between the Hale crash and the report's publication, yelled, \"End the silence!\"")
    speaker = quote_with(doc, "End the silence")["speaker"]
    assert speaker is not None and speaker["type"] == "unnamed" and speaker["name"] == "Others"


def test_a_colon_after_an_earlier_quote_keeps_the_sentence_speaker(check):
    doc = check("Ferry race tightens.\n\n\"She is the one,\" one reader posted. Another said she hoped with all "
                "her \"soul\" that Hale wins the race: \"Then the ferries might run on time again.\"")
    speaker = quote_with(doc, "ferries might run")["speaker"]
    assert speaker is not None and speaker["type"] == "unnamed" and speaker["name"] == "Another"


def test_a_later_list_item_is_introduced_as_the_first(check):
    doc = check("Ferry race tightens.\n\nDover was on everyone's mind at the quay, with many dockers and "
                "neighbors chanting \"We are Dover\" and \"Vote no.\"")
    for snippet in ("We are Dover", "Vote no"):
        speaker = quote_with(doc, snippet)["speaker"]
        assert speaker is not None and speaker["type"] == "unnamed" and speaker["name"] == "many dockers and neighbors"


def test_a_colon_after_a_clause_with_a_name_keeps_the_sentence_speaker(check):
    doc = check("Ferry race tightens.\n\nAda Lund, a dock clerk, said she prayed with all her \"heart\" Tom Hale "
                "loses the race: \"Then the ferries might run on time again.\"")
    speaker = quote_with(doc, "ferries might run")["speaker"]
    assert speaker is not None and speaker["name"] == "Ada Lund"

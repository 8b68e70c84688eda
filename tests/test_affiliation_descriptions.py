"""A description that names no one (`the Republican nominee`) is never someone the draft gives
another party, nor someone the person named last acts on (`Roe gave a speech mocking the
nominee`), nor someone named inside the clause the description is the subject of (`the nominee
said that Marek …`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "“The docks need money,” said Democrat Ann Roe, who spoke at the pier.\n\n"
    "Later Ann Roe walked to the ferry office. The Republican nominee left the pier early.\n\n"
    "“We will not sell the ferries,” said Lena Cole.\n\n"
    "Cole gave a long speech mocking the presumptive Republican nominee.\n\n"
    "“The audit is wrong,” said Ivo Marek, who chairs the harbor board.\n\n"
    "The Democratic nominee explained on Friday that Marek had misread the figures.\n"
)

draft = draft_fixture(DRAFT)


def test_a_description_naming_a_party_is_no_one_stated_to_be_of_another(draft):
    roe = speaker_of(draft, "The docks need money")
    assert roe["party"] == "Democratic Party"
    assert "nominee" not in (roe["title"] or "")


def test_a_description_the_person_named_last_acts_on_is_someone_else(draft):
    cole = speaker_of(draft, "We will not sell the ferries")
    assert "presumptive" not in (cole["title"] or "")
    assert cole["party"] != "Republican Party"


def test_a_name_inside_the_clause_a_description_is_the_subject_of_is_someone_else(draft):
    marek = speaker_of(draft, "The audit is wrong")
    assert marek["party"] is None
    assert "nominee" not in (marek["title"] or "")

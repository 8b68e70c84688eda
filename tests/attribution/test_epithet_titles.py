"""An epithet that owns its sentence's subject (`The harbor treasurer's report will go to …`) right after a sentence
whose main subject is a person named goes on about that person as the subject itself would, even when someone
else is named after her in passing (who is not the treasurer); not when what it owns is a person (`the
treasurer's assistant`, whom the sentence is about), nor when someone named after her is the subject of a clause
of their own. A description that is the subject of a concessive clause opening its sentence (`Though the
harbor treasurer lost her own ward …, Solvang expects …`) is the person named as the main clause's subject, not
whoever was named last before (someone named in the concession is whom it acts on); not after `when` (a moment, at
which anyone may arrive) (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of

OPENING = "\u201cNo boat leaves this harbor without a working radio,\u201d said Henrike Solvang.\n\n"
CLOSING = "\n\n\u201cSome of these radios are older than I am,\u201d she said.\n"
IN_PASSING = "Solvang inspected the last of the trawlers on Thursday with an old friend, Bram Oosterhuis. "


def test_an_epithet_owning_the_next_subject_goes_on_about_her(check):
    draft = check(OPENING + IN_PASSING + "The harbor treasurer's report will go to the island council next week."
                  + CLOSING)
    assert "treasurer" in (speaker_of(draft, "older than I am")["title"] or "")


def test_the_friend_named_in_passing_is_not_the_treasurer(check):
    draft = check(OPENING + IN_PASSING + "The harbor treasurer's report will go to the island council next week."
                  + CLOSING + "\n\u201cI was glad to lend a hand,\u201d Oosterhuis said.\n")
    assert "treasurer" not in (speaker_of(draft, "glad to lend a hand")["title"] or "")
    assert "treasurer" in (speaker_of(draft, "older than I am")["title"] or "")


def test_not_when_what_it_owns_is_a_person(check):
    draft = check(OPENING + IN_PASSING + "The harbor treasurer's assistant will send the report to the island "
                  "council next week." + CLOSING)
    assert "treasurer" not in (speaker_of(draft, "older than I am")["title"] or "")


def test_not_when_someone_named_after_her_is_a_subject(check):
    draft = check(OPENING + "Solvang said Bram Oosterhuis inspected the last of the trawlers on Thursday. "
                  "The harbor treasurer's report will go to the island council next week." + CLOSING)
    assert "treasurer" not in (speaker_of(draft, "older than I am")["title"] or "")


COUNCIL = "The island council met on Friday with Bram Oosterhuis, who runs the night ferry. "
FERRY = "\n\u201cThe ferry will keep running,\u201d Oosterhuis said.\n"


def test_a_concession_describes_the_main_subject_after_it(check):
    draft = check(OPENING + COUNCIL + "Though the harbor treasurer lost her own ward by forty votes, Solvang "
                  "expects the radio levy to pass in the spring." + CLOSING + FERRY)
    assert "treasurer" in (speaker_of(draft, "older than I am")["title"] or "")
    assert "treasurer" not in (speaker_of(draft, "keep running")["title"] or "")


def test_not_a_moment_when_someone_arrived(check):
    draft = check(OPENING + COUNCIL + "When the harbor treasurer arrived at the meeting, Solvang had already left "
                  "the hall." + CLOSING + FERRY)
    assert "treasurer" not in (speaker_of(draft, "older than I am")["title"] or "")


def test_someone_named_in_the_concession_is_whom_it_acts_on(check):
    draft = check(OPENING + "The island council met on Friday. Though the harbor treasurer thanked Bram "
                  "Oosterhuis for the new timetable, Solvang expects the radio levy to pass in the spring." + CLOSING
                  + FERRY)
    assert "treasurer" in (speaker_of(draft, "older than I am")["title"] or "")
    assert "treasurer" not in (speaker_of(draft, "keep running")["title"] or "")

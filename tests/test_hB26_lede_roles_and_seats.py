"""A delayed lede's nameless subject (`A former safety inspector at X has sued …`) is the role of the quoted person
the next paragraph opens on, when nothing beside her name says what she is; a seat's constituency is no part of the
title (`TD for Harbor North` → `TD`, the Dáil her body); a post serving another post (`spokesperson for the UN
secretary-general`) speaks for the body that post heads. Invented sentences, real pipeline (session 26)."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

LEDE = (
    "Former inspector sues ferry operator\n\n"
    "EASTPORT, Maine — A former safety inspector at Grenfell Marine Services has sued the ferry operator, alleging "
    "she was dismissed after reporting cracked hulls.\n\n"
    "Dana Whitlow, who spent six years at the company, says in the complaint that her reports were ignored. "
    "“I did my job and they punished me for it,” Whitlow said in an interview.\n\n"
    "Her lawyer, Omar Prentice, called the case simple. “The documents speak for themselves,” Prentice said.\n"
)

LEDE_TITLED = (
    "Ferry operator sued\n\n"
    "A former deckhand at Grenfell Marine Services has sued the ferry operator over unpaid wages.\n\n"
    "Tom Ayles, a union organiser, says the case could spread. “Others are owed money too,” Ayles said.\n"
)

SEATS = (
    "Housing vote delayed\n\n"
    "Niamh Corrigan, a Labour TD for Dublin Bay North, said the delay was a disgrace. “Families are waiting,” "
    "Corrigan said.\n\n"
    "Tomas Reyes, spokesperson for the UN secretary-general, said aid would follow. “We are ready to help,” "
    "Reyes said.\n"
)

lede = draft_fixture(LEDE)
lede_titled = draft_fixture(LEDE_TITLED)
seats = draft_fixture(SEATS)


def test_a_delayed_ledes_subject_is_the_next_paragraphs_person(lede):
    whitlow = speaker_of(lede, "punished me")
    assert whitlow["name"] == "Dana Whitlow"
    assert whitlow["title"] == "former safety inspector"
    assert body_of(lede, "punished me") == "Grenfell Marine Services"


def test_the_ledes_role_is_not_her_lawyers(lede):
    assert speaker_of(lede, "speak for themselves")["title"] == "lawyer"


def test_a_title_beside_the_name_keeps_the_ledes_role_away(lede_titled):
    assert speaker_of(lede_titled, "owed money")["title"] == "union organiser"


def test_a_constituency_is_no_part_of_the_title(seats):
    corrigan = speaker_of(seats, "Families are waiting")
    assert corrigan["title"] == "TD"
    assert body_of(seats, "Families are waiting") == "Dáil Éireann"


def test_a_post_serving_another_post_speaks_for_its_body(seats):
    assert speaker_of(seats, "ready to help")["title"] == "spokesperson"
    assert body_of(seats, "ready to help") == "United Nations"

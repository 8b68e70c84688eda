"""An unnamed source's words kept whole: a body named at the end of the modifier that follows the source
(`said a lawyer representing the Harbor Workers Union`) reaches the affiliation stage with the text, and a
role set off after the source by a comma (`said one evacuee, a retired teacher.`) belongs to it, as it does
when the phrase opens the sentence. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_name, speaker_of

DRAFT = (
    "Floodwaters Reach the Valley\n\n"
    "The river rose three feet overnight and the town hall closed.\n\n"
    "“We lost everything in one night,” said one evacuee, a retired teacher.\n\n"
    "“Nobody told us anything,” said one evacuee, Ann Roe.\n\n"
    "“It smelled of mud for days,” said another resident, the owner of a bakery.\n\n"
    "“The pumps failed at dawn,” said a neighbor, a nurse at the county hospital, who stayed behind.\n\n"
    "“The levee was never finished,” said one farmer, a complaint heard all week.\n\n"
    "“The claims will be paid late,” said a lawyer representing the Harbor Workers Union.\n\n"
    "“The money was always short,” said an organiser for one of the two campaigns.\n"
)

draft = draft_fixture(DRAFT)


def test_a_role_set_off_closing_the_sentence(draft):
    assert speaker_name(draft, "lost everything") == "one evacuee, a retired teacher"


def test_a_role_set_off_with_its_of_phrase(draft):
    assert speaker_name(draft, "smelled of mud") == "another resident, the owner of a bakery"


def test_a_role_set_off_before_a_comma(draft):
    assert speaker_name(draft, "pumps failed") == "a neighbor, a nurse at the county hospital"


def test_a_name_set_off_is_someone_named(draft):
    assert speaker_name(draft, "Nobody told us") == "Ann Roe"


def test_a_remark_set_off_is_no_role(draft):
    assert speaker_name(draft, "never finished") == "one farmer"


def test_a_body_closing_the_modifier_is_the_organisation(draft):
    assert body_of(draft, "paid late") == "Harbor Workers Union"


def test_a_modifier_naming_no_body_is_no_title(draft):
    assert speaker_of(draft, "always short")["title"] == "organiser"


def test_a_count_that_a_relative_who_follows_is_people(check):
    # `nine others who …`: `who` says the count stands for people, an unnamed source, not a thing
    draft = check("Officials set aside 30 ballots from soldiers and nine others who only wrote \u201cno fixed "
                  "address\u201d on the form.\n")
    speaker = speaker_of(draft, "no fixed")
    assert speaker["type"] == "unnamed"

"""An unnamed source's organisation is the body its description ties it to: a role, then `at`/`with`/`for`/`of`/`in`,
`the`, the words saying which body and the body's common noun (`a senior official at the federal transport
ministry`) names that body as written, and the title shown is the role alone. A body the draft named in full that
the words point back to (`the transport ministry` after `the Ministry of Transport`) is given by its full name, as it is
for a named person's role set off after her name (`Ann Velde, the president of the pilots association,`). No
place, no person, no body of any kind (`the local group`) and no body that only serves the source (`a patient at
the county hospital`) is an organisation. A body named in capitals after the role is read the same way where no other
reading found one (`a senior official in the Harbor Office`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

WRITTEN = (
    "Bridge repairs stall on the coast road\n\n"
    "The coast road bridge will stay shut for weeks, the county said on Monday.\n\n"
    "“Weeks, not days,” said a senior official at the federal transport ministry, who had no clearance to talk "
    "publicly.\n\n"
    "“It is a mess,” said a spokesman for the state health department.\n\n"
    "“Crews sleep in shifts,” said a former officer with the state police.\n\n"
    "“Queues will grow by the hour,” said a source in the interior ministry.\n\n"
    "“We tried every gate,” said a guard at the state prison.\n\n"
    "“Two of the reports were lost,” said a member of the review panel.\n\n"
    "“We knew by noon,” said a senior official in the Harbor Office.\n"
)
POINTED_BACK = (
    "Rail timetable slips again\n\n"
    "The Ministry of Transport delayed the new rail timetable for a third time on Friday.\n\n"
    "“The signals are not ready,” said a senior official at the transport ministry.\n"
)
NO_BODY = (
    "Flood waters recede in the valley\n\n"
    "The river fell by a metre overnight, and the first families went home on Sunday.\n\n"
    "“I saw the cracks in the wall,” said a resident of the old village.\n\n"
    "“He was always careful on the water,” said a friend of the family.\n\n"
    "“The queue was long and nobody explained anything,” said a patient at the county hospital.\n\n"
    "“Not a chance they will pay,” said a spokesman for the local group.\n\n"
    "“Nothing moved all week,” said an aide to the state governor.\n\n"
    "“They never listen to the valley,” said a critic of the state water agency.\n\n"
    "“We were not consulted either,” said an official at the same agency.\n"
)

NAMED_POINTING_BACK = (
    "Pilots push back on new rota\n\n"
    "Captain Ivo Brandt is a member of the Eastmoor Harbor Pilots Association, a trade body that has long fought "
    "the port over night shifts.\n\n"
    "Ann Velde, the president of the pilots association, said the rota would leave the harbor short of pilots after "
    "dark.\n\n"
    "“Nobody can steer a tanker on four hours of sleep,” Velde said.\n"
)

written = draft_fixture(WRITTEN)
named_pointing_back = draft_fixture(NAMED_POINTING_BACK)
pointed_back = draft_fixture(POINTED_BACK)
no_body = draft_fixture(NO_BODY)


def test_a_body_written_in_lower_case_after_the_role_is_the_organisation(written):
    assert body_of(written, "Weeks, not days") == "federal transport ministry"
    assert body_of(written, "It is a mess") == "state health department"


def test_the_title_shown_is_the_role_alone(written):
    assert speaker_of(written, "Weeks, not days")["title"] == "senior official"
    assert speaker_of(written, "It is a mess")["title"] == "spokesman"


def test_a_former_post_keeps_its_former_word_and_still_names_the_body(written):
    assert body_of(written, "Crews sleep in shifts") == "state police"
    assert speaker_of(written, "Crews sleep in shifts")["title"] == "former officer"


def test_a_source_with_no_title_read_is_tied_to_the_body_its_words_name(written):
    assert body_of(written, "Queues will grow") == "interior ministry"


def test_the_whole_description_is_read_when_the_title_holds_only_the_role(written):
    assert body_of(written, "every gate") == "state prison"


def test_a_member_of_a_panel_is_tied_to_the_panel(written):
    assert body_of(written, "reports were lost") == "review panel"


def test_words_pointing_back_to_a_body_named_in_full_give_its_full_name(pointed_back):
    assert body_of(pointed_back, "signals are not ready") == "Ministry of Transport"
    assert speaker_of(pointed_back, "signals are not ready")["title"] == "senior official"


def test_a_place_or_a_family_is_no_organisation(no_body):
    assert body_of(no_body, "cracks in the wall") is None
    assert body_of(no_body, "always careful") is None


def test_a_body_that_serves_the_source_is_not_its_organisation(no_body):
    assert body_of(no_body, "queue was long") is None


def test_a_body_of_any_kind_or_a_person_is_no_organisation(no_body):
    assert body_of(no_body, "Not a chance") is None
    assert body_of(no_body, "Nothing moved") is None


def test_a_named_persons_role_of_a_body_pointing_back_by_its_own_words_gives_that_body(named_pointing_back):
    assert body_of(named_pointing_back, "steer a tanker") == "Eastmoor Harbor Pilots Association"


def test_a_body_the_source_sides_against_is_not_its_organisation(no_body):
    assert body_of(no_body, "never listen") is None


def test_a_body_named_in_capitals_after_in_is_the_organisation_and_the_title_the_role(written):
    assert body_of(written, "knew by noon") == "Harbor Office"
    assert speaker_of(written, "knew by noon")["title"] == "senior official"


def test_words_that_only_point_back_name_no_body(no_body):
    assert body_of(no_body, "not consulted either") is None

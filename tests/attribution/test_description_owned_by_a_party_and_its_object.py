"""A description a party owns (`the Lantern Party's presumptive nominee`) describes the person the story goes on
about, and a description its clause acts on (`… traded jokes with the governor`) is someone she meets, never
her. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of

QUOTE = "\n\n\u201cThe tide waits for no one,\u201d Talbot said.\n"
OPENING = "Pier walk\n\nMira Talbot walked the pier at dawn on Sunday. "


def test_a_party_owned_subject_is_the_person_and_its_object_is_not(check):
    draft = check(OPENING + "Later that day the Lantern Party's presumptive nominee traded jokes with the governor."
                  + QUOTE)
    assert speaker_of(draft, "tide waits")["title"] == "presumptive nominee"


def test_the_object_of_a_linked_description_is_someone_else(check):
    draft = check(OPENING + "In the evening the Lantern Party's presumptive nominee shared a long dinner with the "
                  "governor." + QUOTE)
    assert speaker_of(draft, "tide waits")["title"] != "governor"


def test_a_party_owned_post_still_to_be_won_is_no_title(check):
    draft = check(OPENING + "She spent the week dreaming of becoming the Lantern Party's presumptive nominee."
                  + QUOTE)
    assert speaker_of(draft, "tide waits")["title"] is None

"""A public role no one was described by (`the billionaire`, `the candidate`) stands for a person the draft
names before it, but only by what the draft says of them: a name that only owns what a verb acts on is no
candidate, and a courtesy title (`Mr.`) or a role before `for` (`a spokeswoman for Brandt`) is no office of
theirs that would rule them out (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_name_that_only_owns_an_object_is_not_the_role_holder(check):
    draft = check("A ferry fight bigger than the levy for Ivo Brandt.\n\n"
                  "In calling Jane Roe\u2019s ferry plan \u201ca gift to the island towns,\u201d the billionaire "
                  "again showed his taste for a fight.\n")
    assert speaker_of(draft, "a gift to the island towns")["name"] == "Ivo Brandt"


def test_a_courtesy_title_is_no_office(check):
    draft = check("Ivo Brandt toured the night docks on Monday with the harbor crews.\n\n"
                  "Mr. Brandt has no serious rival in the harbor race this spring.\n\n"
                  "\u201cWe will win every ward on the island,\u201d the candidate said in a statement.\n")
    speaker = speaker_of(draft, "win every ward")
    assert speaker["name"] == "Ivo Brandt" and not speaker["anonymous"]


def test_a_role_before_for_is_someone_elses(check):
    draft = check("Ivo Brandt toured the night docks on Monday with the harbor crews.\n\n"
                  "A spokeswoman for Brandt said the tour would go on all week.\n\n"
                  "Brandt has no serious rival in the harbor race this spring.\n\n"
                  "\u201cWe will win every ward on the island,\u201d the candidate said in a statement.\n")
    speaker = speaker_of(draft, "win every ward")
    assert speaker["name"] == "Ivo Brandt" and not speaker["anonymous"]


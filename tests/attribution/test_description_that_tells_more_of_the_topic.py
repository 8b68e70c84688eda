"""A definite description no one was called by (`the former deputy to Mayor Ida Marsh`, `the man who
ran the ferries for a decade`) tells the reader more about the person the sentences before are about,
or the person just quoted; not when the draft introduced someone by that noun (`a welder`), when it
puts the questions (`the moderator`), or when it names someone else (`the Kessler supporter`).
A former post someone else owns (`the port's former harbormaster`, `Mayor Roe's former aide`) tells more
about the topic too, but never makes the owner the holder, and a post held now stays unnamed
(invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_new_role_is_the_person_the_sentences_before_are_about(check):
    draft = check("Dov Kessler toured the new ferry terminal in Eastport on Monday and praised its builders.\n\n"
                  "\u201cThe night crossings will stay for as long as I have a say,\u201d said the former deputy "
                  "to Mayor Ida Marsh.\n")
    speaker = speaker_of(draft, "night crossings")
    assert speaker["name"] == "Dov Kessler" and not speaker["anonymous"]


def test_a_man_told_apart_by_what_he_did_is_the_man_just_quoted(check):
    draft = check("Dov Kessler spoke to the dock crews in Eastport on Monday.\n\n"
                  "\u201cThe night crossings will stay,\u201d he said.\n\n"
                  "The crews \u201cdeserve a harbor board that listens to them,\u201d said the man who ran "
                  "the island ferries for a decade.\n")
    speaker = speaker_of(draft, "deserve a harbor board")
    assert speaker["name"] == "Dov Kessler" and not speaker["anonymous"]


def test_a_role_someone_was_introduced_by_is_that_person(check):
    draft = check("Dov Kessler toured the new ferry terminal in Eastport on Monday. A welder who built its "
                  "ramps watched him from the dock.\n\n"
                  "\u201cNobody asked us about the night crossings,\u201d said the welder.\n")
    speaker = speaker_of(draft, "Nobody asked us")
    assert speaker["name"] != "Dov Kessler"


def test_the_one_who_asks_is_not_the_one_answering(check):
    draft = check("Dov Kessler took the stage in Eastport for the harbor debate on Monday.\n\n"
                  "\u201cMany say the night crossings cost the island too much,\u201d the moderator said.\n")
    assert speaker_of(draft, "Many say the night")["name"] != "Dov Kessler"


def test_a_description_naming_someone_else_is_not_the_topic(check):
    draft = check("Ida Marsh toured the new ferry terminal in Eastport on Monday with Dov Kessler.\n\n"
                  "At the dock, Marsh praised the builders of the ramps.\n\n"
                  "\u201cThe ramps will not last a winter,\u201d the Kessler supporter retorted.\n")
    assert speaker_of(draft, "ramps will not last")["name"] != "Ida Marsh"


def test_a_new_role_is_the_one_person_the_sentence_before_names_not_an_owner(check):
    draft = check("One of the authors of the harbor study, Ida Marsh, said Roe's ferry plan would put its "
                  "findings to the test. \u201cThe mayor has gone the other way on every point,\u201d said the "
                  "former chief aide to Governor Dov Kessler.\n")
    speaker = speaker_of(draft, "gone the other way")
    assert speaker["name"] == "Ida Marsh" and not speaker["anonymous"]


def test_a_name_in_passing_is_not_who_a_new_role_describes(check):
    draft = check("The new ferry ad opens with a clip of Ida Marsh praising the levy. \u201cEastport needs a "
                  "mayor who listens,\u201d the voice-over artist says.\n")
    assert speaker_of(draft, "mayor who listens")["name"] != "Ida Marsh"


def test_a_former_post_a_body_owns_is_the_person_the_lede_names(check):
    draft = check("Nadia Ferreira on Thursday urged the port board to reopen the north pier.\n\n"
                  "\u201cThe fishing fleet has waited three winters,\u201d the port's former harbormaster said "
                  "in an interview. \u201cIt cannot wait a fourth.\u201d\n")
    for words in ("waited three winters", "cannot wait a fourth"):
        speaker = speaker_of(draft, words)
        assert speaker["name"] == "Nadia Ferreira" and not speaker["anonymous"]


def test_a_former_post_a_person_owns_is_the_topic_not_the_owner(check):
    draft = check("Nadia Ferreira on Thursday urged the port board to reopen the north pier.\n\n"
                  "\u201cThe fishing fleet has waited three winters,\u201d Mayor Tomas Reyes's former aide said "
                  "in an interview.\n")
    speaker = speaker_of(draft, "waited three winters")
    assert speaker["name"] == "Nadia Ferreira" and not speaker["anonymous"]


def test_the_owner_of_a_former_post_is_never_its_holder(check):
    draft = check("Tomas Reyes on Thursday urged the port board to reopen the north pier.\n\n"
                  "\u201cThe fishing fleet has waited three winters,\u201d Reyes's former aide said "
                  "in an interview.\n")
    assert speaker_of(draft, "waited three winters")["name"] != "Tomas Reyes"


def test_a_post_someone_owns_now_stays_an_unnamed_source(check):
    draft = check("Nadia Ferreira on Thursday urged the port board to reopen the north pier.\n\n"
                  "\u201cThe fishing fleet has waited three winters,\u201d the port's harbormaster said.\n")
    speaker = speaker_of(draft, "waited three winters")
    assert speaker["anonymous"] and speaker["name"] != "Nadia Ferreira"

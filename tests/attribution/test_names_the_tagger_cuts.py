"""A person's name the tagger cuts in two or hides is still one person: a given name it leaves with the
title before a (two-word) surname, so that the surname alone later finds the full name and the title; and
a surname with its particles (`Van Hoek`) is no full name of its own, so the bare surname finds the full one,
even a full name the tagger took for a body's.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import analysed_draft, speaker_of

OPENING = "The ferry board met on Tuesday. "


def test_a_given_name_cut_from_a_two_word_surname_joins_it(check):
    draft = check(OPENING + "Harbor Rep. Linda Marsh Tolliver, the board's chair, opened the hearing.\n\n"
                            "\u201cThe ferries will run on time,\u201d Marsh Tolliver said.\n")
    speaker = speaker_of(draft, "run on time")
    assert speaker["name"] == "Linda Marsh Tolliver"
    assert speaker["title"] == "chair"  # (the post the board owns, set off after the name, over the seat `Rep.`)


def test_a_lone_surname_after_its_particles_is_the_person_named_in_full(check):
    draft = check("Mayor Peter van Hoek defended the ferry budget on Tuesday.\n\n"
                  "\u201cThe ferries will run on time,\u201d Van Hoek said.\n\n"
                  "The council pressed him on the cost. Hoek told the council: \u201cNobody will pay more.\u201d\n")
    for snippet in ("run on time", "Nobody will pay"):
        speaker = speaker_of(draft, snippet)
        assert speaker["name"] == "Peter van Hoek", snippet
        assert speaker["title"] == "Mayor", snippet


def test_a_full_name_the_tagger_calls_a_body_gives_the_particled_surname_its_given_name(check):
    # `Star` is a role word too; before a surname's particle it is a given name
    draft = check("The harbor strike drew support from the ferry union's Star Le Gorrec on Monday.\n\n"
                  "\u201cThe dockers deserve better,\u201d Le Gorrec said.\n")
    assert speaker_of(draft, "deserve better")["name"] == "Star Le Gorrec"


def test_a_conjunction_opening_the_sentence_is_no_part_of_a_lone_surname(pipeline, kb):
    # (the tagger sometimes runs `While` into the surname after it; asked about that run, only the surname
    # is the name, even in a story that never names the person in full)
    draft = analysed_draft(pipeline, kb, "The union hall was full.\n\nWhile Ostrowski spoke, the crowd chanted.\n")
    words = [t.text for t in draft.t]
    first, last = words.index("While"), words.index("Ostrowski")
    assert draft.strip_descriptors(first, last) == (last, last)


def test_a_title_and_given_name_tagged_apart_from_the_surname_make_one_titled_person(check):
    # (the tagger reads `Chair Dana` as one person and the surname as another, and the tokenizer may end a
    # sentence between them; the surname alone later must still find the full name and its title)
    draft = check("Zoning board delays vote\n\nThe Millbrook Zoning Board put off a vote on Thursday.\n\n"
                  "Board Chair Dana Threlkeld said members needed more time to study the drainage reports filed "
                  "last month. \"We will not rush this,\" Threlkeld said.\n")
    speaker = speaker_of(draft, "not rush this")
    assert speaker["name"] == "Dana Threlkeld"
    assert speaker["title"] == "Board Chair"


def test_two_people_set_apart_by_a_comma_stay_two(check):
    draft = check("The ferry board met on Tuesday.\n\nThe motion was backed by Chair Dana, Threlkeld and "
                  "two others.\n\n\"We will not rush this,\" Threlkeld said.\n")
    assert speaker_of(draft, "not rush this")["name"] != "Dana Threlkeld"


def test_a_relatives_double_surname_is_one_name(check):
    draft = check("Dorian Pell, 64, is retiring after 30 years as a chief of staff on the Hill.\n\n"
                  "Their daughter, Anneliese Pell-Marchetti, said her father had promised to learn to cook. "
                  "\u201cHe says one new dish a month,\u201d she said.\n")
    speaker = speaker_of(draft, "one new dish")
    assert speaker["name"] == "Anneliese Pell-Marchetti"


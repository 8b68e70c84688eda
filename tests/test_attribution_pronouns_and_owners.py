"""Pronouns and owners the attribution stage used to lose.

A company's `it` after a lone name a description of a thing sets off (`Corvantis, the Leeds maker of garden
tools, said it …`); a he after a nameless subject the tagger buried under its participle (`A man loading …`);
a nameless worker `at` a shop named for its owner, who is not the owner; a field tagged as a verb inside a
title (`Labour's housing spokesman`); a plural's bare apostrophe owning a title set off before the name (`The
Greens' policy director, X, said … . "…," he said`: he is X). Invented sentences, real pipeline.
"""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

COMPANY = (
    "Corvantis trims staff\n\n"
    "Corvantis, the Leeds maker of garden tools, said on Monday that it would close two plants as part of what it "
    "called in a filing a “return to basics.”\n\n"
    "The company's finance chief, Orla Whitcombe, said the plants had lost money for years. “We waited too long,” "
    "Ms. Whitcombe said.\n"
)

PARTICIPLE = (
    "Wells run dry in Marden\n\n"
    "Farmers in Marden queued at the depot on Sunday. “We have never seen it this bad,” said Tomas Reyes, a "
    "dairy farmer who has worked the valley for 30 years.\n\n"
    "A man loading sacks of feed onto his trailer, who would not give his name, said the council had been told "
    "in spring. “They all knew,” he said.\n"
)

WALKERS = (
    "Flood defences questioned\n\n"
    "Residents of Marden met on Sunday. \"We asked for help for years,\" said Tomas Reyes, who farms near the "
    "river.\n\n"
    "A woman walking her dog along the levee, who asked that her name not be used, said the council had ignored the "
    "warnings. \"They never came,\" she said.\n\n"
    "\"It is a disgrace,\" said Peter Lund, a retired engineer.\n\n"
    "A young man waving a Labour flag said the minister should resign. \"He has done nothing,\" he said.\n"
)

SHOP = (
    "A bakery closes\n\n"
    "Pellow's, the bakery on Quay Street, will shut next month after 60 years. Its owner, Martin Pellow, said "
    "the rent had doubled. “We tried everything,” Mr. Pellow said.\n\n"
    "One baker at Pellow's, who asked not to be named, said the staff had been “told nothing at all.”\n"
)

TITLES = (
    "Rail plan attacked\n\n"
    "The government's rail plan came under fire on Monday. \"It will not move a single extra train,\" said Ines "
    "Haddad, a commuter campaigner.\n\n"
    "Labour's housing spokesman Kit Farrow said the plan was \"a stunt.\"\n\n"
    "The Republicans' finance chairman, Rhys Hurst, said the plan was sound. \"It pays its own way,\" he said.\n"
)

company = draft_fixture(COMPANY)
participle = draft_fixture(PARTICIPLE)
walkers = draft_fixture(WALKERS)
shop = draft_fixture(SHOP)
titles = draft_fixture(TITLES)


def test_it_after_a_lone_name_a_body_description_sets_off_is_that_body(company):
    speaker = speaker_of(company, "return to basics")
    assert speaker["name"] == "Corvantis"
    assert speaker["type"] == "organisation"


def test_the_named_person_of_the_company_is_still_a_person(company):
    speaker = speaker_of(company, "We waited too long")
    assert speaker["name"] == "Orla Whitcombe"
    assert speaker["type"] == "person"


def test_a_he_after_a_nameless_subject_hidden_by_its_participle_is_that_person(participle):
    speaker = speaker_of(participle, "They all knew")
    assert speaker["type"] == "unnamed"
    assert speaker["name"] == "A man loading sacks of feed onto his trailer"


def test_the_named_farmer_keeps_his_own_quote(participle):
    assert speaker_of(participle, "never seen it this bad")["name"] == "Tomas Reyes"


def test_a_nameless_subjects_participle_phrase_is_part_of_who_she_is(walkers):
    speaker = speaker_of(walkers, "They never came")
    assert speaker["type"] == "unnamed"
    assert speaker["name"] == "A woman walking her dog along the levee"


def test_what_a_nameless_subject_is_doing_gives_no_party(walkers):
    speaker = speaker_of(walkers, "He has done nothing")
    assert speaker["type"] == "unnamed"
    assert speaker["party"] is None


def test_a_nameless_worker_at_a_shop_named_for_its_owner_is_not_the_owner(shop):
    speaker = speaker_of(shop, "told nothing at all")
    assert speaker["type"] == "unnamed"
    assert speaker["name"] != "Martin Pellow"


def test_the_owner_keeps_his_own_quote(shop):
    assert speaker_of(shop, "We tried everything")["name"] == "Martin Pellow"


def test_a_field_tagged_as_a_verb_stays_in_the_title_with_its_owner(titles):
    speaker = speaker_of(titles, "a stunt")
    assert speaker["name"] == "Kit Farrow"
    assert speaker["title"] == "housing spokesman"
    assert speaker["party"] == "Labour Party"


def test_a_plurals_bare_apostrophe_owns_the_title_set_off_before_the_name(titles):
    speaker = speaker_of(titles, "pays its own way")
    assert speaker["name"] == "Rhys Hurst"
    assert speaker["title"] == "finance chairman"

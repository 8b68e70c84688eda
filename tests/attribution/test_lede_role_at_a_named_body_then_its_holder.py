"""A lede that describes someone by a role at a named body (`The night manager of the Corran Hotel …`) and a
next paragraph that opens by naming a person, bare, as its subject: one person, as a lede describes whom it
names next. Someone named with a role of her own is someone else (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_the_person_named_next_is_the_one_the_lede_described(check):
    draft = check("The night manager of the Corran Hotel said on Sunday that guests had \u201cnowhere safe to "
                  "sleep\u201d after the flood.\n\n"
                  "Rhona Keddie, 47, has run the front desk for a decade. \u201cWe moved everyone to the "
                  "ballroom,\u201d Keddie said.\n")
    speaker = speaker_of(draft, "nowhere safe")
    assert speaker["name"] == "Rhona Keddie" and not speaker["anonymous"]


def test_someone_named_next_with_a_role_of_her_own_is_someone_else(check):
    draft = check("The night manager of the Corran Hotel said on Sunday that guests had \u201cnowhere safe to "
                  "sleep\u201d after the flood.\n\n"
                  "Fire officer Rhona Keddie said the water rose within minutes. \u201cWe moved everyone to the "
                  "ballroom,\u201d Keddie said.\n")
    speaker = speaker_of(draft, "nowhere safe")
    assert speaker["anonymous"] and speaker["name"] != "Rhona Keddie"

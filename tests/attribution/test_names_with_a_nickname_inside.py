"""A nickname in quotes inside a name (`Rep. Harold T. "Hal" Brisco`) leaves one person, named and titled as
written around it; a word naming a kind of body that the tagger ran into a name (`Senate` in `Tim Kaine's
Senate seat`) is nobody. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_name, speaker_of

NICKNAMED = (
    "MILLBROOK, Ore. - Every August since his first run for office, Rep. Harold T. \"Hal\" Brisco has hosted a "
    "fish fry on the town green.\n\n"
    "\u201cThis is a big year for us,\u201d Brisco said.\n\n"
    "Former Army Sgt. Juan \"Chico\" Marquez, a medic, was there too. \u201cWe came early,\u201d Marquez said.\n"
)


def test_a_nickname_inside_a_name_leaves_one_titled_person(check):
    draft = check(NICKNAMED)
    assert speaker_of(draft, "big year")["name"] == "Harold T. Brisco"
    assert speaker_of(draft, "big year")["title"] == "Rep."
    assert speaker_name(draft, "came early") == "Juan Marquez"


def test_a_body_word_run_into_a_name_is_nobody(check):
    draft = check(
        "Tim Vessey's Senate seat may open next year, and Rep. Ann Roe wants it.\n\n"
        "\u201cI am ready,\u201d Roe said.\n\n"
        "The winner will need help in the Senate, where the vote on the ferry bill was close.\n\n"
        "At the rally, the band leader said, \u201cWe will play all night.\u201d\n")
    assert speaker_name(draft, "play all night") != "Senate"

"""`One mother in Cobbler's Run said …`, then a paragraph that opens on `Hank Belardi, president of …`: the
possessive is a place's name (`Cobbler's Run`), not someone owning her role, so the unnamed mother is not the
man the next paragraph names, and her `she` stays hers. A lede of whose someone is (`Kessler's campaign
manager says …`, `Roe's right-hand woman`) is still the person named next."""

from __future__ import annotations

NEXT = ("Hank Belardi, president of the drivers' association, said the shortage had been building. "
        "\"They treated drivers badly,\" Belardi said.\n")


def test_a_place_named_with_a_possessive_owns_no_role(check):
    draft = ("Bus drivers short\n\nOne mother in Cobbler's Run said she had been warned. "
             "\"I can't be in two places at once,\" she said.\n\n" + NEXT)
    speaker = check(draft)["quotes"][0]["speaker"]
    assert speaker["type"] == "unnamed"
    assert speaker["anonymous"] is True


def test_a_lede_describing_whose_someone_is_is_the_person_named_next(check):
    draft = ("Bus drivers short\n\n"
             "Mayor Tilde Ruiz's right-hand woman rallied parents, saying: \"We will find drivers.\"\n\n"
             "Ada Quist, deputy chief of staff to Ruiz, wrote to parents on Monday. "
             "\"Every route matters,\" Quist said.\n")
    speaker = check(draft)["quotes"][0]["speaker"]
    assert speaker["name"] == "Ada Quist"

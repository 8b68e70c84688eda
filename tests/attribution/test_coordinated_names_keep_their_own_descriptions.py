"""Two people joined by `and`, each with a party or title before the name, keep their own: the words before
the second name stop at the conjunction, not at the first person's party; a title before both is shared.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, speaker_of

QUOTES = ("\n\n\u201cWe will keep the ferries running,\u201d Roe said.\n\n"
          "\u201cThe ferries are late every day,\u201d Kessler said.\n")


def test_the_second_of_two_party_members_keeps_her_own_party(check):
    draft = check("The ferry vote drew two candidates on Monday: Republican Ann Roe and Democrat Dov Kessler."
                  + QUOTES)
    assert speaker_of(draft, "keep the ferries")["party"] == "Republican Party"
    assert speaker_of(draft, "late every day")["party"] == "Democratic Party"


def test_a_title_before_both_names_is_still_shared(check):
    draft = check("The ferry bill was backed by Sens. Ann Roe and Dov Kessler on Monday." + QUOTES)
    assert speaker_of(draft, "keep the ferries")["title"] == "senator"
    assert speaker_of(draft, "late every day")["title"] == "senator"


def test_a_title_before_both_names_is_shared_past_the_first_ones_party_tag(check):
    # `Sens. Ann Roe (D-Ore.) and Dov Kessler (R-Kan.)`: the first senator's party tag stands between them,
    # and each keeps her own party from her own tag
    draft = check("The ferry bill was backed by Sens. Ann Roe (D-Ore.) and Dov Kessler (R-Kan.) on Monday."
                  + QUOTES)
    assert speaker_of(draft, "late every day")["title"] == "senator"
    assert speaker_of(draft, "late every day")["party"] == "Republican Party"
    assert speaker_of(draft, "keep the ferries")["party"] == "Democratic Party"


def test_a_singular_title_before_the_first_name_stays_hers_past_her_party_tag(check):
    draft = check("The ferry bill was backed by Rep. Ann Roe (D-Ore.) and Dov Kessler on Monday." + QUOTES)
    assert speaker_of(draft, "keep the ferries")["title"] == "Rep."
    assert speaker_of(draft, "late every day")["title"] is None


def test_a_plural_title_kept_as_written_is_each_ones_title(check):
    # `Reps.` before two names: each is a `Rep.`, and sits in the House
    draft = check("The ferry bill was backed by Reps. Ann Roe (D-Ore.) and Dov Kessler (R-Kan.) on Monday."
                  + QUOTES)
    for snippet in ("keep the ferries", "late every day"):
        assert speaker_of(draft, snippet)["title"] == "Rep."
        assert body_of(draft, snippet) == "House of Representatives"

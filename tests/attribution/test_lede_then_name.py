"""A lede that describes someone by whose they are (`Dov Kessler's campaign manager says …`) and the
paragraph after it that names them first, as its subject, are about one person, not an unnamed source
(invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import rules_of, speaker_of

LEDE = ("The harbor board delayed its vote on the ferry levy again on Tuesday.\n\n"
        "Dov Kessler\u2019s campaign manager says she is \u201cdeeply relieved\u201d that the board dropped its "
        "complaint about the rally.\n\n")


def test_the_paragraph_after_a_lede_names_the_person_it_described(check):
    draft = check(LEDE + "Ida Marsh, in a note sent to volunteers late on Thursday, thanked the board for its "
                         "\u201ccareful review\u201d of the rally.\n")
    speaker = speaker_of(draft, "deeply relieved")
    assert speaker["name"] == "Ida Marsh" and not speaker["anonymous"]
    assert "anonymous-source" not in rules_of(draft)


def test_a_person_named_before_the_lede_is_not_the_one_it_describes(check):
    draft = check("Ida Marsh runs the ferry union.\n\n" + LEDE
                  + "Ida Marsh, in a note sent to volunteers late on Thursday, thanked the board for its "
                    "\u201ccareful review\u201d of the rally.\n")
    assert speaker_of(draft, "deeply relieved")["anonymous"]

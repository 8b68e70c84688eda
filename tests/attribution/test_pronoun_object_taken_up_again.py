"""`With the stubborn Kline, there is little chance of that. Just ask him. "…," he said`: a person named only as an
object is passing, and a he/she goes on with the last speaker; but a him/her in a later sentence, with no one else
named between, takes the object up again, and the he/she after it is that person (invented sentences, real
pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_him_in_a_later_sentence_takes_the_object_up_again(check):
    draft = check("Harbor fight heats up.\n\n"
                  "In his song, Billy Marsh sings, \u201cNever change for anyone.\u201d With the stubborn Hal Kline, "
                  "there is little chance of that. Just ask him. \u201cYou think I will change?\u201d he said at a "
                  "rally last month. \u201cI am not changing.\u201d\n")
    assert speaker_of(draft, "You think I will change")["name"] == "Hal Kline"
    assert speaker_of(draft, "I am not changing")["name"] == "Hal Kline"


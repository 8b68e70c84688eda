"""Who a he/she means: the gender of a given name the census lists lack, and a relative set off after
`his`/`her`.

- a short form or a name common in international news (`Philippe`) shows its bearer's gender as a
  census name does, so a `she` right after a sentence about him is not him;
- `his wife, Ada,` is Ada with the family name of the man the sentences before are about (as
  `Kessler's wife, Ada,` already is), and a later `she` who is Ada shows that full name;
- a sentence the splitter cut at a title's abbreviation (`notably Govs. | Dov Kessler and Ivo Brandt,
  who …`) is read whole by the he/she chain: its subject is the one who held back, not a critic.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name

CASES = [
    pytest.param(
        "\u201cThe ferry runs late again,\u201d said Ann Roe, a harbor clerk.\n\n"
        "Philippe Marsh, the new owner of the marina, toured the dock on Monday. "
        "\u201cWe open at noon,\u201d she said.",
        "We open at noon", "Ann Roe", id="given-name-added-by-hand"),
    pytest.param(
        "Harbor levy vote nears.\n\n"
        "Sen. Tom Kessler toured the ferry dock in Eastland on Monday and promised to fight the new harbor levy. "
        "He said the fee would hurt every family on the island.\n\n"
        "On the radio Tuesday, his wife, Ada, urged voters to turn out. "
        "\u201cThe island cannot afford another tax,\u201d she said.",
        "cannot afford another tax", "Ada Kessler", id="his-wife-given-name"),
    pytest.param(
        "Mayor Lena Brandt opened the new clinic in Dover on Friday and thanked the nurses who staffed it.\n\n"
        "Her husband, Tom, a retired teacher, stood beside her. \u201cShe worked on this for ten years,\u201d he said.",
        "worked on this for ten years", "Tom Brandt", id="her-husband-given-name"),
    pytest.param(
        "Senate race tightens.\n\n"
        "Tom Roe, a state senator, says he did well in the last debate.\n\n"
        "On a radio show Monday, Roe held back from criticizing his two critics, notably Govs. Dov Kessler "
        "and Ivo Brandt, who say the young senator lacks the experience to lead.\n\n"
        "He dismissed criticism of his debate, saying it was his campaign's \u201cbest night yet.\u201d",
        "best night yet", "Tom Roe", id="sentence-cut-at-a-title"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), CASES)
def test_who_the_pronoun_means(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker

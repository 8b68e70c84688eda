"""Who a he/she is, read from the sentences before it: shapes the subject chain walks over or stops at.

- a speech verb in the passive (`motions are announced in order, he explained`) speaks of its subject,
  which is no speaker;
- a definite public role as subject (`The senator spent the morning …`) that no one was described by
  is the person the story is about, named further back;
- the owner of an oblique (`Angered by Reyes's record, he …`) is no more the he/she than the oblique is;
- the one name that may be the he/she before it in its sentence (`Sen. Oakes Brandt …, didn’t oppose …,
  but he did ask …`) is the he/she, however the parse joins the clauses, unless the name is inside
  the question she is asked (`Asked what she thinks of the plan Larch unveiled, she said …`);
- in a sentence where one asks and another answers, the one who answers is who it is about;
- an unnamed source whose words show the he/she's gender (`complained one mother …`), quoted after a
  person of that gender was named, is who the he/she next means, not that person;
- a `-man` title (`spokesman`) weighs less than a woman's given name: the two cancel out.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name

CHAIN_CASES = [
    pytest.param(
        "“The budget is sound,” said Principal Tom Vance.\n\n"
        "Oduya wants the school board to reopen the library. At each meeting, motions are announced in the "
        "order they were filed, he explained, so Vance's own plan will be voted on long before the library "
        "comes up.\n\n“We will keep asking until someone listens,” he said.",
        "until someone listens", "Oduya", id="passive-speech-verb"),
    pytest.param(
        "“The harbor fees stay,” said Tom Kessler, the port director.\n\n"
        "Oakes Brandt opened a new clinic in Eastland on Friday, across the street from Kessler's office.\n\n"
        "The senator spent the morning greeting nurses and said he plans to fund two more. He also said the "
        "port “owes the town a clinic.”",
        "owes the town", "Oakes Brandt", id="definite-public-role"),
    pytest.param(
        "“The mill will reopen,” said Gov. Tom Reyes.\n\n"
        "Dov Marsh lost his job at the mill last spring. Angered by Reyes's record, he now hands out "
        "leaflets for the challenger.\n\n“Every house gets one,” he said.",
        "Every house gets one", "Dov Marsh", id="owner-of-an-oblique"),
    pytest.param(
        "“The quota is too low,” said Tom Kessler, a trawler captain.\n\n"
        "Sen. Oakes Brandt (D-Ore.), the fisheries board's senior member, didn’t oppose the quota set by Judge "
        "Ann Pell, but he did ask for a review next year. “The boats deserve a fair count,” he told the board.",
        "fair count", "Oakes Brandt", id="one-name-before-the-pronoun"),
    pytest.param(
        "“The levy will pass,” said Mayor Greta Larch.\n\n"
        "Ann Roe runs the parents' group at the school. Asked what she thinks of the plan Larch unveiled on "
        "Monday, she said: “It needs work.”\n\n“A lot of work,” she added.",
        "A lot of work", "Ann Roe", id="a-name-in-the-question-asked"),
    pytest.param(
        "“We open at noon,” said Tom Kessler, the market manager.\n\n"
        "On the morning show, Dan Pell asked the grower how much the frost had cost, and Brandt replied: "
        "“Half the orchard.”\n\n“We will replant in April,” he added.",
        "replant in April", "Brandt", id="the-one-who-answers"),
    pytest.param(
        "“Prices went up again,” said Ann Roe, 52, a baker on Mill Street. She said the shop now opens at six."
        "\n\n“The bus never comes on time,” complained one mother waiting at the Eastland depot with two "
        "children. “We wait an hour,” she said.",
        "We wait an hour", "one mother waiting at the Eastland depot with two children", id="unnamed-of-that-gender"),
    pytest.param(
        "“The bridge will open in May,” said Transit Authority spokesman Greta Larch.\n\n"
        "“Nobody asked the riders,” said Ann Roe, who runs a commuter group.\n\n"
        "Authority spokesman Greta Larch said later that the survey was done in April. "
        "“We heard from four thousand riders,” she said.",
        "four thousand riders", "Greta Larch", id="generic-masculine-title"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), CHAIN_CASES)
def test_the_chain_finds_who_the_pronoun_is(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker

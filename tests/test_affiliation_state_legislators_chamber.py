"""`State Sen. X`, `state Rep. Y` in a draft that names one state sit in that state's chamber (`Missouri Senate`,
`Missouri House of Representatives`), beside a party the draft states; `Washington` alone is the capital, no second
state. With two states named, which one is not said, so no chamber is given. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

ONE_STATE = (
    "Flood aid slow\n\n"
    "JEFFERSON CITY, Mo. — Gov. Lucy Bright declared an emergency in Missouri on Monday.\n\n"
    "Not everyone blamed Washington. State Sen. Clement Yoder, a Democrat from St. Louis, said the state had been "
    "slow. “People waited three days,” Yoder said.\n\n"
    "State Rep. Ann Kettle said little. “We will see,” Kettle said.\n"
)
TWO_STATES = (
    "Levy vote\n\n"
    "State Sen. Ann Kettle compared the levy in Ohio with the one in Texas. “We will see,” Kettle said.\n"
)

one_state = draft_fixture(ONE_STATE)
two_states = draft_fixture(TWO_STATES)


def test_a_state_senator_sits_in_the_one_named_states_senate(one_state):
    assert body_of(one_state, "People waited three days") == "Missouri Senate"
    assert speaker_of(one_state, "People waited three days")["party"] == "Democratic Party"


def test_a_state_representative_sits_in_its_house(one_state):
    assert body_of(one_state, "We will see") == "Missouri House of Representatives"


def test_with_two_states_named_no_chamber_is_given(two_states):
    assert body_of(two_states, "We will see") is None

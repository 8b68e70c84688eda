"""Words set off after a name that are about someone else give her no title, and tie no description to her:
whom she serves (`an adviser to the governor`), what a relative clause says she did (`who gave the reply to the
king's speech`), and whoever owns something. A post joined on after such a clause (`who founded a bakery and is
now treasurer of X`) is hers. A description opening a concessive clause is the person named as the main subject
after it, even where the tagger lost the clause. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

SERVED = (
    "The council met on Monday to debate the port budget.\n\n"
    "“I’m a voter,” declares Tessa Marlow, 27, a Navy veteran.\n\n"
    "“We need the money,” said Paul Varga, an adviser to the governor.\n"
)

SERVED_NAMED = (
    "Gov. Ann Lowe toured the dam on Monday.\n\n"
    "“We need the money,” said Paul Varga, an adviser to the governor.\n\n"
    "“It is done,” the governor said.\n"
)

STORY = (
    "The editorial is a defense of the mining town’s budget. Maya Singh, who gave the reply to the king’s speech, "
    "is a rising star.\n\n"
    "“I am staying,” Singh said.\n"
)

JOINED = (
    "“It was a trap,” said Rosa Dunn, who sold her dairy in 2004 and is vice chair of the Harbor Growers "
    "Association.\n\n"
    "“It was fine,” said Ivo Marsh, who founded a bakery in 1990 and is the treasurer of the Dunmore Rowing Club.\n"
)

CONCEDED = (
    "The week gave a lift to the insurgent campaign of Dana Kline, who rose from obscurity to win primaries "
    "across the north.\n\n"
    "Though the senator from Eastland trails Ruth Abbot in the delegate count by a wide margin, Kline has been "
    "touring the coast in hopes of an upset.\n\n"
    "“We are not done,” Kline said.\n"
)

SERVED_BY_A_GROUP = (
    "The board voted on Thursday to keep Lena Torvik as its auditor.\n\n"
    "“The port can breathe again,” Torvik told reporters after the vote.\n\n"
    "Two aides to the governor, who spoke on condition of anonymity, said the vote had been close.\n\n"
    "“I have never taken a dime from the shippers,” Torvik said.\n"
)

served = draft_fixture(SERVED)
served_by_a_group = draft_fixture(SERVED_BY_A_GROUP)
served_named = draft_fixture(SERVED_NAMED)
story = draft_fixture(STORY)
joined = draft_fixture(JOINED)
conceded = draft_fixture(CONCEDED)


def test_whom_someone_serves_is_no_title_of_the_person_named_before(served):
    assert speaker_of(served, "a voter")["title"] == "Navy veteran"
    assert speaker_of(served, "need the money")["title"] == "adviser to the governor"


def test_whom_a_group_of_aides_serves_is_not_the_person_named_before(served_by_a_group):
    assert "governor" not in (speaker_of(served_by_a_group, "never taken a dime")["title"] or "")


def test_the_role_someone_serves_is_not_theirs_when_the_role_speaks(served_named):
    who = speaker_of(served_named, "It is done")
    assert who["name"] == "Ann Lowe"
    assert who["title"] == "governor"


def test_what_a_relative_clause_says_she_did_names_no_role_of_hers(story):
    who = speaker_of(story, "I am staying")
    assert who["name"] == "Maya Singh"
    assert who["title"] is None


def test_a_post_joined_on_after_a_story_is_the_one_she_holds(joined):
    assert speaker_of(joined, "was a trap")["title"] == "vice chair of the Harbor Growers Association"
    assert speaker_of(joined, "was fine")["title"] == "treasurer of the Dunmore Rowing Club"


def test_the_description_opening_a_concession_is_the_main_subject_after_it(conceded):
    assert speaker_of(conceded, "not done")["title"] == "senator from Eastland"

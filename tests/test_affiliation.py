"""Title, organisation and party a report shows for a speaker: patterns met in political news,
each on sentences written for it and run through the real Stanza pipeline."""

from __future__ import annotations

import pytest

from conftest import quote_with, speaker_of

DRAFT = (
    "Democratic front-runner Rosa Kettering toured the plant on Monday. “We will win this,” Kettering said.\n\n"
    "“It was a bad deal,” said former Sen. Evan Brandt, a centrist Ohio Democrat who stayed out of the race.\n\n"
    "“We lost the vote,” said Hugh Tiller, a critic of Democrats in the county.\n\n"
    "Attorney General Mara Quell defended the ruling. “We followed the law,” Quell said.\n\n"
    "“We are prepared,” said Homeland Security Secretary Tobias Fenn.\n\n"
    "“We will sue the company,” said Ohio Attorney General Dirk Pell.\n\n"
    "“Turnout decides it,” said Lou Tarrant, a well-known Vermont Democrat.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


def test_a_hyphenated_title_before_a_name_gives_the_title_and_party(draft):
    speaker = speaker_of(draft, "win this")
    assert speaker["name"] == "Rosa Kettering"
    assert speaker["title"] == "Democratic front-runner"
    assert speaker["party"] == "Democratic Party"


def test_a_party_in_an_appositive_that_is_no_title_is_the_party(draft):
    speaker = speaker_of(draft, "bad deal")
    assert speaker["title"] == "former senator"
    assert speaker["party"] == "Democratic Party"


def test_a_party_member_from_a_place_names_no_organisation(draft):
    assert speaker_of(draft, "Turnout decides")["party"] == "Democratic Party"
    assert quote_with(draft, "Turnout decides")["affiliation"] is None  # not a body called `New York Democrat`


def test_a_party_after_a_link_in_an_appositive_is_someone_elses(draft):
    assert speaker_of(draft, "lost the vote")["party"] is None


def test_a_national_office_names_its_department(draft):
    quell = quote_with(draft, "followed the law")
    assert (quell["affiliation"] or {}).get("name") == "Department of Justice"
    fenn = quote_with(draft, "are prepared")
    assert (fenn["affiliation"] or {}).get("name") == "Department of Homeland Security"


def test_a_state_office_is_not_the_national_department(draft):
    pell = quote_with(draft, "sue the company")
    assert (pell["affiliation"] or {}).get("name") != "Department of Justice"


def test_a_relative_clause_stating_a_past_post_is_a_former_title_without_its_body(check):
    doc = check("The video shows Wanda Sherwin, who was undersecretary of commerce in 2011, describing the plan. "
                "“Things move fast,” Sherwin said.\n\n"
                "“It is done,” said Paul Greer, who has served as the director of the Hollis Institute since 2010.\n")
    sherwin = quote_with(doc, "move fast")
    assert sherwin["speaker"]["title"] == "former undersecretary of commerce"
    greer = quote_with(doc, "It is done")
    assert greer["speaker"]["title"] == "director of the Hollis Institute"
    assert (greer["affiliation"] or {}).get("name") == "Hollis Institute"


def test_a_relative_clause_telling_a_story_or_after_a_title_gives_no_title(check):
    doc = check("“We came early,” said Joe Bates, who drove down from Maine to help.\n\n"
                "“We fought,” said former Ohio governor Ed Marlow, who was chairman of the Velde Fund.\n")
    assert speaker_of(doc, "came early")["title"] is None
    assert speaker_of(doc, "We fought")["title"] == "former Ohio governor"


@pytest.mark.parametrize(("text", "snippet", "title"), [
    ("“It failed,” said Vic Chan, a former Asia director at the Merriam Council.\n", "It failed",
     "former Asia director at the Merriam Council"),  # the body of a post no longer held is not hers
    ("“We have no national primary,” said Stu Stenner, who was Mitt Ramsey’s top adviser in 2012.\n",
     "national primary", "Mitt Ramsey’s former top adviser"),  # a past post under someone: the possessor first
    ("“We knew,” said Ann Quell, who chaired the Dunmore Port Board until 2004.\n", "We knew",
     "former chair of the Dunmore Port Board"),  # `until 2004` says when, no part of the post
])
def test_a_former_post_is_the_title_and_its_body_no_organisation(check, text, snippet, title):
    quote = quote_with(check(text), snippet)
    assert quote["speaker"]["title"] == title
    assert quote["affiliation"] is None


def test_a_party_opening_the_name_of_the_body_she_heads_is_her_party(check):
    doc = check("“It is a problem,” said Montana Sen. Jon Tessel, chairman of the Democratic Senatorial "
                "Campaign Committee.\n\n"
                "“That was wrong,” said Lena Ostrow, an aide to Republican Sen. Paul Marr.\n")
    assert speaker_of(doc, "a problem")["party"] == "Democratic Party"
    assert speaker_of(doc, "was wrong")["party"] is None


def test_a_title_with_its_complement_set_off_before_the_name_is_the_title(check):
    doc = check("Voss rally draws thousands.\n\n"
                "The Republican nominee for president, Dan Voss, spoke in Ohio. “It is a disaster,” Voss said.\n")
    speaker = speaker_of(doc, "a disaster")
    assert speaker["title"] == "Republican nominee for president"
    assert speaker["party"] == "Republican Party"


def test_a_description_set_off_before_the_name_inside_a_prepositional_phrase(check):
    doc = check("A letter went out from the club’s executive director, Jerry Borden, to the members. "
                "“We will meet,” Borden said.\n")
    assert speaker_of(doc, "will meet")["title"] == "executive director"


def test_a_long_appositive_gives_the_role_before_its_place(check):
    doc = check("Bob Fried, a radio host and programme manager at the smallest station in the county, was blunt. "
                "“It was a warning,” said Fried.\n")
    assert speaker_of(doc, "a warning")["title"] == "radio host and programme manager"


APPOSITIVES = (
    "“The plan is made possible by its money,” said Kate Harbin, Lumen’s regional policy and community "
    "outreach director.\n\n"
    "“It is different on the ground,” said Ann Dupree, a steering committee member of the Guild of Tutors.\n\n"
    "“Many knew about it,” said Rick Holt, a longtime GOP donor engaged in the drive.\n\n"
    "“It matters,” wrote Tom Gold, publisher of Lawblog.\n\n"
    "“He will be a major influence,” said Lena Osei, chief economist for the Harbor Board of "
    "Trade and a longtime Tate friend.\n\n"
    "“Two of us agree,” said one member.\n"
)


def test_appositive_roles_the_head_word_alone_misses(check):
    doc = check(APPOSITIVES)
    assert speaker_of(doc, "made possible")["title"] == "regional policy and community outreach director"
    assert speaker_of(doc, "different on the ground")["title"] == "steering committee member of the Guild of Tutors"
    assert speaker_of(doc, "Many knew")["title"].startswith("longtime GOP donor")
    assert speaker_of(doc, "It matters")["title"] == "publisher of Lawblog"
    assert speaker_of(doc, "Two of us")["title"] is None  # a member of nothing named is no role


def test_a_body_ends_where_another_description_is_joined_on(check):
    quote = quote_with(check(APPOSITIVES), "major influence")
    assert quote["speaker"]["name"] == "Lena Osei"
    assert (quote["affiliation"] or {}).get("name") == "Harbor Board of Trade"


def test_third_parties_are_parties(check):
    doc = check("“We are surging,” said Libertarian nominee Ross Pember.\n\n"
                "“We are growing,” said Green Party candidate Ada Morrow.\n")
    assert (speaker_of(doc, "surging")["title"], speaker_of(doc, "surging")["party"]) == (
        "Libertarian nominee", "Libertarian Party")
    assert (speaker_of(doc, "growing")["title"], speaker_of(doc, "growing")["party"]) == (
        "Green Party candidate", "Green Party")


def test_a_former_party_officer_keeps_the_party(check):
    quote = quote_with(check("“It was rigged,” said former RNC chairman Hal Brevik.\n"), "rigged")
    assert quote["speaker"]["party"] == "Republican Party"
    assert quote["affiliation"] is None


def test_an_appositive_before_a_relative_clause_with_a_speech_verb_still_describes(check):
    doc = check("“There are two people,” said Rick Wilde, an Oregon-based Republican consultant who once ran "
                "polls for Ames and has counseled a harbor lobby since May. “That is it.”\n\n"
                "In Lomax, voters hear a candidate who thinks as they do. “We agree,” said Ora Lomax.\n")
    assert (speaker_of(doc, "two people")["title"], speaker_of(doc, "two people")["party"]) == (
        "Oregon-based Republican consultant", "Republican Party")
    assert speaker_of(doc, "We agree")["title"] is None


def test_a_party_tag_with_a_hyphenated_state(check):
    doc = check("Tom Hester was joined by Sen. Ray Colter (D-W-Va.) and others. “We disagree,” Colter said.\n")
    assert speaker_of(doc, "disagree")["party"] == "Democratic Party"


def test_an_independent_party_tag_is_read_like_the_others(check):
    doc = check("Rita Lund spoke after Sen. Ada Moyle (I-Maine) left the hall. “We hold firm,” Moyle said.\n")
    assert speaker_of(doc, "hold firm")["party"] == "Independent"


def test_a_role_after_another_person_joined_on_is_the_speakers_own(check):
    doc = check("Hillary Clinton and Republican nominee Dan Voss clashed on Monday. “It is a disaster,” Voss said.\n\n"
                "Idaho Republican Sens. Mike Crane and Jim Rusk backed the bill. “It is fair,” Rusk said.\n")
    voss = speaker_of(doc, "a disaster")
    assert (voss["title"], voss["party"]) == ("Republican nominee", "Republican Party")
    assert speaker_of(doc, "It is fair")["party"] == "Republican Party"  # a title two share


def test_a_title_set_off_before_a_name_after_the_quote_is_read(check):
    doc = check("“The trains will run,” Harbor Rail’s chief executive, Andrew Lasko, said.\n")
    quote = quote_with(doc, "trains will run")
    assert (quote["speaker"]["name"], quote["speaker"]["title"]) == ("Andrew Lasko", "chief executive")
    assert (quote["affiliation"] or {}).get("name") == "Harbor Rail"


def test_a_body_the_knowledge_base_knows_by_name_before_a_title_is_the_organisation(check):
    doc = check("“We oppose this,” Chinese Foreign Ministry spokeswoman Lin Qiao said.\n")
    quote = quote_with(doc, "oppose this")
    assert quote["speaker"]["title"] == "spokeswoman"
    assert (quote["affiliation"] or {}).get("name") == "Chinese Ministry of Foreign Affairs"
    assert (quote["affiliation"] or {}).get("country") == "China"


def test_a_title_owned_by_a_person_after_the_quote_still_names_the_speaker(check):
    # (a guard: reading the set-off title must not cost the name it describes)
    doc = check("Rep. Lou Garner spoke first. “We stand firm,” Garner said.\n\n"
                "“Tempers will cool, whether next week or next spring,” California Rep. Dale Ryan’s chief of staff, "
                "Joe Kasten, told the Ledger before the vote.\n")
    assert quote_with(doc, "will cool")["speaker"]["name"] == "Joe Kasten"



def test_an_appositive_opening_with_a_place_before_its_role_is_read(check):
    doc = check("“Everyone is voting for the mayor,” said Piet Hoorn, Baltic coordinator at the Vastberg Policy "
                "Institute.\n")
    quote = quote_with(doc, "voting for the mayor")
    assert quote["speaker"]["title"] == "Baltic coordinator at the Vastberg Policy Institute"
    assert (quote["affiliation"] or {}).get("name") == "Vastberg Policy Institute"


def test_a_body_whose_name_has_of_owns_the_role_after_its_possessive(check):
    doc = check("Rhonda Kell, Gate of Light’s executive director, said the union would march. "
                "“We are ready,” Kell said.\n")
    quote = quote_with(doc, "We are ready")
    assert (quote["speaker"]["title"], (quote["affiliation"] or {}).get("name")) == ("executive director",
                                                                                     "Gate of Light")


@pytest.mark.parametrize(("text", "snippet", "title"), [
    # a role before a possessive keeps it (`of` splits off no body here)
    ("“It is over,” said Ned Parr, a chairman of Lisa Moreau’s campaign.\n", "is over",
     "chairman of Lisa Moreau’s campaign"),
    # an `and` joining clauses: the title after it is the name's own (one joining a title's words is kept)
    ("Voters are split across the state and GOP Sen. Walt Marden is squeezed between two challengers. "
     "“I will hold on,” Marden said.\n", "hold on", "senator"),
    ("“We will fund it,” said politics and outreach director Ona Vell.\n", "fund it", "politics and outreach director"),
    # an abbreviated title the tagger marks as a person is no other name after `and`
    ("Nobody expected that Hanna Corbin and Sen. Bernard Walsh might pick sides on the bill. "
     "“We keep going,” Walsh said.\n", "keep going", "senator"),
    # an age set off after the name: the appositive after it is read
    ("“We won the county,” said Ron Pettit, 50, a county party chairman.\n", "won the county",
     "county party chairman"),
    # a name owning the role after a bare apostrophe, or a place the tagger may take for a person
    ("“We are on pace,” Nils Tullet, Jannis' campaign manager, said on Monday.\n", "on pace",
     "campaign manager"),
    ("“It is early,” said Rolf Ostrom, Jannis' senior media adviser.\n", "is early", "Jannis' senior media adviser"),
    ("“You need an organization,” said Brad Kolar, Velde's Ohio state director.\n", "organization",
     "Velde's Ohio state director"),
    # a courtesy title before the name leaves the appositive the title
    ("“Everyone ought to worry,” said Dr. Hal Vink, the prize-winning former clinic director under Mayor Ann Lasky.\n",
     "ought to worry", "prize-winning former clinic director under Mayor Ann Lasky"),
    # a role linked to a body whose name holds a compound (`far-left`) and capitalised words
    ("The endorsement came from Ilse Vorn, leader of Norway's far-left Red Dawn party. “I would choose him,” "
     "Vorn said.\n", "choose him", "leader of Norway's far-left Red Dawn party"),
    # a role the title lists lack, set off before the name
    ("Another delegate spoke next. The county's Republican precinct committeeman, John Haller, wants a recount. "
     "“Count again,” Haller said.\n", "Count again", "Republican precinct committeeman"),
    # a relation owned by a name, or stated after the name, keeps its relative
    ("Ivo Brandt's daughter, Jana Brandt, opened the meeting. “It was cold,” Jana Brandt said.\n", "It was cold",
     "Ivo Brandt's daughter"),
    ("Mara Quist, the widow of Ivo Quist, spoke next. “He loved such days,” Quist said.\n", "loved such days",
     "widow of Ivo Quist"),
    # roles the lists used to lack
    ("“The wait was cruel,” said Lena Ford, 41, a plaintiff in the suit over the polling place.\n", "wait was cruel",
     "plaintiff in the suit over the polling place"),
    ("“It will pass,” said Tia Munro, an entrepreneur from Halden.\n", "It will pass", "entrepreneur from Halden"),
    # a title word modifying a thing (`the general election`) describes no one
    ("Jim Tarrow spoke to reporters at the depot. He would switch parties in the general election, he said. "
     "“I am not sure about them,” Tarrow said.\n", "not sure about them", None),
], ids=["role-before-possessive", "clause-and", "title-and", "title-tagged-person", "age-then-appositive",
        "bare-apostrophe-owner", "bare-apostrophe-owner-no-body", "owner-then-place", "courtesy-then-appositive",
        "role-linked-to-a-named-body", "unlisted-role-set-off", "relation-owned-by-a-name", "relation-after-the-name",
        "plaintiff", "entrepreneur", "title-word-modifying-a-thing"])
def test_titles_around_a_name(check, text, snippet, title):
    assert speaker_of(check(text), snippet)["title"] == title


def test_an_age_set_off_after_the_name_still_names_the_person(check):
    doc = check("“I liked the speech,” said Gloria Benz, 62, a retired nurse.\n\n"
                "“It felt like a fair fight,” the 62-year-old added.\n")
    assert speaker_of(doc, "liked the speech")["title"] == "retired nurse"
    assert speaker_of(doc, "fair fight")["name"] == "Gloria Benz"


def test_a_participle_clause_after_a_name_is_no_title_and_leaves_the_description_hers(check):
    doc = check("Ann Velde has cautioned voters about the harbor. Apparently the port is failing too.\n\n"
                "The Republican mayoral nominee flew briefly to Dunmore on Friday to see "
                "the mayor. “It went well,” Velde said.\n\n"
                "Velde, having finished her photo session with the Dunmore mayor, left at noon. "
                "“It is done,” Velde said.\n")
    assert speaker_of(doc, "It is done")["title"] == "Republican mayoral nominee"
    assert (quote_with(doc, "It is done")["affiliation"] or {}).get("name") != "Dunmore mayor"


def test_a_description_in_what_a_person_says_is_someone_they_speak_of(check):
    doc = check("Voters lined up early in Corvale on Tuesday.\n\n"
                "Omar Reyes, 66, said the Republican nominee had given up nothing for the town. "
                "“He has no idea,” Reyes said.\n\n"
                "Gil Tarrant has argued for months that he is the sole contender who can win the race. "
                "“I can win,” Tarrant said.\n")
    reyes = speaker_of(doc, "no idea")
    assert reyes["title"] is None and reyes["party"] is None
    assert speaker_of(doc, "I can win")["title"] is None  # (`the sole contender who can win` is a claim, no post)


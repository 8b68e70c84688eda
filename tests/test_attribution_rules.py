"""Attribution rules learnt from real news errors, each on sentences written for the test."""

import pytest

from conftest import quote_with, speaker_name


def test_one_cue_covers_every_quote_of_its_sentence(check):
    doc = check("Marlow tweeted overnight that Dunning was “reckless” and “a fraud” and urged voters to “look it up.”")
    for snippet in ("reckless", "a fraud", "look it up"):
        assert "Marlow" in speaker_name(doc, snippet)


def test_transcript_label_names_the_speaker(check):
    doc = check(
        "Governor Ellen Okafor sat down with the host on Sunday.\n\n"
        '"OKAFOR: Well, look, the budget is balanced. We kept our promise."\n\n'
        '"BRANDT: But, Governor, the deficit grew last year."\n'
    )
    assert speaker_name(doc, "budget is balanced") == "Ellen Okafor"
    assert "Brandt" in speaker_name(doc, "deficit grew")


def test_she_said_skips_the_man_mentioned_last(check):
    doc = check(
        "Senator Maria Lopez met Governor Tom Reilly in Denver on Monday.\n\n"
        "“We agreed on nothing,” she said.\n"
    )
    assert speaker_name(doc, "agreed on nothing") == "Maria Lopez"


def test_he_said_resolves_to_the_man(check):
    doc = check(
        "Mr. Daniel Hirsch, the bank's chief economist, spoke after Ms. Joanna Pratt.\n\n"
        "“Rates will fall next year,” he said.\n"
    )
    assert speaker_name(doc, "Rates will fall") == "Daniel Hirsch"


def test_cue_in_a_relative_clause_is_not_the_attribution(check):
    doc = check(
        "Mayor Lena Ortiz told a resident who suggested a recount that “the count was clean and fair.”\n"
    )
    assert speaker_name(doc, "count was clean") == "Lena Ortiz"


def test_a_quote_ending_its_sentence_does_not_take_the_next_sentence_as_cue(check):
    doc = check(
        "Vetland called its neighbour an “outlaw nation in the region.” Norland insisted that talks resume.\n"
    )
    quote = quote_with(doc, "outlaw nation")
    assert quote["speaker"] is None or "Norland" not in quote["speaker"]["name"]


def test_name_after_a_cue_is_not_the_speaker_of_a_complement(check):
    doc = check("The leaflet says Brisco “keeps a soft spot for failing landlords.”\n")
    quote = quote_with(doc, "keeps a soft spot")
    assert quote["speaker"] is None or "Brisco" not in quote["speaker"]["name"]


def test_the_head_name_of_a_subject_phrase_speaks(check):
    doc = check("“We expect a long night,” Bramwell campaign spokesman Tariq Osei said on Monday.\n")
    assert speaker_name(doc, "long night") == "Tariq Osei"


def test_acronym_organisations_need_capitals(check):
    doc = check("Anybody who complains about the lights “is not enjoying the evening,” Petra Lind said.\n")
    assert speaker_name(doc, "enjoying the evening") == "Petra Lind"


def test_a_name_in_parentheses_aside_does_not_hide_the_speaker(check):
    doc = check("“The vote is a sham,” Rep. Dora Quill (D-Ore.) said Friday.\n")
    assert speaker_name(doc, "vote is a sham") == "Dora Quill"


def test_several_appositives_before_the_cue(check):
    doc = check(
        "“It is an overreach,” Ivan Petrak, the attorney general of Norland, one of the plaintiffs, said.\n"
    )
    assert speaker_name(doc, "an overreach") == "Ivan Petrak"


def test_the_sentence_before_introduces_the_quote(check):
    doc = check(
        "Gerda Holm, the harbour master, said the storm had passed. “The boats can sail again.”\n"
    )
    assert speaker_name(doc, "boats can sail") == "Gerda Holm"


def test_participle_takes_the_name_right_before_it(check):
    doc = check("The advert shows footage of Nadia Kerr saying, “We will never give up the fight.”\n")
    assert speaker_name(doc, "never give up") == "Nadia Kerr"


def test_an_infinitive_cue_takes_the_clause_subject(check):
    doc = check("Senator Hal Brisk went on television to accuse the agency of a “cover-up at every level.”\n")
    assert speaker_name(doc, "cover-up") == "Hal Brisk"


def test_a_pronoun_right_before_the_cue_is_the_whole_subject(check):
    doc = check(
        "Premier Otto Lind spoke in Riga.\n\n"
        "In an interview with a local radio station on Monday he called the deal “a historic mistake.”\n"
    )
    quote = quote_with(doc, "historic mistake")
    assert quote["speaker"]["name"] == "Otto Lind" and quote["speaker"]["mention"] == "he"


def test_the_pronoun_that_repeats_a_name_in_its_sentence_shows_the_name(check):
    doc = check("Governor Alma Reyes said she remembered thinking, “This is the moment we change the law.”\n")
    quote = quote_with(doc, "the moment we change")
    assert quote["speaker"]["name"] == "Alma Reyes"
    assert "Reyes" in quote["speaker"]["mention"]


def test_a_capitalised_sentence_handed_to_a_cue_is_speech(check):
    doc = check("“Here comes the boss man,” Ana Ruiz said as the mayor walked in.\n")
    quote = quote_with(doc, "Here comes")
    assert quote["kind"] == "full" and quote["speaker"]["name"] == "Ana Ruiz"


def test_a_show_name_ending_its_sentence_is_a_title_and_the_speaker_carries_over_it(check):
    doc = check(
        "“The troops are frustrated,” Ray Mills, a retired general, said on Monday on WXYZ’s “Morning Report.” "
        "“I mean, nobody listens to them.”\n"
    )
    show = quote_with(doc, "Morning Report")
    assert show["kind"] == "title" and show["speaker"] is None
    assert speaker_name(doc, "nobody listens") == "Ray Mills"


def test_a_party_tag_does_not_hide_the_appositive(check):
    doc = check("“This is a shameful day,” said Rep. Ann Holloway (D-Ore.), head of the Coastal Caucus.\n")
    quote = quote_with(doc, "shameful day")
    assert quote["speaker"]["name"] == "Ann Holloway"
    assert quote["speaker"]["mention"].endswith("head of the Coastal Caucus")
    assert quote["affiliation"]["name"] == "Coastal Caucus"


SPEAKER_CASES = {
    # `"…," NAME, an aside with verbs of its own, said`
    "long-aside": (
        "The rule was challenged in court last spring.\n\n"
        "“It is an overreach, in our view, of federal power,” Dana Whitcombe, the Democratic attorney general "
        "of Vermont, one of the states taking the agency to court, said at a forum on Monday.\n",
        {"an overreach": "Dana Whitcombe"}),
    # gender evidence from `widow` (and no male vote from a unisex first name)
    "widow": (
        "“We have waited fifteen years,” said flood widow Terry Walsh.\n\n"
        "She continued, “We only want our day in court.”\n",
        {"our day in court": "Terry Walsh"}),
    # a surname two relatives share: the one who acts, not the one in a photo
    "family": (
        "Senator Mark Delgado endorsed the governor on Friday. The governor once mocked a photo of "
        "Rosa Delgado, the senator's wife.\n\n"
        "“I do not forget, but I move on,” Delgado said.\n\n"
        "“We need a win in November,” he added.\n",
        {"I do not forget": "Mark Delgado", "a win in November": "Mark Delgado"}),
    # `X says she …`: the speaking subject, not the woman named in between
    "speaking-subject": (
        "Senator Susan Okoro says she appreciated Maria Bell’s courage through what she calls "
        "a “long and ugly fight.”\n",
        {"long and ugly fight": "Susan Okoro"}),
    # `NAME (party tag), an appositive, said`: skip back over both to the name
    "party-tag-and-appositive": (
        "“Nobody on the dock has seen a single inspection report,” Rep. Nora Quist (D-Maine), a harbor caucus "
        "member, said from her office. “The port writes its own paperwork.”\n",
        {"single inspection report": "Nora Quist", "its own paperwork": "Nora Quist"}),
    # the subject of the clause a scare quote sits in, named in apposition
    "appositive-subject": (
        'Another critic, Laurence Ebbe, compared the rules to "burning the charter" - a charge that stung.\n',
        {"burning the charter": "Laurence Ebbe"}),
    # `according to` a long title whose tagging breaks the noun phrase
    "according-to-long-title": (
        "According to evening radio host Rush Lindahl, the step smacks of “fear” and panic.\n",
        {"fear": "Rush Lindahl"}),
    # `it` stands for the body that was the subject just before, never for a person
    "it-is-a-body": (
        "“The advert is fair,” said Ola Brenn. Brenn's campaign is defending it. "
        "It is calling the criticism “a smear by desperate rivals.”\n",
        {"The advert is fair": "Ola Brenn", "a smear by desperate": "Brenn campaign"}),
    # a reporting tag ending the sentence covers a quote deep inside it
    "final-tag": ("A cashier who “pockets a few notes” is fired on the spot, Dana Warrick said on Tuesday.\n",
                  {"pockets a few notes": "Dana Warrick"}),
    # `, as X put it.` after a comma inside the closing mark
    "as-x-put-it": ('While other permits must meet work requirements, the main condition for the XR-7 permit '
                    'is a "lawful source of savings," as a Home Office memo put it.\n',
                    {"lawful source of savings": "Home Office"}),
    # `referenced` reports words as much as `said`, and `it` is the body named just before
    "referenced": ("The fund posted its flood review on Friday. While the fund never named the Kessler dam, "
                   'it referenced "structural weaknesses" along the river.\n',
                   {"structural weaknesses": "the fund"}),
    # a paragraph that introduces someone before its quote hands the quote to them
    "introduced-in-the-quotes-paragraph": (
        "“The port will close,” said harbour master Ivo Sander.\n\n"
        "His former deputy at the port, Lena Frost, called him a master of delay. "
        "“He never finished a single project on time.”\n", {"never finished": "Lena Frost"}),
    # a named body right before the participle speaks, whatever the tagger calls it
    "organisation-before-participle": ("The clip ends with footage of Norvik Energy saying during a briefing, "
                                       "“Supplies are secure.”\n", {"Supplies are secure": "Norvik Energy"}),
    # a parenthetical tag outranks a verb of thinking inside the sentence
    "parenthetical-tag-over-belief": (
        "In his years in office, Mayor Ivo Holt said, most voters have come to believe \"that the river "
        "must be cleaned.\"\n", {"river must be cleaned": "Ivo Holt"}),
    # `feeling better` is no cue; the one who said it is
    "thought-participle": ("Party chair Donna Brisk said Sunday that she is glad Mora appeared to be feeling better "
                           "and hopes to be “seeing her back on the road soon.”\n",
                           {"back on the road": "Donna Brisk"}),
    # a nickname inside the name does not cut the tag off the quote
    "nickname-inside-name": ("“This is a great day for our city, Mayor Jones!” Jones’s cousin, state Del. Maria "
                             "“Mia” Lopez (D-Richmond), shouted.\n", {"great day": "Maria Lopez"}),
    # the name in apposition says who the owned person is; the owner does not speak
    "named-after-possessed-nominal": ("“We won,” Mayor Tom Jones’s spokeswoman, Maria Lopez, said on Monday.\n",
                                      {"We won": "Maria Lopez"}),
    # with no cue anywhere, the person the sentence before is about speaks the whole-sentence quote after it
    "introduced-by-the-sentence-subject": (
        'On "Meet the Press," Sen. Ann Wells (Ore.), who lost the primary to Lopez, named rising rents as one of '
        'the reasons that young voters should turn out. "The young people are tired of waiting for change."\n',
        {"tired of waiting": "Ann Wells"}),
    # a dash sign-off ending its paragraph signs every quote in it, not only the last
    "sign-off-signs-the-paragraph": (
        "Readers wrote in this week.\n\n“He has failed again and again. You are no leader.” ― Ana Ruiz\n\n"
        "“No voter in my family wants a man who insults our grandmothers. As my aunt used to put it ‘A loud boat "
        "catches no fish.” And noise is all he brings “the whole way to the harbor’.” ― Carla Mendes.\n",
        {"no leader": "Ana Ruiz", "insults our grandmothers": "Carla Mendes",
         "whole way to the harbor": "Carla Mendes"}),
    # a statement that speaks is whoever made it; an infinitive's maker is the object of the verb before
    "statement-that-speaks": (
        "The new law prompted his wife and current Senate candidate Jane Doyle to make a disputed remark that "
        "described all young offenders as “lost causes.” The ministry issued a statement that called the strikes "
        "“barbaric.”\n", {"lost causes": "Jane Doyle", "barbaric": "The ministry"}),
    # `went on about` is a cue; `said yes` has words of its own and tags no quote
    "went-on-about-and-said-yes": (
        "“You winning?” she asked, but Kevin was dozing off once more, and as Smith went on about “how the game is "
        "fixed,” and “forgotten families” and “our own hard-working people,” Maria said yes, yes, over and over "
        "again.\n", {"game is fixed": "Smith", "forgotten families": "Smith", "hard-working people": "Smith"}),
    # a share of the voters speaks as itself, even where the tagger calls `percent` a number
    "percent-subject": ("Only 52 percent of voters said Mora was “honest,” while 70 percent said the same of Holt. "
                        'However, 63 percent said Mora was "justified" in keeping it private.\n',
                        {"justified": "63 percent"}),
}


@pytest.mark.parametrize("case", sorted(SPEAKER_CASES))
def test_speaker_of_each_quote(check, case):
    text, expected = SPEAKER_CASES[case]
    doc = check(text)
    assert {snippet: speaker_name(doc, snippet) for snippet in expected} == expected


NO_SPEAKER_CASES = {
    # the name of a show after a possessive: a title, nobody's words
    "show": ("In an interview on KXTV’s “Capitol Week,” Mayor Dana Lee said the budget was balanced.\n",
             "Capitol Week", "title"),
    # `the nickname "…."` is a term cue, like `nicknamed`
    "nickname": ("Mayor Ray Dunn saddled his rival with the nickname “Sleepy Sam.” The rival laughed it off.\n",
                 "Sleepy Sam", "title"),
    # a strategy says nothing, whoever owns it
    "possessed-thing": ("Ironically, Holt’s strategy of “massive delay” prompted the ruling that ended it.\n",
                        "massive delay", None),
    # quoted words that qualify the next word are a label
    "modifier": ("Dr. Lena Park has been investigated by Congress for promoting “miracle” diet pills.\n",
                 "miracle", None),
    # what happened to someone is no cue to their words
    "passive-subject-before": ("Tom Smith was arrested in May. “It was a mistake.”\n", "It was a mistake", "full"),
    "descriptor-before-name": ("The Herald sent its “chief investigations reporter” Tom Vance to the plant.\n",
                               "chief investigations", None),
}


@pytest.mark.parametrize("case", sorted(NO_SPEAKER_CASES))
def test_quotes_that_are_nobodys_words(check, case):
    text, snippet, kind = NO_SPEAKER_CASES[case]
    quote = quote_with(check(text), snippet)
    assert quote["speaker"] is None
    assert kind is None or quote["kind"] == kind


AFFILIATION_CASES = {
    # a relative clause after the organisation is not part of it
    "relative-clause": (
        "“This story is not only in our schools, it is being told by television,” Tomas Herrera, the director "
        "of the Media Equity Project who also appears in the film, told reporters.\n",
        "This story", "Tomas Herrera", "Media Equity Project", None),
    # the first named organisation after the title, not `debate at the University …`
    "first-named": (
        "“Debates reward preparation,” said Aaron Kell, director of choir at the University of Leeds.\n",
        "reward preparation", "Aaron Kell", "University of Leeds",
        "director of choir at the University of Leeds"),
    # a cause is not an organisation; the Rep. title keeps its House
    "cause": (
        "“We must act,” said Rep. Ann Holloway (D-Ore.), a longtime champion of clean rivers in Laos.\n",
        "We must act", "Ann Holloway", "House of Representatives", None),
    # small words inside one organisation's name (`to`, `for the`) do not cut it
    "to-inside-the-name": ("“Reporters are being jailed at record rates,” said Ana Ruiz of the Committee to Protect "
                           "Journalists.\n", "jailed at record rates", "Ana Ruiz", "Committee to Protect Journalists",
                           None),
    # `, of ORG` after a name
    "comma-of": (
        "“This is a fine day,” said the Rev. Peter Warren, of Elm Street Memorial Baptist Church.\n",
        "a fine day", "Peter Warren", "Elm Street Memorial Baptist Church", None),
}


@pytest.mark.parametrize("case", sorted(AFFILIATION_CASES))
def test_affiliation_of_each_speaker(check, case):
    text, snippet, name, affiliation, title = AFFILIATION_CASES[case]
    quote = quote_with(check(text), snippet)
    assert (quote["speaker"]["name"], quote["affiliation"]["name"]) == (name, affiliation)
    assert title is None or quote["speaker"]["title"] == title


def test_a_clause_after_a_name_is_not_its_appositive(check):
    doc = check("According to radio host Rush Lindahl, the step smacks of “fear” and panic.\n")
    assert quote_with(doc, "fear")["speaker"]["mention"] == "radio host Rush Lindahl"


@pytest.mark.parametrize("text", [
    "Mayor Ana Ruiz’s doctor is calling the mayor “in top shape.”\n",
    # a capitalised word that describes the owner is no speaker either
    "Independent candidate Ana Ruiz’s doctor calls the candidate “in top shape.”\n",
    "Green Party mayoral hopeful Ted Brook’s doctor is calling him “in top shape.”\n",
])
def test_a_name_that_owns_the_subject_is_not_the_speaker(check, text):
    speaker = quote_with(check(text), "in top shape")["speaker"]
    assert speaker["type"] == "unnamed" and speaker["name"].endswith("doctor")


MENTION_CASES = {
    # a capitalised word that only qualifies the title is no second person
    "title-qualifier": ("“The race could go either way,” said Tom Barker, Senate editor for the Lakeside Review.\n",
                        "either way", "Tom Barker, Senate editor for the Lakeside Review"),
    # a relative clause describing the person, with someone else named inside it
    "relative-clause": ("“Nobody saw it coming,” said Ed Mora, who served as trade director under President "
                        "Gene Hobbs.\n", "saw it coming",
                        "Ed Mora, who served as trade director under President Gene Hobbs"),
    # an appositive, then a `who` clause about the same person
    "appositive-then-who": ("“It was a trap,” said Kim Holt, a lawyer at Dorn & Pike, who represents the county.\n",
                            "a trap", "Kim Holt, a lawyer at Dorn & Pike, who represents the county"),
    # the name right before the cue, not the phrase before its comma
    "aside-opened-by-name": ("Ray Stamp ran the ferry line for a decade. Those deckhands, Stamp explained on the "
                             "inquiry's second day, were “treated fairly,” with steady wages.\n", "treated fairly",
                             "Stamp"),
    # a common noun before a name is no title (`interview Halvorsen`)
    "noun-before-name": ("In a Gazette interview Brisco declared “I doubt the bridge will ever open.”\n",
                         "bridge will ever open", "Brisco"),
    # a pronoun takes no modifiers: what stands before it is an adjunct
    "pronoun-after-adjunct": ("“The vote is rigged,” said the campaign. On Tuesday they published the results of "
                              "their review by announcing that the claim was “false.”\n", "false", "they"),
    # an `it` in the sentence of the body it stands for shows the body's name
    "it-in-the-same-sentence": ('The Harbour Council met on Monday and pledged new fines as a deterrent to what it '
                                'called "a clear threat to the bay."\n', "clear threat", "The Harbour Council"),
    # a `they` in the sentence a body opened is the body, not the last person quoted
    "they-in-the-sentence-of-a-body": ("“We are ready,” said Governor Tom Lee.\n\nThe mayor’s campaign is seeking to "
                                       "set her approach against what they call Governor Lee’s “selfish agenda.”\n",
                                       "selfish agenda", "The mayor’s campaign"),
    # a later bare surname the tagger did not mark still gives the pronoun of its sentence a name
    "surname-the-tagger-missed": (
        "Dr. Mark Holt hosts a daily show.\n\nHolt’s odd advice drew the notice of Congress, where he "
        "appeared at a 2014 hearing for his part in selling diet pills and for saying that a tea was a “magic cure "
        "for every body type.”\n", "magic cure", "Holt"),
    # a pronoun tag after a quote that a named person introduced: the name
    "pronoun-tag-after-a-named-introduction": (
        "Senator Claire Moss (D-Ore.) scolded him: “The science is against you. You called them ‘miracles,’” "
        "she said.\n", "science is against", "Senator Claire Moss"),
    # a hyphenated name right before the cue, the tagger's subject its last part
    "hyphenated-name-before-cue": (
        "Norway accused the rival fleet of \"reckless fishing.\" Norwegian Minister Kari Lund-Eide "
        "said the fleet's conduct is \"getting worse by the week.\"\n", "getting worse",
        "Norwegian Minister Kari Lund-Eide"),
    # a hyphen glued to a lower-case part of the name
    "hyphenated-given-name": ('Harbor Chair Mi-rae Kwon-Lee said the budget is "drifting out of reach."\n',
                              "drifting out of reach", "Harbor Chair Mi-rae Kwon-Lee"),
    # the parse made the appositive the subject; a surname that is also a title word
    "appositive-parsed-as-subject": (
        "Dean, a former party chairman and presidential hopeful, poked at the governor during the debate, "
        "tweeting, “Watch him dodge every question.”\n", "Watch him dodge",
        "Dean, a former party chairman and presidential hopeful"),
    # a relative pronoun that speaks: the source phrase as written, the speaker it stands for
    "who-speaks": ('Ana Mora faced Mitch Cole, the Senate’s majority leader, who in 2012 said the party\'s aim was to '
                   'keep Mora to a "single short term."\n', "single short term", "who"),
    # two titles of one person joined by `and`; a party word before a title is no name
    "coordinated-titles": ("Ruiz spoke in Ohio on Monday. The former governor of Ohio and current Democratic "
                           "presidential nominee said she wanted voters to hear that “this is not what we stand "
                           "for.”\n",
                           "not what we stand for",
                           "The former governor of Ohio and current Democratic presidential nominee"),
    # an organisation whose name holds a lower-case word, after `according to`
    "according-to-organisation-with-to": (
        "More than 5,000 people joined a statewide “sit-in” at 300 schools, according to the event organizer "
        "Alliance to Protect Our Parks (APP).\n", "sit-in", "the event organizer Alliance to Protect Our Parks"),
    # a participle after an aside set off by dashes: the subject before the aside, not the one inside it
    "participle-after-dash-aside": (
        "Small groups of marchers kept calling for more facts about the shooting, looping the streets "
        "around Civic Arena - where the city's Eastport Rangers played the Lakeside Hawks - while chanting, "
        '"Hands up, do not shoot."\n', "Hands up", "Small groups of marchers"),
    # the name is only an object or a passive's subject in a clause before the pronoun's: the pronoun's clause speaks
    "pronoun-after-a-name-that-was-asked": ("When Mayor Ada Kessler was quizzed on ferry fares at a dinner in Oakvale, "
                                            "she grinned and replied, “Ask the captain.”\n", "Ask the captain", "she"),
    "pronoun-after-a-clause-it-does-not-report": ("Although Ada Kessler was never asked, she told the board it was "
                                                  "“a fair deal.”\n", "fair deal", "she"),
    # a name that only shows a mood before the colon leaves the quote to the pronoun's tag after it
    "pronoun-tag-after-a-mood": ("Ada Kessler looked weary: “The pier is closed. Fix the pier first,” she wrote.\n",
                                 "Fix the pier", "she"),
    # the name is the subject of the speech verb that reports the pronoun's clause: the name
    "pronoun-in-what-the-name-reports": ("Mayor Ada Kessler told the board at noon that the ferry was late and "
                                         "that she now expects it to be “running by spring.”\n",
                                         "running by spring", "Mayor Ada Kessler"),
    # `, which …` after the organisation is about the organisation
    "which-is-the-organisation": ("“We will strike,” said Lou Brand, president of the Teachers Guild, which represents "
                                  "city teachers.\n", "We will strike", "Lou Brand, president of the Teachers Guild"),
}


def test_a_relative_pronoun_speaks_for_the_phrase_it_follows(check):
    doc = check("For a count, they went to the county fire department which reported “312 grass fires” "
                "over the summer.\n\nAna Mora faced Mitch Cole, the council’s majority leader, who in 2019 said "
                "his bloc hoped to see Mora gone after a \"single short term.\"\n")
    department = quote_with(doc, "grass fires")["speaker"]
    leader = quote_with(doc, "single short term")["speaker"]
    assert (department["mention"], department["name"]) == ("which", "the county fire department")
    assert (leader["mention"], leader["name"]) == ("who", "Mitch Cole")


@pytest.mark.parametrize("case", sorted(MENTION_CASES))
def test_the_source_phrase_as_written(check, case):
    """The mention is the whole source phrase: the name with its appositive and relative clause."""
    text, snippet, mention = MENTION_CASES[case]
    assert quote_with(check(text), snippet)["speaker"]["mention"] == mention


def test_a_document_and_who_filed_it_is_the_source(check):
    """`according to a complaint filed by X`: the phrase keeps who filed it; an `and` inside X's name stays."""
    doc = check("According to a complaint filed by the Food and Drug Administration, the "
                "clinic sold a \"dangerous miracle tonic\" to its patients.\n")
    speaker = quote_with(doc, "dangerous miracle tonic")["speaker"]
    assert speaker["mention"] == "a complaint filed by the Food and Drug Administration"
    assert (speaker["type"], speaker["name"]) == ("organisation", "Food and Drug Administration")


def test_a_word_of_the_day_is_no_persons_name(check):
    """`told CBS This Morning …`: `Morning` names a show's slot, never a person, however the parse runs."""
    doc = check("Ruiz campaign chief Tom Vance told NBC This Morning on Friday that the Ruiz campaign expects the host "
                "to call out Lee for his supposed “lies” during the event.\n")
    speaker = quote_with(doc, "lies")["speaker"]
    assert speaker is None or speaker["name"] != "Morning"

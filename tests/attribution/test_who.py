"""Who a report says spoke: unnamed sources with a body's word, titles, organisations and parties.

Each case is a sentence written for the pattern, run through the real Stanza pipeline.
"""

from __future__ import annotations

import pytest

from conftest import quote_with, speaker_of
from quoteguard.engine import check_document
from quoteguard.io import document_from_text
from quoteguard.knowledge import build_knowledge
from quoteguard.report.model import build_report

WHO = (
    "Republican gubernatorial nominee Carl Vesey toured the mills on Monday. "
    "“We will bring the jobs back,” Vesey said.\n\n"
    "Sen. Ida Brannock (D-Ore.) was unmoved. “That promise is empty,” Brannock said.\n\n"
    "“The timetable is not realistic,” said Harbor Rail’s chief operating officer, Peter Lasko.\n\n"
    "“Nothing has been decided yet,” a senior Treasury official said. “We are still counting,” said another.\n\n"
    "“Fares will rise in spring,” said Port Authority Chair Dana Whitcombe of the Eastport Port Authority.\n\n"
    "“The bridge will open on time,” said Mr. Omar Feld, a retired engineer.\n\n"
    "Democrat Rosa Quint, who chairs the panel, disagreed. “The money is not there,” Quint said.\n\n"
    "“We have the votes,” said Anton Velik, the United Nations deputy envoy.\n\n"
    "“It was an error,” said the Velde campaign’s press secretary, Jo Raines.\n"
)


@pytest.fixture(scope="module")
def who_doc(check):
    return check(WHO)


def test_party_word_in_a_title_is_the_party_and_stays_in_the_title(who_doc):
    speaker = speaker_of(who_doc, "jobs back")
    assert speaker["name"] == "Carl Vesey"
    assert speaker["party"] == "Republican Party"
    assert speaker["title"] == "Republican gubernatorial nominee"


def test_party_tag_gives_the_party_and_the_abbreviated_title_is_spelled_out(who_doc):
    speaker = speaker_of(who_doc, "promise is empty")
    assert speaker["name"] == "Ida Brannock"
    assert speaker["party"] == "Democratic Party"
    assert speaker["title"] == "senator"  # never `Sen.`


def test_a_party_alone_is_no_title(who_doc):
    speaker = speaker_of(who_doc, "money is not there")
    assert speaker["name"] == "Rosa Quint"
    assert speaker["party"] == "Democratic Party"
    assert speaker["title"] != "Democrat"


def test_a_courtesy_title_is_no_title(who_doc):
    speaker = speaker_of(who_doc, "open on time")
    assert speaker["name"] == "Omar Feld"
    assert "Mr" not in (speaker["title"] or "")


def test_possessive_title_then_the_name_is_the_named_person(who_doc):
    quote = quote_with(who_doc, "timetable is not realistic")
    assert quote["speaker"]["name"] == "Peter Lasko"
    assert quote["speaker"]["anonymous"] is False
    assert "chief operating officer" in (quote["speaker"]["title"] or "")
    assert quote["affiliation"]["name"] == "Harbor Rail"  # no possessive left on the organisation


def test_an_official_of_a_body_is_an_unnamed_source_with_that_affiliation(who_doc):
    quote = quote_with(who_doc, "Nothing has been decided")
    assert quote["speaker"]["type"] == "unnamed"
    assert quote["speaker"]["anonymous"] is True
    assert quote["affiliation"]["name"] == "Treasury"
    rules = [f["rule"] for f in who_doc["findings"] if f["quote_id"] == quote["id"]]
    assert "anonymous-source" in rules


def test_said_another_is_a_further_unnamed_source(who_doc):
    first = speaker_of(who_doc, "Nothing has been decided")
    second = speaker_of(who_doc, "still counting")
    assert second["type"] == "unnamed"
    assert second["id"] != first["id"]


@pytest.mark.parametrize(("text", "snippet"), [
    ("At the town hall, one questioner stood up. “What about the jobs?” one questioner asked.\n", "the jobs"),
    ("“Shut it down!” chanted demonstrators outside the hall.\n", "Shut it down"),
    ("“We want answers,” Nora Hale’s family said in a statement on Friday.\n", "want answers"),
    ("Protesters marching past the hall shouted, “No more cuts.”\n", "No more cuts"),
    ("Officials at the Harbor Agency said, “We found the cache.”\n", "found the cache"),  # capital of a sentence
])
def test_people_the_lists_do_not_name_are_an_unnamed_source_not_a_thing(check, text, snippet):
    assert speaker_of(check(text), snippet)["type"] == "unnamed"


def test_a_party_in_the_plural_speaks_as_a_body(check):
    speaker = speaker_of(check("Lawmakers met late on Monday. “We will fight this bill,” Democrats said.\n"),
                         "fight this bill")
    assert (speaker["type"], speaker["name"]) == ("organisation", "Democrats")
    # (counted, `many Republicans` are some of its members: an unnamed group)
    many = speaker_of(check("“The bill is dead,” many Republicans said on Monday.\n"), "bill is dead")
    assert many["type"] == "unnamed"


@pytest.mark.parametrize(("text", "snippet", "kind", "name"), [
    ("“We disagree,” said a Velde campaign spokesman.\n", "We disagree", "unnamed", None),
    ("Ivo Brandt, a Velde campaign spokesman, said, “We disagree.”\n", "We disagree", "person", "Ivo Brandt"),
    ("“He will win,” said one Rusk confidant.\n", "He will win", "unnamed", None),
])
def test_a_name_that_only_qualifies_a_role_is_not_the_speaker(check, text, snippet, kind, name):
    speaker = speaker_of(check(text), snippet)
    assert speaker["type"] == kind and (name is None or speaker["name"] == name)


def test_a_team_named_after_its_owner_speaks_as_a_body(check):
    speaker = speaker_of(check("Lawmakers met on Monday. “We reject the report,” Velde’s campaign said.\n"),
                         "reject the report")
    assert (speaker["type"], speaker["name"]) == ("organisation", "Velde campaign")


def test_a_capitalised_title_between_a_body_and_the_name_is_no_part_of_the_name(who_doc):
    quote = quote_with(who_doc, "Fares will rise")
    assert quote["speaker"]["name"] == "Dana Whitcombe"
    assert "Chair" in (quote["speaker"]["title"] or "")
    # The body named in full after the name beats its short form before it.
    assert quote["affiliation"]["name"] == "Eastport Port Authority"


def test_an_organisation_inside_an_appositive_is_split_from_the_title(who_doc):
    quote = quote_with(who_doc, "have the votes")
    assert quote["speaker"]["name"] == "Anton Velik"
    assert quote["affiliation"]["name"] == "United Nations"
    assert "envoy" in quote["speaker"]["title"] and "Nations" not in quote["speaker"]["title"]


def test_a_campaign_that_owns_the_title_is_the_organisation(who_doc):
    quote = quote_with(who_doc, "was an error")
    assert quote["speaker"]["name"] == "Jo Raines"
    assert quote["speaker"]["title"] == "press secretary"
    assert quote["affiliation"]["name"] == "Velde campaign"


def test_a_nested_report_keeps_the_speaker_and_names_the_outer_source(check):
    doc = check("“We are not finished,” Sen. Ron Vasquez (D-Ore.) said, according to a recording obtained by "
                "the Daily Ledger.\n\n“The vote is Tuesday,” Vasquez said.\n")
    quote = quote_with(doc, "not finished")
    assert quote["speaker"]["name"] == "Ron Vasquez"
    assert quote["via"] == "the Daily Ledger"
    assert quote_with(doc, "vote is Tuesday")["via"] is None


def test_a_public_role_stands_for_the_person_last_quoted(check):
    doc = check(
        "Bernard Coyle toured the farms on Monday. “The system is rigged,” Coyle said.\n\n"
        "“We will win this state,” the senator said.\n\n"
        "“We are reviewing it,” the official said.\n"
    )
    assert speaker_of(doc, "win this state")["name"] == "Bernard Coyle"
    official = speaker_of(doc, "reviewing it")  # an official is an unnamed source, never the last speaker
    assert official["type"] == "unnamed"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Mayor Luis de Aranda toured the harbour on Monday. “We are safe,” De Aranda said.", "Luis de Aranda"),
    ("Mayor Maria del Campo toured the harbour on Monday. “We are safe,” Del Campo said.", "Maria del Campo"),
])
def test_a_surname_with_its_particle_is_the_person_named_in_full(check, text, speaker):
    """`De Aranda said` after `Luis de Aranda`: one person, not a second one named `De Aranda`."""
    assert speaker_of(check(text), "We are safe")["name"] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Health Minister Lucia Ibarra Soto toured the clinic in Valmora on Monday. “The wards are ready,” "
     "Ibarra Soto said.", "Lucia Ibarra Soto"),
    ("Tomas Quenby Varro, a ferry captain, crossed the strait at dawn. “The sea was calm,” Quenby Varro "
     "told reporters.", "Tomas Quenby Varro"),
])
def test_a_two_word_surname_is_the_person_named_in_full(check, text, speaker):
    """`Ibarra Soto said` after `Lucia Ibarra Soto`: one person, who keeps the title stated with her
    full name, not a second one named `Ibarra Soto`."""
    quoted = speaker_of(check(text), text.split("“")[1][:12])
    assert quoted["name"] == speaker
    assert quoted["title"]


def test_a_capitalised_role_before_a_full_name_is_a_title_not_a_name(check):
    """`Comedian Marla Dennet` at a sentence's start: the tagger runs the role into her name; she is
    Marla Dennet, a comedian, the same person as the `Dennet` quoted after."""
    doc = check("The hall was full on Friday. Comedian Marla Dennet took the stage first. "
                "“I came to laugh,” Dennet said.")
    quoted = speaker_of(doc, "came to laugh")
    assert (quoted["name"], quoted["title"]) == ("Marla Dennet", "Comedian")


@pytest.mark.parametrize(("text", "snippet"), [
    ("“We will hold the line,” said Ann Holt, a dairy farmer.\n\nTom Varga is opening his campaign in Dover "
     "on Monday. The Iowa senator predicted to reporters “plenty of delegates” by March.\n",
     "plenty of delegates"),
    ("“We will hold the line,” said Ann Holt, a dairy farmer.\n\nVarga said he backs a ban on late fees for "
     "renters. “It is a hard question,” said the Iowa senator, “because it pits two rights against each "
     "other.”\n", "hard question"),
])
def test_a_public_role_stands_for_the_person_the_sentence_before_is_about(check, text, snippet):
    """No one was described as a senator: the senator is the one the sentence before is about (Varga),
    not the farmer quoted last."""
    assert speaker_of(check(text), snippet)["name"] in ("Tom Varga", "Varga")


def test_a_description_with_a_place_is_not_someone_described_with_another(check):
    """`the Kansas governor` is the governor of Kansas, not the former Iowa governor quoted just before."""
    doc = check("Former Iowa Gov. Ned Barlow and Kansas Gov. Tom Ruddick debated on Saturday. “Build the fence,” "
                "Barlow said.\n\n“I could not imagine that,” the Kansas governor said.\n")
    assert speaker_of(doc, "could not imagine")["name"] == "Tom Ruddick"


@pytest.mark.parametrize("text", [
    "Vice President Joe Bode spoke in Dover on Tuesday. “Our work goes on,” Bode said.\n\nAt a rally in Akron, "
    "the retired president took aim at the rival. “He is running against me,” the retired president said.\n",
    "Vice President Joe Bode spoke in Dover on Tuesday. “Our work goes on,” Bode said.\n\nFormer President Sam "
    "Tull spoke in Akron. “He is running against me,” the retired president said.\n",
])
def test_a_lesser_rank_of_a_role_is_not_that_role(check, text):
    """A vice president is no president: Bode, quoted last, is not who `the retired president` means."""
    assert speaker_of(check(text), "running against me")["name"] != "Joe Bode"


def test_a_definite_description_anywhere_gives_the_title_and_party(check):
    doc = check(
        "The mayor will meet Carla Munro when the Democratic presidential front-runner arrives on Friday.\n\n"
        "“We are ready to listen,” Munro said.\n"
    )
    speaker = speaker_of(doc, "ready to listen")
    assert speaker["name"] == "Carla Munro"
    assert speaker["party"] == "Democratic Party"
    assert "front-runner" in (speaker["title"] or "")


@pytest.mark.parametrize(("text", "snippet", "title", "affiliation"), [
    ("Dan Gorsky, president of the Hartley Campaign, watched the vote. “We need action,” Gorsky said.\n",
     "need action", "president of the Hartley Campaign", "Hartley Campaign"),  # the title as stated, whole
    ("Lou Arden, Velde’s deputy political director, said the count was close. “It is early,” Arden said.\n",
     "It is early", "Velde’s deputy political director", None),
])
def test_an_appositive_naming_another_person_or_a_body_still_describes_the_speaker(check, text, snippet, title,
                                                                                   affiliation):
    quote = quote_with(check(text), snippet)
    assert quote["speaker"]["title"] == title
    assert (quote["affiliation"] or {}).get("name") == affiliation


def test_a_dateline_and_a_place_after_the_name_are_never_the_speaker(check):
    doc = check("WASHINGTON (AP) — “We will not back down,” said Gov. Mark Pellow of Indiana.\n\n"
                "“The state is ready,” he said.\n")
    assert speaker_of(doc, "not back down")["name"] == "Mark Pellow"
    assert speaker_of(doc, "state is ready")["name"] == "Mark Pellow"
    assert speaker_of(doc, "not back down")["title"] == "governor"


def test_a_title_in_a_sentence_the_tagger_skipped_is_read_whole(check):
    """Only sentences near quotes are tagged; the first mention, far from any, still gives title and party."""
    doc = check("Democratic presidential front-runner Mara Quell toured Iowa on Monday, and crowds were large.\n\n"
                "The weather was cold. Snow fell on the roads.\n\n"
                "Later she spoke at a rally in Ames. “We will win,” Quell said.\n")
    speaker = speaker_of(doc, "will win")
    assert speaker["title"] == "Democratic presidential front-runner" and speaker["party"] == "Democratic Party"


def test_the_role_of_someone_who_works_for_a_person_is_not_that_persons_title(check):
    doc = check("“The tour went well,” said a spokeswoman for Mara Quell on Monday.\n\n"
                "The Democratic nominee spoke in Ohio later. “We will win,” Quell said.\n")
    assert speaker_of(doc, "will win")["title"] != "spokeswoman"


def test_a_description_goes_to_the_person_already_described_so_not_the_last_named(check):
    doc = check("Republican nominee Dale Rusk toured the plant on Monday. “We will win,” Rusk said.\n\n"
                "Texas Sen. Lou Varn was there too. Crowds waited for hours before the Republican nominee arrived.\n\n"
                "“We will see,” Varn said.\n")
    varn = speaker_of(doc, "will see")
    assert (varn["title"], varn["party"]) == ("Texas senator", None)  # the nominee's party is not his


def test_an_appositive_that_says_more_than_the_title_before_the_name_is_the_title(check):
    doc = check("Rep. Ann Roe, the top Democrat on the Harbor Committee, spoke first. “We want the files,” Roe said.\n")
    quote = quote_with(doc, "want the files")
    assert quote["speaker"]["title"] == "top Democrat on the Harbor Committee"
    assert quote["affiliation"]["name"] == "Harbor Committee"


@pytest.mark.parametrize(("text", "snippet", "affiliation"), [
    ("NYPD Commissioner Rita Vance said, “We are ready.”\n", "are ready", "NYPD"),  # an acronym no list has
    ("Dana Orrin, the Eastport-Lowell police chief, said, “Stay calm.”\n", "Stay calm",
     "Eastport-Lowell police"),  # a place's body before the title
    ("Later, NBC’s Mara Quill said, “We asked twice.”\n", "asked twice", "NBC"),  # the body that owns the name
    ("“It rose,” the Harbor Institute’s Dan Lowe said.\n", "It rose", "Harbor Institute"),  # one tagged span
])
def test_the_body_before_a_title_or_a_name_is_the_organisation(check, text, snippet, affiliation):
    assert quote_with(check(text), snippet)["affiliation"]["name"] == affiliation


def test_a_public_role_with_no_one_named_just_before_describes_the_person_last_quoted(check):
    doc = check("Dale Rusk spoke in Ohio on Monday. “We will win,” Rusk said.\n\n"
                "Protesters gathered outside the hall.\n\n"
                "Hours later the GOP candidate went on Twitter to attack them.\n")
    rusk = speaker_of(doc, "will win")
    assert (rusk["title"], rusk["party"]) == ("GOP candidate", "Republican Party")  # GOP: the party, not a body


def test_a_campaign_before_the_title_is_the_organisation(check):
    quote = quote_with(check("“We are confident,” said Velde campaign chairman Joel Marsh.\n"), "are confident")
    assert quote["speaker"]["name"] == "Joel Marsh"
    assert quote["affiliation"]["name"] == "Velde campaign"
    assert quote["speaker"]["title"] == "campaign chairman"


@pytest.mark.parametrize(("text", "snippet", "name", "title"), [
    ("WASHINGTON ― President Ada Morrow spoke on Monday. “We will act,” Morrow said.\n", "will act",
     "Ada Morrow", "President"),  # the dateline is no part of the title
    ("Lena Volk supporters cheered in the hall. “We are not done,” Volk said.\n", "not done",
     "Lena Volk", None),  # her supporters are other people
    ("Nell Ardoin, the first who is a nurse to lead the board, agreed. “We will fix it,” Ardoin said.\n",
     "fix it", "Nell Ardoin", None),  # `first` names no role
    ("Oren Falk, a chemist who is deputy head of the Arms Project, was blunt. “The test failed,” Falk said.\n",
     "test failed", "Oren Falk", "chemist"),  # the title is what precedes the clause
    ("On Monday, former state treasurer Martin Lund backed the plan. “It pays for itself,” Lund said.\n",
     "pays for", "Martin Lund", "former state treasurer"),  # a role noun no list has; `former` is kept
    ("Dale Rusk, the party's front-runner nationally, spoke first. “We will win,” Rusk said.\n", "will win",
     "Dale Rusk", "party's front-runner"),  # not the adverb after the head
    ("Rob Kell, one of several steel industry veterans who backed the plan, was blunt. “It will fail,” Kell said.\n",
     "will fail", "Rob Kell", "steel industry veteran"),  # one of many: one such person
    ("Ann Lowe, now a conservative radio host, disagreed. “It is a farce,” Lowe said.\n", "a farce", "Ann Lowe",
     "conservative radio host"),
    ("Mia Rand, president of the Harbor Federation of Teachers, said, “We object.”\n", "We object", "Mia Rand",
     "president of the Harbor Federation of Teachers"),  # a body of people after the role is no crowd
    ("Sens. Jon Tate and Jeff Merk wrote to the bank. “Pay it back,” Tate said.\n", "Pay it back", "Jon Tate",
     "senator"),  # `Sens.` however the tokenizer splits it
    ("Omar Tate’s wife, Lina Tate, filmed the stop. “Leave him alone,” Lina Tate said.\n", "Leave him alone",
     "Lina Tate", "Omar Tate’s wife"),  # a description set off before the name, owned by someone named
    ("Republican rival Jo Pike spoke next. “The plan is a gift to donors,” Pike said.\n",
     "gift to donors", "Jo Pike", None),  # a rival of someone else is no role
])
def test_a_title_names_a_role_and_is_never_a_dateline_or_other_people(check, text, snippet, name, title):
    speaker = speaker_of(check(text), snippet)
    assert (speaker["name"], speaker["title"]) == (name, title)


# Who a quote's source phrase means: (case id, draft, a snippet of the quote, the person meant).
MEANT = [
    ("family-name-first",
     "Foreign ministry spokeswoman Hua Meilin told reporters the talks would go on.\n\n"
     "“We remain open to dialogue,” Hua said.\n", "open to dialogue", "Hua Meilin"),
    ("pronoun-is-the-subject-not-the-person-met",
     "Mayor Marco Diaz met Police Chief Paul Greer on Tuesday. “We disagree on the budget,” he said.\n",
     "disagree on the budget", "Marco Diaz"),
    ("pronoun-keeps-the-topic-over-an-object",
     "Actress Maren Solberg campaigned for the senator on Monday. “He has my vote,” Solberg said.\n\n"
     "She was asked about fears that young voters would not back Lena Hart.\n\n"
     "“I think they will come around,” she said.\n", "come around", "Maren Solberg"),
    ("pronoun-not-a-person-inside-an-object",
     "Ned Albers said he had always voted for the party. “I keep an open mind,” he said.\n\n"
     "Asked about the field, he offered his view on front-runner Carl Hobb’s standing among older voters.\n\n"
     "“I think it is a passing mood,” he said.\n", "passing mood", "Ned Albers"),
    ("pronoun-the-possessor-of-a-subject-keeps-it",
     "Dr. Amos Pell hosts a daily health show. Tom Reyes, a physician, criticised it on Monday. "
     "“It is dangerous,” Reyes said.\n\nPell’s weight-loss advice earned him a hearing in the Senate last year.\n\n"
     "“I stand by every word,” he said.\n", "stand by every word", "Amos Pell"),
    ("he-is-never-the-crowd",
     "Sheriff Tom Varga spoke before the candidate. Twice the crowd chanted “Open the bridge!”\n\n"
     "He said, “We will keep this county safe.”\n", "keep this county safe", "Tom Varga"),
    ("a-courtesy-title-is-followed-by-a-name",
     "Carl King, a union organizer, spoke first.\n\n“We will march,” Mr. King said.\n", "will march",
     "Carl King"),
    ("a-description-finds-the-person-named-so-though-never-quoted",
     "Indiana Gov. Mark Pell toured a factory in Ohio on Monday.\n\nWorkers lined up to greet him.\n\n"
     "“We will win Ohio,” the Indiana governor said.\n", "win Ohio", "Mark Pell"),
    ("a-description-by-another-word-for-the-role",
     "“We will win Ohio,” Gov. Mark Pell said on Monday.\n\nRep. Adam Shore of California spoke later.\n\n"
     "“This is a scandal,” the California congressman said.\n", "a scandal", "Adam Shore"),
    ("a-long-description-reads-its-head-before-of",
     "Lena Ortiz, a nurse and mother of two, joined the march on Sunday.\n\nPolice watched from a distance."
     "\n\n“We are not afraid,” the veteran mother of two said.\n", "not afraid", "Lena Ortiz"),
    ("an-age-alone-is-the-person-the-draft-gave-that-age",
     "Maria Lopez, 46, runs a bakery in Dover. Her neighbour, Tom Reed, 52, sells shoes.\n\n"
     "“Nobody helped us,” the 46-year-old said.\n", "Nobody helped", "Maria Lopez"),
    ("an-age-before-the-name-is-stated-too",
     "Ann Reyes and 19-year-old Paulo Dias marched on Sunday.\n\n"
     "“We are the future,” said the 19-year-old student.\n", "the future", "Paulo Dias"),
    ("an-age-nobody-was-given-stays-unnamed",
     "Maria Lopez, 46, runs a bakery in Dover. A 60-year-old farmer was blunter.\n\n"
     "“It is finished,” the 60-year-old said.\n", "is finished", "the 60-year-old"),
    ("a-place-and-a-role-is-a-person-not-the-place",
     "Real estate developer Dale Rusk toured the plant on Monday. “We will build,” Rusk said.\n\n"
     "“Nobody builds better,” the New York businessman said.\n", "builds better", "Dale Rusk"),
    ("a-body-owns-the-name-after-its-possessive",
     "“It rose,” the Harbor Institute’s Dan Lowe said.\n", "It rose", "Dan Lowe"),
    ("he-is-never-demonstrators",
     "Mayor Tom Reyes left the hall on Friday.\n\n“Resign now!” demonstrators chanted outside.\n\n"
     "“I am staying,” he said.\n", "am staying", "Tom Reyes"),
    ("plural-description-is-never-one-person",
     "Dale Ryan, one of the lawyers for the city, filed the suit on Monday.\n\n"
     "“We will win in court,” the lawyers said.\n",
     "win in court", "the lawyers"),
    ("a-witness-is-one-person-a-she-can-mean",
     "Police closed Main Street on Tuesday after the crash.\n\n"
     "“I saw the car jump the kerb,” a witness said. “It was going far too fast,” she added.\n",
     "far too fast", "a witness"),
    ("a-possessive-description-needs-its-owner",
     "“Peace is possible,” said Tomas Berg, the United Nations secretary-general.\n\n"
     "“We reject it,” said the Velde campaign’s press secretary.\n", "reject it",
     "the Velde campaign’s press secretary"),
    ("a-press-secretary-is-no-secretary-general",
     "“Peace is possible,” said Tomas Berg, the United Nations secretary-general.\n\n"
     "“We reject it,” said the press secretary.\n", "reject it", "the press secretary"),
    ("possessive-description-is-who-it-described",
     "“We are ahead,” said Kara Lenz, Trump’s campaign manager, on Monday.\n\n"
     "“The polls are wrong,” Trump’s campaign manager said on Tuesday.\n", "polls are wrong", "Kara Lenz"),
]


@pytest.mark.parametrize(("text", "snippet", "name"), [case[1:] for case in MEANT], ids=[case[0] for case in MEANT])
def test_the_source_phrase_means_the_person_the_draft_means(check, text, snippet, name):
    assert speaker_of(check(text), snippet)["name"] == name


def test_a_party_from_the_config_is_read_like_a_built_in_one(pipeline, model_source):
    kb = build_knowledge({"parties": [{"name": "Green Party", "words": ["Green"], "short": "Greens"}]})
    text = "“We will plant a thousand trees,” said Green councillor Ann Birch.\n"
    result = check_document(document_from_text(text, "draft.txt"), pipeline, kb, None)
    doc = build_report([result], [], model_source.processors)["documents"][0]
    speaker = speaker_of(doc, "thousand trees")
    assert (speaker["name"], speaker["party"]) == ("Ann Birch", "Green Party")


def test_a_role_word_from_the_config_heads_a_title(pipeline, model_source, check):
    text = "Ann Roe, the orchestra’s maestro, spoke after the concert. “We play on,” Roe said.\n"
    assert speaker_of(check(text), "play on")["title"] is None  # no list has `maestro`
    kb = build_knowledge({"role_words": ["maestro"]})
    result = check_document(document_from_text(text, "draft.txt"), pipeline, kb, None)
    doc = build_report([result], [], model_source.processors)["documents"][0]
    assert "maestro" in (speaker_of(doc, "play on")["title"] or "")


def test_a_role_verb_from_the_config_states_a_post(pipeline, model_source, check):
    text = "“We sail at dawn,” said Ann Roe, who skippers the Harbor Rowing Club.\n"
    assert "skipper" not in (speaker_of(check(text), "sail at dawn")["title"] or "")  # no list has `skippers`
    kb = build_knowledge({"role_verbs": {"skippers": "skipper"}})
    result = check_document(document_from_text(text, "draft.txt"), pipeline, kb, None)
    doc = build_report([result], [], model_source.processors)["documents"][0]
    assert "skipper" in (speaker_of(doc, "sail at dawn")["title"] or "")


@pytest.mark.parametrize("text", [
    "Ann Roe of Concord said, “We are tired.”\n",
    "Jo Lake, a nurse from Fort Pierce, said, “We are tired.”\n",
])
def test_a_place_is_no_organisation(check, text):
    assert quote_with(check(text), "We are tired")["affiliation"] is None


def test_a_description_in_a_sentence_the_tagger_skipped_ends_at_its_comma(check):
    # Far from any quote the sentence has no tags: `the attorney general, the first to visit` must
    # still end at the comma, or its last word (`first`) would be read as the title.
    doc = check("Ann Roe met the families on Tuesday. Later the attorney general, the first to visit, toured the port."
                "\n\nThe weather was cold. Snow fell on the roads. Police closed the bridge.\n\n"
                "“We listened,” Roe said.\n")
    assert speaker_of(doc, "We listened")["title"] == "attorney general"


@pytest.mark.parametrize("text", [
    "Lena Hartwig dined with the bishop on Tuesday. “We agreed on nothing,” Hartwig said.\n",
    "Otto Brenner called the senator on Monday. “We agreed on nothing,” Brenner said.\n",
])
def test_someone_the_subject_acts_on_or_with_is_not_the_subjects_title(check, text):
    assert quote_with(check(text), "agreed on nothing")["speaker"]["title"] is None


SIGN_AND_COLUMN = (
    "The march crossed the bridge at noon. At the front, 12-year-old Mira Olsson waved a sign that demanded "
    "“Ferries now!”\n\n"
    "Councillor Ines Marr wrote a column that calls the harbor plan “a gift to the mainland.”\n"
)


@pytest.mark.parametrize("snippet,name", [("Ferries now", "Mira Olsson"), ("gift to the mainland", "Ines Marr")])
def test_a_document_that_reads_a_quote_speaks_for_whoever_made_or_holds_it(check, snippet, name):
    # `Olsson waved a sign that demanded "…"`: the sign is no speaker; the one who holds or wrote it is.
    assert speaker_of(check(SIGN_AND_COLUMN), snippet)["name"] == name


def test_an_appositive_describes_the_name_it_follows_and_no_one_else(check):
    doc = check("“Tolls will rise,” Transport Secretary Ivo Marek warned.\n\n"
                "“Talks can resume,” said Ban Ho-jin, the Baltic Assembly secretary-general.\n")
    assert quote_with(doc, "Tolls will")["affiliation"]["name"] == "Department for Transport"  # not Ban's body
    assert speaker_of(doc, "Talks can")["title"] == "secretary-general"


def test_a_hyphenated_role_is_not_the_role_of_its_first_word(check):
    doc = check("Harbor Secretary Ivo Marek opened the session on Monday. “Tolls will rise,” Marek said.\n\n"
                "The vote was set for May. Delegates cheered when the Baltic Assembly secretary-general entered.\n")
    assert quote_with(doc, "Tolls will")["affiliation"] is None


@pytest.mark.parametrize("opening, body", [
    ("The Harbor Commission met on Monday.", "Harbor Commission"),
    ("The Harbor Commission and the Rail Commission met on Monday.", "Commission"),  # which one, the draft does not say
])
def test_a_body_a_title_names_by_its_last_word_is_the_one_the_draft_names_in_full(check, opening, body):
    doc = check(f"{opening} “The port stays open,” said Commission Chair Greta Lund.\n")
    assert quote_with(doc, "port stays")["affiliation"]["name"] == body


@pytest.mark.parametrize("text, body", [
    ("“Fares will rise,” Transport Secretary Alan Roper urged.\n", "Department for Transport"),
    ("“Crime is down,” Home Secretary Ann Weir said.\n", "Home Office"),
])
def test_a_british_cabinet_title_names_its_department(check, text, body):
    assert quote_with(check(text), "“")["affiliation"]["name"] == body


def test_a_role_after_a_hyphenated_phrase_with_the_inside_is_read(check):
    doc = check("Ann Roe is a behind-the-curtain adviser in the port. “We will win,” Roe said.\n")
    assert speaker_of(doc, "will win")["name"] == "Ann Roe"


def test_a_national_body_is_named_as_a_newsroom_writes_it(check):
    doc = check("“We will appeal,” said U.S. Attorney General Ann Roe.\n")
    assert quote_with(doc, "We will appeal")["affiliation"]["name"] == "U.S. Department of Justice"

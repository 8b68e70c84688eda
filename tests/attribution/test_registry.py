"""The registry of people: names the tagger reads as something else are still the person named in full.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import quote_with, speaker_name
from quoteguard.attribution.draft import Draft
from quoteguard.attribution.people import spelled_alike
from quoteguard.io import document_from_text
from quoteguard.nlp import analyse
from quoteguard.quotes import classify, find_quotes

REGISTRY_CASES = [
    # A surname that is also a nationality or a country is the person once the draft names them in
    # full: `French said` after `Maria French`, `Jordan added` after `Paul Jordan`.
    ("“We will fight this in court,” said union leader Maria French.\n\n“Nothing is settled yet,” French said.",
     "Nothing is settled", "Maria French"),
    ("Coach Paul Jordan met the board on Monday.\n\n“The season is not over,” Jordan added.",
     "season is not over", "Paul Jordan"),
    ("“Rents keep rising,” said tenant organiser Ruth English.\n\nEnglish has lived on the estate for "
     "thirty years. “We cannot move,” she said.", "cannot move", "Ruth English"),
    # A given name the tagger left out of the name (`Republican Mary Grant Ellison` tagged from
    # `Grant`) is part of it, and so is the gender it shows: the she is her, not a woman named after.
    ("“We will win,” said strategist Mark Tobin.\n\nRepublican Mary Grant Ellison, the former Vermont "
     "governor, told the Ledger on Friday that she would sooner back Ann Cole than Dale Ryan.\n\n"
     "“I am ashamed,” she said.", "I am ashamed", "Mary Grant Ellison"),
    # Two particles stay inside the name (`van den`), whether they open it or not.
    ("“The harbour stays open,” said Hendrik van den Broek, the pilot.\n\nVan den Broek said the tugs were "
     "ready. “Ships can wait a day,” he said.", "wait a day", "Hendrik van den Broek"),
    # The tagger may call an unfamiliar town after `the mayor of` a person; the he is still the mayor.
    ("When Tom Brandel, the mayor of Oakvale, was asked about the flooded road, he said: “Crews start on "
     "Monday.”", "Crews start", "Tom Brandel"),
    # The tagger may cut a name at a hyphen inside it (`Ruel-Hart`, `Jo-Ann`); the person is the whole
    # name, with the title before it. Two people's surnames joined (`the Reyes-Bell ticket`) name neither.
    ("Councilwoman Dana Ruel-Hart spoke first. Ruel-Hart said the vote was “long overdue.”", "long overdue",
     "Dana Ruel-Hart"),
    ("State Rep. Jo-Ann Pell, a Democrat, spoke last. “This is a start,” Pell said.", "This is a start", "Jo-Ann Pell"),
    ("Governor Ana Reyes chose Senator Tom Bell for the ticket on Friday. The Reyes-Bell ticket won applause. "
     "“We are ready,” Bell said.", "We are ready", "Tom Bell"),
    # A lone given name is the one person named in full with it, whichever comes first; two people sharing it
    # leave it as written.
    ("Delia waved from the podium first. “We will win this county,” Delia said.\n\nDelia Marchetti, the "
     "candidate for county clerk, has led every poll since June.", "win this county", "Delia Marchetti"),
    ("Tomas Ruiz and Tomas Beck ran the count. “It is close,” Tomas said.", "It is close", "Tomas"),
    # A surname misspelt once (two letters swapped, a letter doubled) is the person named in full.
    ("Harbor pilot Gregor Maltessi brought the tanker in at dawn. “The channel was clear,” Maltesi said.",
     "channel was clear", "Gregor Maltessi"),
    ("Reporter Ines Kovacs asked about the fog. “It lifted by six,” Kovasc said.", "lifted by six", "Ines Kovacs"),
    # `Jr.` and `III` come after the surname, even where the tagger cuts the name before the surname.
    ("The Rev. Marcus Ellery Jr. led the prayers. “We grieve together,” Ellery said.", "grieve together",
     "Marcus Ellery Jr."),
    ("Activist Paul Brent Bozman III spoke next. “We will march,” Bozman said.", "We will march",
     "Paul Brent Bozman III"),
    # A full name only a quote gives names the person the narration calls by surname alone, and gives
    # her gender: the she after a man who spoke last is her.
    ("“This afternoon I met with Harbor Director Ann Quist and her staff,” Mayor Tom Roe said.\n\nQuist told "
     "reporters the pier would reopen.\n\n“We need two more weeks,” Roe said. Asked about the ferry, Quist "
     "frowned. “Not this year,” she said.", "Not this year", "Ann Quist"),
    # A party word the tagger calls a person (`Cole, a Democrat,`) is no one: the she is Cole.
    ("Senator Ann Cole toured the mill on Friday.\n\nCole, a Democrat, did not mention her rival by name. "
     "But she said the mill deserved “a fair deal.”", "a fair deal", "Ann Cole"),
    # A full name the tagger takes for a place or a body (`Lark Emberly, treasurer …`) is still the person
    # the surname stands for later, not a second speaker called by surname alone.
    ("The cellar flooded at dawn, which Lark Emberly, the clinic nurse, blamed on the pumps.\n\n“The pumps "
     "were twenty years old,” Emberly said.", "twenty years old", "Lark Emberly"),
    # A name written once with its accents and once without (`François`/`Francois`, `Núñez`/`Nunez`) is
    # one person, shown as first written.
    ("Harbour master François Lemaire closed the north quay on Tuesday.\n\n“We move slowly now,” Francois "
     "Lemaire said by evening.", "move slowly", "François Lemaire"),
    ("Pilot Inés Varona Núñez kept the tugs at anchor. “Nobody sails tonight,” Nunez said.", "sails tonight",
     "Inés Varona Núñez"),
    # A word for whom she opposes, capitalised as a sentence's first word (`Rival Ann Roe had mocked …`), is no
    # part of her name.
    ("The mayor blamed the sound system for his stumbles at the forum.\n\nRival Hilde Vance had laughed "
     "it off, telling reporters that anyone who blames the speakers “had a rough evening.”",
     "rough evening", "Hilde Vance"),
    # A curly apostrophe in the name as first written and a straight one later (`O’Brien`/`O'Brien`): one person.
    ("The blaze was started by a heater, according to Fire Chief Dana O’Brien.\n\n“The cause is known,” "
     "said O'Brien on her second day in the post.", "cause is known", "Dana O’Brien"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), REGISTRY_CASES)
def test_a_name_the_tagger_misreads_is_the_person_named_in_full(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker


# Where a name starts. A role word capitalised before a name (`Actress`, `County Recorder`, `House
# Republican`) is no part of it where the tagger's person starts after it, even when the given name is in
# no list; a given name that is also a title (`Dean Varlow, treasurer of …`) stays, before a lone surname
# and an appositive, but before the surname of someone named in full (`Dean Marta Quill`) it is her title.
NAME_STARTS = (
    "The hearing on the dam ran late.\n\n“The money is already there,” House Republican Corwin Ashby told "
    "reporters.\n\n“Nobody asked the farmers,” said Ossining County Recorder Mirela Stang.\n\n"
    "Actress Quenby Lark said, “I grew up by that river.”\n\n“It was a clean vote,” Counsel Ruaidhri Belcastro said."
    "\n\n“Budgets are a plan for the harbor,” said Dean Varlow, treasurer of the Tidewater rowing club.\n\n"
    "Dean Hollis, a 40-year-old welder from Ashford, says the mill will “rise again by spring.”\n\n"
    "“The law school will open in March,” said Dean Marta Quill.\n\n“We teach pleading first,” Dean Quill said."
)


@pytest.mark.parametrize(("snippet", "speaker"), [
    ("already there", "Corwin Ashby"), ("asked the farmers", "Mirela Stang"), ("grew up", "Quenby Lark"),
    ("clean vote", "Ruaidhri Belcastro"), ("plan for the harbor", "Dean Varlow"), ("rise again", "Dean Hollis"),
    ("pleading first", "Marta Quill")])
def test_a_name_starts_after_a_role_but_keeps_a_given_name_like_a_title(check, snippet, speaker):
    assert speaker_name(check(NAME_STARTS), snippet) == speaker


MIDDLE_INITIAL = (
    "The mayor was joined by state Rep. Dorian P. Vance, a lawyer who serves the district.\n\n"
    "“The bridge is coming along,” he said.\n\n"
    "“Rain will come,” said Tomas R. Hale, a farmer. Hale said later, “We hope the road holds.”"
)


def test_a_middle_initial_keeps_the_name_whole(check):
    # The tagger may cut `Rep. Dorian P. Vance` in two at the initial; the person is the whole name,
    # and the given name before the cut is no second person.
    doc = check(MIDDLE_INITIAL)
    assert speaker_name(doc, "coming along") == "Dorian P. Vance"
    assert speaker_name(doc, "road holds") == "Tomas R. Hale"
    assert not any(s["name"] in ("Dorian", "P. Vance") for s in doc["speakers"])


def test_a_title_cut_from_its_period_is_no_person(check):
    # At a sentence's start the tokenizer may leave `Sen` apart from its period: a title, not a name.
    doc = check("Sen. Ann Voss of Idaho spoke first. “The grain fund is short,” the Idaho senator said.")
    assert speaker_name(doc, "grain fund") != "Sen"
    assert not any(s["name"] == "Sen" for s in doc["speakers"])


@pytest.mark.parametrize(("word", "other", "alike"), [
    ("kovasc", "kovacs", True), ("maltesi", "maltessi", True), ("branock", "brannock", True),
    ("vessa", "vesta", False), ("holmston", "holmson", False), ("quints", "quint", False),
])
def test_spelled_alike_is_one_slip_of_the_keyboard(word, other, alike):
    assert spelled_alike(word, other) is alike


def test_a_party_word_the_tagger_calls_a_person_is_no_one_named(check):
    # `Cole, a Democrat,` and `a senior Democrat`: a party's member, never a person called Democrat.
    doc = check("Senator Ann Cole toured the mill on Friday.\n\nCole, a Democrat, did not mention her rival by name. "
                "But she said the mill deserved “a fair deal.”\n\n“The mill stays open,” said a senior Democrat.")
    assert quote_with(doc, "mill stays open")["speaker"]["type"] == "unnamed"
    assert not any(s["name"] == "Democrat" for s in doc["speakers"])


PLACE_PARTY = (
    "“The ferry vote will be close,” said a Georgia Democrat. “Nobody in Pell Harbor trusts the count.”\n\n"
    "“Turnout in the hill towns will decide it,” added a South Carolina Republican.\n\n"
    "“We will carry the valley,” one Vermont Democrat said."
)


@pytest.mark.parametrize("snippet,party", [
    ("ferry vote", "Democratic Party"), ("trusts the count", "Democratic Party"),
    ("hill towns", "Republican Party"), ("carry the valley", "Democratic Party")])
def test_a_place_before_a_party_member_names_no_one(check, snippet, party):
    # `a Georgia Democrat`: a party's member from a place is an unnamed source of that party, never a
    # person called `Georgia Democrat` (even where the place is also a given name).
    quote = quote_with(check(PLACE_PARTY), snippet)
    assert quote["speaker"]["type"] == "unnamed"
    assert quote["speaker"]["party"] == party


@pytest.mark.parametrize("opener", ["And", "Does", "While"])
def test_a_word_that_opens_the_sentence_is_dropped_from_the_surname_after_it(pipeline, kb, opener):
    # The tagger may run `And`, `Does`, `While` into the surname after it; that surname stands for
    # someone named in full, never a person called `Does Brisk`. A given name stays (`Will Darrow`).
    text = f"Governor Ada Brisk toured the harbor.\n\n{opener} Brisk said the levy would pass. Will Darrow agreed."
    doc = document_from_text(text, "draft.txt")
    analysis = analyse(doc.text, pipeline, None)
    draft = Draft(doc, analysis, classify(doc, find_quotes(doc), analysis, kb), kb)
    draft.collect_people()
    tokens = [t.text for t in draft.t]
    brisk = tokens.index("Brisk", tokens.index(opener))
    assert draft.strip_descriptors(brisk - 1, brisk) == (brisk, brisk)
    will = tokens.index("Will")
    assert draft.strip_descriptors(will, will + 1) == (will, will + 1)

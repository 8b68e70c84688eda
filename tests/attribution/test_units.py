"""Each attribution unit alone, on real Stanza analyses of sentences written for these tests.

Stage one (quote → source mention): every sieve in `SIEVES` has a table of drafts, the phrase it
must find, and the proof that `find_source` credits that sieve. Stage two (mention → entity): each
resolution step has drafts whose last quote it must decide, and the entity it must choose.
"""

from __future__ import annotations

import pytest

from quoteguard.attribution import attribute
from quoteguard.attribution.draft import Draft
from quoteguard.attribution.resolution import RESOLUTION_STEPS
from quoteguard.attribution.sieves import SIEVES, find_source, site_of
from quoteguard.io import document_from_text
from quoteguard.nlp import analyse
from quoteguard.quotes import classify, find_quotes

SIEVE_CASES = {
    "transcript-label": [
        ("“HALVORSEN: We are ready to sign the agreement today.”", "HALVORSEN"),
    ],
    "after": [
        ("“The bridge will reopen in May,” said engineer Tomas Lindqvist.", "engineer Tomas Lindqvist"),
        ("“We never saw the invoice,” Greta Maalouf said.", "Greta Maalouf"),
        ("“Nobody warned the tenants.” — Ruth Abernathy", "Ruth Abernathy"),
        ("“Let the clerk finish,” interjected Senator Ada Moss.", "Senator Ada Moss"),
        ("“I never liked the plan,” Dana Ruiz blurted out.", "Dana Ruiz"),
        ("“Sleep matters more than diet,” advises psychologist Jane Doe.", "psychologist Jane Doe"),
        ("“Get out of my office,” Senator Ada Moss barked.", "Senator Ada Moss"),
        ("“We will win this county.” Ruth Abernathy said.", "Ruth Abernathy"),
        ("“Will you sign the bill tonight?” the anchor pressed.", "the anchor"),
        ("“What a disaster,” reacted Mayor Tom Baker.", "Mayor Tom Baker"),
        ("“The delay is a scandal,” explained Ohio-based attorney Maria Lopez.", "Ohio-based attorney Maria Lopez"),
        ("“The schedule is absurd,” said a longtime adviser to the governor.", "a longtime adviser to the governor"),
        ("“It was never close,” said a source close to the campaign.", "a source close to the campaign"),
        # (the tagger calls `person` an adjective before `close`)
        ("“The deal is dead,” said a person close to the mayor.", "a person close to the mayor"),
        ("“We finally have a stadium!” beamed club chairwoman Ruth Abernathy.", "club chairwoman Ruth Abernathy"),
        ("“We will not back down,” Mayor Tom Baker went on.", "Mayor Tom Baker"),
        ("“Everyone told her not to sign it,” remembered Tom Baker, a former aide.", "Tom Baker"),
        # an `and` inside a body's name, or between two people, joins one subject
        ("“The levy is unfair,” Tom Vance of the Dunmore Council for Tides and Currents said.",
         "Tom Vance of the Dunmore Council for Tides and Currents"),
        ("“The levy is unfair,” Ada Berg and Harbour Master Tom Vance of the Dunmore Institute said.",
         "Ada Berg and Harbour Master Tom Vance of the Dunmore Institute"),
    ],
    "before": [
        ("Councillor Ivo Brankovic said: “The budget is a fiction.”", "Councillor Ivo Brankovic"),
        ("The minister criticised the board on Friday, saying, “Nobody read the report.”", "The minister"),
        ("She told reporters that “the vote was never close.”", "She"),
        ("The letter read: “Your lease ends in May.”", "The letter"),
        ("Governor Ana Ruiz shot back, “Nobody asked the farmers.”", "Governor Ana Ruiz"),
        ("The mayor was asked by reporter Tom Baker, “Will the pier reopen before summer?”", "reporter Tom Baker"),
        ("The meeting ended in chaos, with Councillor Ada Okafor loudly insisting: “This vote is not over.”",
         "Councillor Ada Okafor"),
        ("The rally turned loud, with many marchers and onlookers chanting “We are Dayton” all afternoon.",
         "many marchers and onlookers"),
        # the participle's clause has no subject in the parse, or only an expletive `there`
        ("In a letter sent on Tuesday, Rep. Ada Okafor (D-Ohio) weighed in on the audit, saying: “The agency owes us "
         "answers.”", "Rep. Ada Okafor"),
        ("The club refused to comment on which player the coach would like to sign in January but said there was no "
         "bid or approach made by the rival club, adding: “If they call, we will listen.”", "The club"),
        ("Lagos also offered to help in talks between the unions and the port, and Deputy Harbour Master Ada Okafor "
         "cautioned Mayor Tom Baker against quietly joining the dispute, saying, “this would make everything worse.”",
         "Deputy Harbour Master Ada Okafor"),
        ("A spokesman for the port authority wrote to tenants on Friday, insisting, “The fees are lawful.”",
         "A spokesman for the port authority"),
        ("Turnout in the valley has been lower than expected - Maria Lopez: “Voters are still making up their minds.”",
         "Maria Lopez"),
        ("Forecasters concur - Maria Lopez: “Voters are still making up their minds.”", "Maria Lopez"),
        # a digest's lead-in names where the excerpt comes from
        ("Turnout in the valley was low - More from Ana Ruiz: “Voters are still making up their minds.”", "Ana Ruiz"),
        ("Not all polls are equal. From the report: “Samples differ widely.”", "the report"),
        ("Colleagues referred to the program as “the crown jewel of the department.”", "Colleagues"),
        ("Governor Ana Ruiz blamed the flooding on “a decade of neglect.”", "Governor Ana Ruiz"),
        # a cue inside what another speech verb reports: the reporter speaks
        ("Senator Ana Ruiz said she is sure Governor Tom Baker will continue to be “a loyal partner.”",
         "Senator Ana Ruiz"),
        ("Mayor Lena Ortiz said the treasurer promised her that the budget was “fully funded.”", "Mayor Lena Ortiz"),
        # an adverb set off by commas after the subject is no apposition
        ("The two senators, however, argue that “the deal is dead.”", "The two senators"),
        # a cue in a relative clause (`which some have argued`) says what a noun is; the outer cue frames
        ("He said that the union’s offer, which some have argued was a bluff, was an “insult” to the workers.", "He"),
        # a time phrase or a dateline the parse also calls a subject opens the clause; the name speaks
        ("Later that week, Senator Ana Ruiz doubled down, calling the deal “a betrayal of workers.”",
         "Senator Ana Ruiz"),
        ("Kano (Reuters) – Labour leader Ada Okafor has attacked the new port fees, saying that “hidden charges” hurt "
         "fishermen most.", "Labour leader Ada Okafor"),
        ("Tom Baker, a farmer from Dayton, said he wanted “clean water for every county.”",
         "Tom Baker, a farmer from Dayton,"),
        # a subject the parse finds inside a party tag is the name before it
        ("In a sharp rebuke of the governor, Sen. Tom Baker (I-Vt.) called him reckless and accused him of trying to "
         "“punish the poor.”", "Sen. Tom Baker"),
        # a parse that heads the subject on a title still takes the name after it
        ("Former Secretary of State Maria Lopez quietly endorsed the challenger, saying, “He listens to people.”",
         "Former Secretary of State Maria Lopez"),
        # an -ing form after `be` is a finite verb with a subject of its own, not a participle
        ("In what may be the first time landlords and the city have agreed on anything, the tenants union is "
         "calling on the council to “stop the evictions now.”", "the tenants union"),
    ],
    "according-to": [
        ("The pier is “beyond repair,” according to surveyor Anton Reyes.", "surveyor Anton Reyes"),
    ],
    # an unnamed source cited after a quote inside a clause, ahead of a speech verb in another clause
    "according-to-unnamed": [
        ("After Tom Hale raised it, the pier was “beyond repair,” according to a dock worker at the port.",
         "a dock worker at the port"),
    ],
    "speech-noun": [
        ("Senator Mira Oyelaran's remarks — “This plan costs too much” — drew a rebuke.", "Senator Mira Oyelaran"),
    ],
    "owned-speech": [
        ("The union will not back Lund since her April comment that, “We will close the yard.”", "her"),
        ("Critics went beyond the mayor’s controversial claim that the pier was “safe as houses.”", "the mayor"),
        ("The vote came after Councillor Ada Berg’s pledge to keep the ferry “running all winter.”",
         "Councillor Ada Berg"),
    ],
    "tag": [
        ("A guard who “saw nothing unusual” was dismissed, Lena Fischer said.", "Lena Fischer"),
        # the speaker after the verb: `, said NAME, apposition.` closes the sentence it frames
        ("The closure of the mill signals “the end of an era” for the valley, said Tom Baker, a historian at "
         "Dayton College.", "Tom Baker"),
        # a document or a statement speaks in a tag too
        ("The tenants face an “unjust burden” under the new rules, the harbour report says.", "the harbour report"),
        ("The plan gives the port board a “free hand” over the docks, the lawsuit says.", "the lawsuit"),
        # a full stop inside the quote: the tag is in the sentence where the quote ends
        ("The old rivals “were stiff. They were not fun” in the debate, Dana Ruiz said.", "Dana Ruiz"),
    ],
    "document": [
        ("“Dear colleagues, the office closes on Friday,” the email began.", "the email"),
        ("“The boiler failed twice,” court records show.", "court records"),
        ("Inspection records show “no visit since 2019.”", "Inspection records"),
    ],
    # a clause with a subject but no cue, then a comma, leads into a whole quote
    "lead-in": [
        ("Right after the vote, Mayor Olga Dunmore issued a statement, “The council owes the town a vote.”",
         "Mayor Olga Dunmore"),
        ("Velasco shared his doubts with reporters at the harbor hall, “Nobody here has read the budget.”", "Velasco"),
        ("Velasco also backed steep fines for polluters -- “The fines are small next to the damage.”", "Velasco"),
    ],
    "trailer": [
        ("“We will rebuild the bridge by spring.”\nJane Doe, mayor of Springfield.", "Jane Doe"),
        ("“We will rebuild the bridge by spring.”\n— Jane Doe", "Jane Doe"),
    ],
}

NOT_FOUND = {
    "after": ["The board rejected the plan, arguing that “the costs are unclear,” citing a study from May.",
              "The mayor described the budget as “a plan for growth” — a claim Senator Ruiz has disputed for months."],
    # what a passive's subject was asked, what a participle's noun is called: nobody's words by them
    "before": ["The council launched a website called “Open Streets” in May.",
               "The mayor was asked, “Will the pier reopen before summer?”"],
    "document": ["She began “a new chapter” in her life."],
    # what a cue or a copula calls the owned speech noun, not its owner's words
    "owned-speech": ["Ada Lund called Mr. Berg’s remarks on Friday “a cheap stunt.”",
                     "The mayor’s statement was “false,” the clerk found."],
    # no subject, or one who was spoken to
    "lead-in": ["Then, “The council has failed the town.”", "The harbor plan — “We rebuild the pier by May.” — passed.",
                "The mayor was asked, “Will the pier reopen before summer?”"],
    "trailer": ["“We will rebuild the bridge by spring.”\nJane Doe left the hall after the vote.",
                "Jane Doe spoke last. “We will rebuild the bridge by spring.”\nJane Doe, mayor of Springfield."],
}


def _draft(pipeline, kb, text: str) -> tuple[Draft, list]:
    doc = document_from_text(text, "draft.txt")
    scan = find_quotes(doc)
    analysis = analyse(doc.text, pipeline, None)
    quotes = classify(doc, scan, analysis, kb)
    draft = Draft(doc, analysis, quotes, kb)
    draft.collect_people()
    return draft, draft.quotes


def _cases():
    for unit, rows in SIEVE_CASES.items():
        for text, phrase in rows:
            yield pytest.param(unit, text, phrase, id=f"{unit}: {text[:40]}")


@pytest.mark.parametrize(("unit", "text", "phrase"), list(_cases()))
def test_a_sieve_finds_its_phrase_and_is_credited(pipeline, kb, unit, text, phrase):
    draft, quotes = _draft(pipeline, kb, text)
    sieve = next(s for s in SIEVES if s.id == unit)
    found = sieve.find(draft, site_of(draft, quotes[0]))
    assert found is not None, f"{unit} found no phrase"
    assert draft.span_text(found.first, found.last) == phrase
    assert found.sieve in sieve.patterns
    chosen = find_source(draft, quotes[0])
    assert chosen is not None and chosen[2] == unit


@pytest.mark.parametrize(("unit", "text"), [(u, t) for u, rows in NOT_FOUND.items() for t in rows])
def test_a_sieve_leaves_a_lookalike_alone(pipeline, kb, unit, text):
    draft, quotes = _draft(pipeline, kb, text)
    sieve = next(s for s in SIEVES if s.id == unit)
    assert sieve.find(draft, site_of(draft, quotes[0])) is None


def test_every_sieve_has_cases_and_a_unique_id():
    ids = [s.id for s in SIEVES]
    assert len(ids) == len(set(ids))
    # The two parse-only sieves are exercised end to end in test_attribution.py (dependency, clause subject).
    assert set(ids) - set(SIEVE_CASES) == {"dependency", "clause-subject"}


def test_a_sieve_that_needs_a_parse_is_skipped_without_one(pipeline, kb):
    draft, quotes = _draft(pipeline, kb, "Kessler dismissed the plan as a “vanity project” on Monday.")
    parsed = find_source(draft, quotes[0])
    assert parsed is not None and parsed[2] == "clause-subject"
    draft.a.processors = frozenset({"tokenize"})
    assert find_source(draft, quotes[0]) is None


STEP_CASES = [
    ("“We will appeal,” said lawyer Dana Whitlock.", "full-name", "Dana Whitlock"),
    ("“We will appeal,” said lawyer Dana Whitlock. “The ruling ignores the evidence,” Whitlock added.", "surname",
     "Dana Whitlock"),
    # (the sentence before has no person as subject, so the subject chain leaves these to their steps)
    ("The board heard Tom Ellery and spokeswoman Marta Kowalczyk. “Rates will rise,” she said.", "pronoun-gender",
     "Marta Kowalczyk"),
    ("The panel heard economist Adaeze Okafor first. “Rates will rise,” she said.", "pronoun-last-named",
     "Adaeze Okafor"),
    ("“Rates will hold,” said Tom Ellery. Economist Adaeze Okafor spoke next. She cited the deficit. "
     "“Rates will rise,” she said.", "pronoun-subject-chain", "Adaeze Okafor"),
    # (a name the parse takes for the clause's subject, a man named inside it: the he is the sentence's subject)
    ("Mayor Ann Roe spoke first. Vesey, who is on the council and has spent the month trading jabs with Paul Dunne, "
     "praised what he called “a fair fight.”", "pronoun-sentence-subject", "Vesey"),
    ("Delia Marchetti, the candidate for county clerk, spoke in Dayton. “We will win this county,” Delia said.",
     "given-name", "Delia Marchetti"),
    ("“The figures are wrong,” said a senior treasury official.", "unnamed", "a senior treasury official"),
    ("“Prices will fall,” the Kremlin said.", "organisation", "Kremlin"),
    ("“I was not there,” she said.", "pronoun-unresolved", "she"),
]


@pytest.mark.parametrize(("text", "step", "entity"), STEP_CASES, ids=[c[1] for c in STEP_CASES])
def test_a_resolution_step_chooses_the_entity(pipeline, kb, text, step, entity):
    doc = document_from_text(text, "draft.txt")
    scan = find_quotes(doc)
    analysis = analyse(doc.text, pipeline, None)
    quotes = classify(doc, scan, analysis, kb)
    result = attribute(doc, analysis, quotes, kb)
    last = result.attributions[max((q for q in quotes if q.depth == 0), key=lambda q: q.start).id]
    assert last.resolution == step
    assert step in RESOLUTION_STEPS
    assert result.speakers[last.speaker_id].name == entity

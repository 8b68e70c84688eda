"""Who a he/she that sources a quote stands for: patterns from news copy, on sentences written for them.

Each case runs the real Stanza pipeline; the draft's other people are there to be wrongly chosen.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name, speaker_of
from quoteguard.engine import check_document
from quoteguard.io import document_from_text
from quoteguard.knowledge import build_knowledge
from quoteguard.report.model import build_report

PRONOUN_CASES = [
    # The antecedent comes before the pronoun: a person named between the pronoun and its quote
    # is spoken to or about.
    ("Councillor Tom Brandt spoke after the vote. He thanked Mayor Paul Hines, saying, “This budget is sound.”",
     "budget is sound", "Tom Brandt"),
    # Sentences whose subject is the same he/she carry the person last named as a subject; whoever
    # they mention in passing, and whoever was quoted before, is not who speaks.
    ("“We will not raise fares,” said transit director Joe Kaplan.\n\nNurse Dale Ferris spoke at the town "
     "meeting. He later thanked Councillor Oscar Beltran for the new clinic.\n\n“I ask my patients every day,” "
     "he said.", "ask my patients", "Dale Ferris"),
    # The chain starts at a name with an appositive (`Kellar, a retired judge, …`), or at a name
    # before a main verb the parse gives no subject (`At the hearing, Kowal all but conceded …`).
    ("“We will build,” said developer Ray Olsen.\n\nB. Kellar III, a retired judge from the county bench, "
     "spoke next. He now backs Mayor Carl Dunn.\n\n“The rules are clear,” he said.", "rules are clear",
     "B. Kellar III"),
    ("“Nothing changes,” said analyst Tim Ross.\n\nAt the hearing, Kowal all but conceded the point to the "
     "panel. He smiled.\n\n“We are moving on,” he said.", "moving on", "Kowal"),
    ("“We will not raise fares,” said transit director Joe Kaplan.\n\nMendel talks about growing up in Dayton. "
     "He has watched the river port recover.\n\n“I ask my wife every day,” he said.", "ask my wife", "Mendel"),
    # The sentence just before, when its subject is a fitting person, decides even with no he/she
    # between: over a person of known gender it only mentions, and over the speaker quoted before.
    ("“The plan works,” said planner Tom Park.\n\nOkafor described the naive hopes of Mayor Jane Hale's "
     "supporters.\n\n“Nobody wants this,” she said.", "Nobody wants this", "Okafor"),
    # A sentence is its speaker's: the name next to a speech verb, however the parse reads an
    # interrupting `X said` or an inverted `said X`.
    ("“We tried,” said Mayor John Reyes.\n\nReyes, Dunmore said, remains popular in the valley."
     "\n\n“People trust him,” he said.", "People trust him", "Dunmore"),
    ("“We will win,” said Senator Anna Brook.\n\n“Nobody expected a recount” in Brook’s district, said Kessler. "
     "“She cannot move left,” she said.", "cannot move left", "Kessler"),
    # ... but not a speech verb in a clause that only sets the scene.
    ("“Costs will fall,” said Senator Ruth Amel.\n\nWhen Ward asked about the plan, Amel smiled and repeated "
     "her pledge.\n\n“Nobody will lose coverage,” she said.", "lose coverage", "Ruth Amel"),
    # A relative pronoun the parse makes the main subject stands for the name before it.
    ("“Schools improved,” said Secretary Mark Harlow.\n\nHalvorsen, who doubts the council’s figures, called the "
     "budget “a mess.”\n\n“We need to be humble,” he said.", "need to be humble", "Halvorsen"),
    # A name that only modifies a noun (`the Harlow administration`) names the thing, not a candidate.
    ("Secretary Mark Harlow left office in May.\n\nA voter asked Senator Amos Reed about cuts under the Harlow "
     "administration. He began with a story about his father.\n\n“It was a hard time,” he said.", "hard time",
     "Amos Reed"),
    # A name the he/she's own sentence gives only as an object (`never named Bell or Kerr`) or in a
    # phrase (`with Jim Harlow`) does not stop the chain: the he/she is still the subject before.
    ("“The budget is a mess,” said treasurer Paul Okoro.\n\nSenator Dan Ruiz, who won the county easily, is "
     "calling on rivals to quit. While he never named Tom Bell or Al Kerr in his remarks, he left no doubt that he "
     "wants them to withdraw.\n\n“It is time to unite,” he said.", "time to unite", "Dan Ruiz"),
    # A copular sentence whose predicate is a name (`there by the door was Okafor`) is about that person.
    ("“Prices keep going up,” said Mayor Frank Harlow.\n\nThe hall cheered loudly. But there by the door "
     "was Okafor, the shop worker, who said little. He was not impressed.\n\n“This is theatre,” he said.",
     "is theatre", "Okafor"),
    # A new paragraph that names one fitting person, as an object (`The book accuses Dessel`, `Footage of
    # Dessel`), is about that person: its he/she is not the one quoted in an earlier paragraph.
    ("Mayor Tom Brack opened the fair. “It is a great day,” Brack said.\n\nThe book accuses Omar Dessel of "
     "ignoring the guards. He called that claim unfair. “Those guards were brave,” he said.", "guards were brave",
     "Omar Dessel"),
    ("Mayor Tom Brack opened the fair. “It is a great day,” Brack said.\n\nFootage of Omar Dessel later "
     "appeared online. “We will not stop,” he says in the clip.", "will not stop", "Omar Dessel"),
    # A bare surname two people of the draft share (a couple) is, for a she, the woman of them.
    ("Senator Ada Marsh wants to be governor. Her husband, former Governor Tom Marsh, campaigned for her in "
     "Dover. “She is ready,” Tom Marsh said.\n\nAcross town, Dana Harte, the county chairwoman, praised the "
     "turnout. “The hall is full,” she said.\n\nIn a speech in Akron, Marsh, with no name given, then scolded "
     "Ray Olden for coming late to the cause. “Nobody can drop in a week before a vote,” she said.",
     "drop in a week", "Ada Marsh"),
    # A subject word whose appositive is the name (`his wife, Jane, offered …`) is that person, who takes the
    # family name of the man the sentences before are about.
    ("“We will win the county,” said Mayor Ann Lutz.\n\nSenator Omar Feld spent the week in the north. But his "
     "wife, Jane, gave a hint of his plans in a radio talk on Monday.\n\n“He wants to keep this going,” "
     "she said.", "keep this going", "Jane Feld"),
    # A sentence about someone the he/she cannot be (a woman, before a `he`) is passed over.
    ("Senator Arvo Varga held a rally in the home town.\n\n“We will win the state,” said strategist Mark Tobin."
     "\n\nVarga won the primary in the north. The rival, Marta Reyes, won the south.\n\nHe told supporters that "
     "“my own neighbours” had stood by him.", "own neighbours", "Arvo Varga"),
    # Whom a sentence about the same he/she names (`He said that Mr. Cole needs …`) is not the he: when
    # the chain finds no one, the later steps choose among the others.
    ("Senator Dale Ryan met donors in Columbus on Monday.\n\n“We will unite the party,” said chairwoman Vera "
     "Lang.\n\nThe statement was a reversal for the senator. He said on Thursday that Mr. Tom Colby must still "
     "prove that he is a real reformer.\n\n“Voters want to know where he stands,” he said.",
     "where he stands", "Dale Ryan"),
    # A surname already known as a person's is a person's name when it acts, even where the tagger
    # took it for a body or a place (`Barrow accused the agency …`).
    ("Senator Mark Barrow opened the hearing on Monday.\n\n“The budget is late,” committee aide Tom Ellery "
     "said.\n\nBarrow accused the agency of stalling.\n\n“We cannot wait another year,” he said.",
     "another year", "Mark Barrow"),
    # A subject that is a definite description (`The Iowa governor argued …`) is the person the draft
    # described so, even after someone else was named in between.
    ("“We will deport no one,” said Senator Ted Brann of Texas.\n\nIowa Gov. Tim Calder was the last to "
     "answer. Earlier, Senator Ted Brann had called for a wall. The Iowa governor argued that no state could "
     "afford mass removals.\n\n“I could not imagine it,” he said.", "could not imagine", "Tim Calder"),
    ("“The court has spoken,” said Senator Maria Quell.\n\nActress Lorna Vell joined the march in Dover. "
     "Later, Senator Maria Quell gave a short speech. The actress told a radio host that Congress moved "
     "too slowly for her. She praised the senator, too.\n\n“Some people want a revolution,” she said.",
     "want a revolution", "Lorna Vell"),
    ("“The plan is dead,” said Senator Roy Maddox.\n\nDr. Ben Orwell, a retired surgeon, is running for "
     "mayor. Critics such as Mayor Roy Maddox doubt him. The retired surgeon offered few details of his "
     "plan.\n\n“My staff stays with me,” he said.", "staff stays with me", "Ben Orwell"),
    # A subject that is a thing a person owns (`Lund's blog mocked …`) keeps the story on its owner.
    ("“We should be worried,” said Senator Paul Brenner of Ohio.\n\nMayor Iris Dalton signed the harbour deal "
     "in May. Femi Lund's blog mocked Dalton for the deal on Tuesday. He counts the votes she lost."
     "\n\n“The harbour was sold cheap,” he wrote.", "harbour was sold cheap", "Femi Lund"),
    # An owned person (`Amel's lawyer, Tom Reyes,`) is someone else.
    ("“We are ready,” said Mayor Carl Dunn.\n\nSenator Ruth Amel met voters in Dover. Amel's lawyer, Tom "
     "Reyes, spoke first. He said the case was weak.\n\n“The charges will not stand,” he said.",
     "charges will not stand", "Tom Reyes"),
    # A name with an aside before its verb (`Okafor, 41, told a paper …`) is the sentence's speaker,
    # however the parse takes `the station` for the subject: not the person named as an object.
    ("“We need money,” said Senator Ann Velde.\n\n“The rent is too high,” Okafor, 41, told a local paper on "
     "Friday about the flats by the river that Brenner’s firm built for Velde.\n\n“My guess is that Brenner "
     "will lower it,” she said.", "lower it", "Okafor"),
    # Whoever the words a he/she reports are about (`Brack is no friend of farmers, he said`) is not the
    # he/she: the chain goes on to the sentence before.
    ("“The road must be rebuilt,” said Mayor Tom Brack.\n\nJoel Hanter, a farmer near Dunmore, said he would "
     "stay home on voting day this time. Brack is no friend of farmers, he said.\n\n“He never visits,” he "
     "added.", "never visits", "Joel Hanter"),
    ("“The road must be rebuilt,” said Senator Ann Velde.\n\nLisa Morrow, who runs the bakery, doubts the "
     "plan. Velde rarely comes to the valley, she said.\n\n“Nobody here trusts her,” she said.", "Nobody here",
     "Lisa Morrow"),
    # ... unless those words are partly quoted (`Kell poured "ice on the plan," she recalled`): then they
    # are her own, about herself.
    ("The merger came from the board’s oldest director, Ivo Brandt. Brandt urged Dana Kell to call the rival "
     "firm at once.\n\nBut Kell, who had joined the firm a year earlier, poured “ice on the plan at once,” she "
     "recalled in a book. She wanted the firm to wait.", "ice on the plan", "Dana Kell"),
    # A name inside the question a he/she is asked (`Asked about her plans if Velde …, she replied`) is what
    # she speaks about, not who she is.
    ("“Fares will hold,” said Senator Ann Velde.\n\n“I will not back her,” Okoro said of Velde on Monday.\n\n"
     "Asked about her plans if Velde takes the primary, she replied: “I have not decided.”",
     "not decided", "Okoro"),
    # The person a clause on the he/she's own verb addresses, when the writer or a group is its subject
    # (`when we phoned Dov Kessler …, he answered`), is the one who answers.
    ("Coach Ravi Menon benched the striker on Friday. “He will sit out,” Menon said.\n\nWhen we phoned "
     "Dov Kessler about the match, he answered, “The decision was fair to everyone.”", "decision was fair",
     "Dov Kessler"),
    # A he/she right after the quote of someone whose gender nothing shows continues that quote, over a
    # man of known gender named before it (when no subject before decides).
    ("Governor Ned Harlan called for a freeze on new shelters last week.\n\n“We are glad you came,” said host "
     "Tavi Okonjo at the Brookfield hall. The crowd stood and cheered until the lights dimmed. “Harlan can keep "
     "his freeze,” he said.", "keep his freeze", "Tavi Okonjo"),
    # A name that ends one sentence and a name that opens the next are two names (`… Ellery. Barrow …`).
    ("Senator Mark Barrow opened the hearing on Monday.\n\n“The budget is late,” said committee aide Tom "
     "Ellery.\n\nBarrow accused the agency of stalling.\n\n“We cannot wait another year,” he said.",
     "another year", "Mark Barrow"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), PRONOUN_CASES)
def test_a_pronoun_resolves_to_the_person_it_stands_for(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker


def test_a_they_is_never_one_person(check):
    """A `they` no body or group before it takes is left unresolved, never the one person last named."""
    text = ("Mayor Ines Capra backed the new tax on Monday.\n\nSeveral shop owners wrote to the council on "
            "Friday. They insist that “the tax will close our stores.”")
    assert speaker_of(check(text), "close our stores")["type"] != "person"



def test_a_he_after_an_unnamed_subject_is_that_person(check):
    """`A man who …` as the subject before a he/she is who speaks, not the person last quoted; and an
    unnamed source shown as a man is never a she."""
    text = ("“The ferry runs at noon,” said harbour pilot Hendrik Molen.\n\nA man from the valley who keeps "
            "goats near the weir spoke to reporters on Monday. “The water rose by night,” he said.\n\n"
            "“My barn is gone,” she said.")
    doc = check(text)
    assert speaker_name(doc, "rose by night") == "A man from the valley"
    assert speaker_name(doc, "barn is gone") != "A man from the valley"


def test_a_he_after_one_unnamed_delegate_is_that_delegate(check):
    """`One Ohio delegate said …` (a number, not a determiner, and a lower-case word the tagger may take
    for a name) is one unnamed person: the he/she after it is them, not the person quoted before."""
    text = ("“The party is finished,” said strategist Rick Dalton.\n\nMany farmers in the valley are leaving "
            "the party. One Ohio delegate said he offered his spare tickets for the fair to neighbours. Nobody "
            "took one, he said, asking to stay anonymous.\n\n“Not a single neighbour,” he said.")
    speaker = speaker_of(check(text), "single neighbour")
    assert speaker["type"] == "unnamed" and "delegate" in speaker["name"]


# `I`/`we` outside quotes is the writer: never the person quoted last, whom the writer is talking to.
FIRST_PERSON_CASES = [
    ("“We will not close the library,” said Mayor Lena Ortiz.\n\nLater I called her office again. "
     "“Is that a promise?” I asked.", "Is that a promise", "I"),
    ("“The bridge is safe,” said engineer Paul Moreno.\n\nWe drove across it the next morning. "
     "“It shook the whole way,” we wrote in our report.", "shook the whole way", "we"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), FIRST_PERSON_CASES)
def test_a_first_person_source_outside_quotes_is_the_writer(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker


@pytest.mark.parametrize("closing", [
    "Marta Quill is a teacher in Port Alder who keeps a weekly column in the Harbor Ledger.",
    "Marta Quill writes about schools and harbours for the Harbor Ledger.",
])
def test_an_essays_i_is_the_author_its_closing_lines_name(check, closing):
    """The writer's `I` is the writer; when the essay's last lines name its author, the report names them."""
    text = ("Why the ferry matters.\n\nWhen I was twelve, my father took me across the bay on the old ferry. "
            "Years later I wrote to the council, “Keep the ferry running, or lose the town.”\n\nMayor Tom Brack "
            "disagrees. “The ferry costs too much,” Brack said.\n\n" + closing)
    assert speaker_name(check(text), "lose the town") in ("Marta Quill", "Quill")


def test_an_essays_author_is_found_when_the_sign_off_is_far_from_any_quote(check):
    """A default run parses only sentences near quotes and cue words; the sign-off may be far from both."""
    text = ("Why the ferry matters.\n\nWhen I was twelve, my father took me across the bay on the old ferry. "
            "Years later I wrote to the council, “Keep the ferry running, or lose the town.”\n\nMayor Tom Brack "
            "disagrees. “The ferry costs too much,” Brack said.\n\nThe council meets again in March. Its budget "
            "is due in April, and the vote will be close.\n\nMarta Quill is a teacher in Port Alder.")
    assert speaker_name(check(text), "lose the town") in ("Marta Quill", "Quill")


def test_a_sign_off_verb_from_the_config_names_the_essays_author(pipeline, model_source, check):
    """Sign-off verbs are knowledge: a newsroom whose essays close `Ivo Platt teaches …` adds the verb."""
    text = ("Why the orchard matters.\n\nWhen I was ten, my aunt planted the orchard behind the school. "
            "Years later I wrote to the board, “Save the orchard, or lose the village.”\n\n"
            "Ivo Platt teaches botany in Lower Fenwick.")
    assert speaker_name(check(text), "lose the village") not in ("Ivo Platt", "Platt")  # no list has `teach`
    kb = build_knowledge({"signoff_verbs": ["teach", "teaches"]})
    result = check_document(document_from_text(text, "draft.txt"), pipeline, kb, None)
    doc = build_report([result], [], model_source.processors)["documents"][0]
    assert speaker_name(doc, "lose the village") in ("Ivo Platt", "Platt")


def test_a_writer_who_only_cites_someone_leaves_them_the_source(check):
    """`Ortiz said, and I quote, "…"`: the writer's `I` introduces Ortiz's words, which stay hers."""
    text = ("“Fares will hold,” said transit director Joe Kaplan.\n\nMayor Lena Ortiz said, and I quote, "
            "“Nobody will pay more next year.”")
    assert speaker_name(check(text), "pay more") == "Lena Ortiz"



def test_a_he_the_sentence_gave_someone_marks_their_gender(check):
    """Nothing in the draft says Oduya is a man but the `he` his own sentence gives him; a later `he`
    then weighs him like a man the draft marks (`Mayor Tom Reyes`), and of the two named in the
    sentence before, the subject of its main clause (Oduya), not of the clause inside it, speaks."""
    text = ("Director Oduya opened the summit on Monday.\n\n“We have the money,” he said.\n\n"
            "After aides warned that Mayor Tom Reyes could block the plan, Oduya "
            "shrugged.\n\n“That is not my concern,” he said.")
    assert speaker_name(check(text), "not my concern") == "Oduya"


# The one asked answers: after `X asked Y …`, the he/she of the next quote is Y, not the questioner,
# named or not.
ASKED_CASES = [
    ("“Taxes will not rise,” said Governor Paul Lind.\n\nHost Mike Tarrant asked Lind how the state "
     "would pay for the bridge.\n\n“We will borrow, and we will pay it back,” he told Tarrant.",
     "borrow, and we will pay", "Paul Lind"),
    ("Senator Kruger toured the plant on Friday.\n\nOne questioner asked about the pension fund: “Will "
     "we lose it?”\n\n“The fund is safe,” he said.", "fund is safe", "Kruger"),
    # A questioner who only makes a claim (partly quoted, no question mark) still puts the question: the he
    # who answers is the candidate, not the questioner.
    ("Senator Kruger took questions at a union hall on Friday.\n\nOne questioner claimed that “the big "
     "contracts” always went to “the same three firms.”\n\n“You have a point, and I will look into it,” he "
     "said.", "have a point", "Kruger"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), ASKED_CASES)
def test_the_person_asked_answers(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker

"""Bodies that speak: a body introduced by its kind with no article, opening a sentence after a dateline (`HARWICK —
Regional health insurer Pellworth Health says …`), then `the company said`; a consortium named beside its noun (`The
consortium, Eastmere Capital Partners, said …`, `a consortium, Eastmere Capital Partners,`), then `it said` or `the
consortium said`; and a bank named short (`Carrow Mutual said`) after its full name (`Carrow Mutual Bank`). Each
speaks as the body, by its full name. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DATELINE = (
    "Hackers take records of Pellworth Health members\n\n"
    "HARWICK — Regional health insurer Pellworth Health says hackers have taken the claims records of about 90,000 "
    "members, in one of the largest breaches the sector has seen.\n\n"
    "In a statement on Tuesday, the insurer said it had found unusual activity on a billing server last month. "
    '"We are writing to every member whose records were taken," the company said.\n\n'
    "Members said they learnt of the breach from the radio.\n"
)
CONSORTIUM_SAYS = (
    "Investors agree deal for Brackley Rovers\n\n"
    "Brackley Rovers are set to change hands after the club's board agreed to sell a majority stake to a group of "
    "investors.\n\n"
    "The consortium, Eastmere Capital Partners, said in a statement that it planned to rebuild the main stand. "
    '"We are here for the long run," it said.\n\n'
    "The supporters' club said it had not been consulted.\n"
)
CONSORTIUM_LATER = (
    "Brackley Rovers agree sale to investors\n\n"
    "A group of investors has agreed to buy Brackley Rovers, the club's board said on Friday.\n\n"
    "The buyer is a consortium, Eastmere Capital Partners, which also owns a rugby side in the north.\n\n"
    "Supporters gathered outside the ground on Saturday. Many carried scarves from the 1990s.\n\n"
    '"We will not move the club an inch," the consortium said.\n'
)
SHORT_NAME = (
    "Former clerk sues Carrow Mutual over dismissal\n\n"
    "A former clerk at Carrow Mutual Bank has sued the lender, saying she was dismissed for reporting missing "
    "funds.\n\n"
    "Ada Brill, who worked in the bank's payments office for six years, said she had filed nine reports. "
    '"I only did my job," Brill said.\n\n'
    'Carrow Mutual said in a statement that it rejected the claims. "Her dismissal had nothing to do with any '
    'report," it said.\n'
)

dateline = draft_fixture(DATELINE)
consortium_says = draft_fixture(CONSORTIUM_SAYS)
consortium_later = draft_fixture(CONSORTIUM_LATER)
short_name = draft_fixture(SHORT_NAME)


def test_a_body_introduced_by_its_kind_after_a_dateline_with_no_article_is_the_company_that_speaks(dateline):
    speaker = speaker_of(dateline, "writing to every member")
    assert (speaker["name"], speaker["type"]) == ("Pellworth Health", "organisation")


def test_the_consortium_named_right_after_its_noun_is_what_it_stands_for(consortium_says):
    speaker = speaker_of(consortium_says, "here for the long run")
    assert (speaker["name"], speaker["type"]) == ("Eastmere Capital Partners", "organisation")


def test_the_consortium_said_is_the_consortium_introduced_before_by_that_noun(consortium_later):
    speaker = speaker_of(consortium_later, "move the club an inch")
    assert (speaker["name"], speaker["type"]) == ("Eastmere Capital Partners", "organisation")


def test_a_body_named_short_after_its_full_name_speaks_by_its_full_name(short_name):
    speaker = speaker_of(short_name, "nothing to do with any report")
    assert (speaker["name"], speaker["type"]) == ("Carrow Mutual Bank", "organisation")

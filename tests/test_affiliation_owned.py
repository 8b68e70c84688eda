"""Bodies a person owns: a possessive description after a name (`Ivo Brandt, Velde's campaign
manager`) names the owner's campaign as the organisation the title serves. Invented sentences,
real pipeline."""

from __future__ import annotations

import pytest

from conftest import quote_with, speaker_of

DRAFT = (
    "Ann Velde toured Dunmore on Tuesday.\n\n"
    "Ivo Brandt, Velde's campaign manager, said the pier would be rebuilt. “We will rebuild,” Brandt said.\n\n"
    "“Nobody asked us,” said Tom Ferris, Ann Velde's former campaign strategist.\n\n"
    "“The count is slow,” said Lena Ortz, Velde's press secretary.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


def test_a_persons_campaign_before_the_title_is_the_organisation(draft):
    assert speaker_of(draft, "We will rebuild")["title"] == "campaign manager"
    assert (quote_with(draft, "We will rebuild")["affiliation"] or {}).get("name") == "Velde campaign"


def test_a_former_post_in_a_persons_campaign_names_no_organisation(draft):
    assert speaker_of(draft, "Nobody asked")["title"] == "former campaign strategist"
    assert quote_with(draft, "Nobody asked")["affiliation"] is None


def test_a_role_owned_by_a_person_without_a_body_keeps_the_owner_in_the_title(draft):
    assert speaker_of(draft, "count is slow")["title"] == "Velde's press secretary"
    assert quote_with(draft, "count is slow")["affiliation"] is None


def test_a_pronouns_campaign_is_the_campaign_of_the_person_named_before_it(check):
    doc = check("“We will win,” Ann Velde said on Monday. Her campaign manager, Ivo Brandt, said the count "
                "was slow. “It is close,” Brandt said.\n\n"
                "“I am ready,” said Tom Ferris in Dunmore. His campaign spokeswoman, Lena Ortz, disagreed. "
                "“No,” Ortz said.\n")
    assert (quote_with(doc, "It is close")["affiliation"] or {}).get("name") == "Velde campaign"
    assert (quote_with(doc, "No,")["affiliation"] or {}).get("name") == "Ferris campaign"


def test_a_relation_through_a_pronoun_is_a_title_with_the_relative_named_before(check):
    doc = check("Karl Horvat thanked the volunteers and his wife, Eva Horvat, after the count. “He means it,” "
                "Eva Horvat said.\n\n"
                "Ann Velde spoke first at the depot. Her husband, Tom Velde, stood at the back. “She did well,” "
                "Tom Velde said.\n")
    assert speaker_of(doc, "He means it")["title"] == "wife of Karl Horvat"
    assert speaker_of(doc, "She did well")["title"] == "husband of Ann Velde"


def test_a_relation_whose_relative_is_not_named_by_the_surname_is_no_title(check):
    doc = check("Judge Ivo Marek read the letter aloud. “Life is hard here,” his wife, Mila Vossberg, wrote. "
                "“We wait,” Vossberg wrote.\n")
    assert speaker_of(doc, "We wait")["title"] is None


def test_a_staff_role_owned_by_a_candidate_whose_campaign_is_named_serves_that_campaign(check):
    doc = check("Ann Velde wants to be governor, and the Velde campaign rented a shop on Dunmore Street. "
                "“We are ahead,” said Velde spokesman Tom Ruhl.\n\n"
                "“It is close,” said Lisa Marr, a spokeswoman for Velde.\n\n"
                "“Nobody asked,” said Otto Vinter, a senior Velde adviser.\n")
    for snippet in ("We are ahead", "It is close", "Nobody asked"):  # (`Velde's campaign manager` names no body)
        assert (quote_with(doc, snippet)["affiliation"] or {}).get("name") == "Velde campaign"


def test_a_staff_role_whose_owner_runs_no_named_campaign_names_no_body(check):
    doc = check("Senator Hugo Brandt left the chamber early. “We disagree,” said Brandt spokesman Ed Moss.\n")
    assert speaker_of(doc, "We disagree")["title"] == "Brandt spokesman"
    assert quote_with(doc, "We disagree")["affiliation"] is None

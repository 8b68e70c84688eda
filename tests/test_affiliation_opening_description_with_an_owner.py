"""A description opening a sentence before its subject's name may be long and owned (`The Harbor Party's presumed
mayoral nominee, Roe has …`): a participle modifying the role is part of it, not a verb. Invented sentences,
real pipeline."""

from __future__ import annotations

from conftest import speaker_of

QUOTE = "\u201cWe will keep the docks open,\u201d Roe said.\n"


def test_an_owned_description_with_a_participle_opens_the_sentence(check):
    draft = check("Dockers marched on Monday. The Harbor Party's presumed mayoral nominee, Roe has won the "
                  "support of the dockers. " + QUOTE)
    assert speaker_of(draft, "keep the docks open")["title"] == "presumed mayoral nominee"


def test_a_clause_before_the_name_is_no_description(check):
    draft = check("Dockers marched on Monday. The union having voted against the plan, Roe has won the "
                  "support of the dockers. " + QUOTE)
    assert speaker_of(draft, "keep the docks open")["title"] is None

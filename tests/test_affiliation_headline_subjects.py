"""A headline whose subject is a role with no name (`Lighthouse keepers' guild chief warns of winter closures`)
above a story that quotes its main voice by name alone gives her that role; a title stated beside her name, a role
someone else named in the story holds, a plural subject or a headline that names her do not. Invented drafts, real
pipeline."""

from __future__ import annotations

import pytest

from conftest import speaker_of

GUILD = (
    "Glassblowers guild chief warns of a winter without furnaces.\n\n"
    "Speaking at a packed hall in Velmora on Thursday, Orla Fenn told members that two workshops would close.\n\n"
    "“Nobody can pay for the gas any more,” Fenn said.\n\n"
    "Fenn added that the guild had written to the county twice. “We are still waiting for an answer,” she said.\n"
)

STATED = (
    "Glassblowers guild chief warns of a winter without furnaces.\n\n"
    "Orla Fenn, the guild's treasurer, told members in Velmora on Thursday that two workshops would close.\n\n"
    "“Nobody can pay for the gas any more,” Fenn said.\n\n"
    "“We are still waiting for an answer,” Fenn said.\n"
)

ANOTHER = (
    "Velmora mayor opens the new kiln yard.\n\n"
    "Mayor Bram Oster cut the ribbon on Saturday while Orla Fenn handed out cups of cider.\n\n"
    "“Nobody can pay for the gas any more,” Fenn said.\n\n"
    "“We are still waiting for an answer,” Fenn said.\n"
)

PLURAL = (
    "Glassblowers warn of a winter without furnaces.\n\n"
    "Speaking at a packed hall in Velmora on Thursday, Orla Fenn told members that two workshops would close.\n\n"
    "“Nobody can pay for the gas any more,” Fenn said.\n\n"
    "“We are still waiting for an answer,” Fenn said.\n"
)


@pytest.fixture(scope="module")
def drafts(check):
    return {name: check(text) for name, text in
            {"guild": GUILD, "stated": STATED, "another": ANOTHER, "plural": PLURAL}.items()}


def test_a_nameless_headline_subject_is_the_main_speakers_role(drafts):
    assert speaker_of(drafts["guild"], "Nobody can pay")["title"].endswith("guild chief")
    assert speaker_of(drafts["guild"], "still waiting")["title"].endswith("guild chief")


def test_a_title_beside_her_name_comes_first(drafts):
    assert speaker_of(drafts["stated"], "Nobody can pay")["title"] == "guild's treasurer"


def test_a_role_someone_named_holds_is_not_hers(drafts):
    assert speaker_of(drafts["another"], "Nobody can pay")["title"] is None


def test_a_plural_subject_is_a_group(drafts):
    assert speaker_of(drafts["plural"], "Nobody can pay")["title"] is None

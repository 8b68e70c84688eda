"""A candidate's staff, however the owner is written: a possessive just before the mention (`said Velde's top
policy aide Tom Ruhl`), a title in capitals (`Velde Communications Director`), or a campaign role with no owner
(`Campaign chair Ivo Brandt`: the campaign the draft named last before him, in his paragraph or the one
before; one named further back may be a rival's); `Lund's candidacy` and `his rival Vantor` say the owner
runs. A senator's staff, with no campaign in sight, serve none. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

DRAFT = (
    "Harbor Party nominee Ann Velde toured the docks on Monday, and the Velde campaign said she would return.\n\n"
    "Campaign chair Ivo Brandt spoke later.\n\n"
    "“We will win the port towns,” Brandt said.\n\n"
    "“We are gaining every week,” said Velde’s top policy aide Tom Ruhl.\n\n"
    "“The polls are moving,” said Velde Communications Director Lena Marsh.\n\n"
    "Campaign manager Rosa Pike toured the harbor.\n\n"
    "“The ferries are full,” Pike said.\n\n"
    "Sen. Dov Kessler voted against the ferry bill.\n\n"
    "“The bill is too costly,” said Kessler Communications Director Pat Okafor.\n\n"
    "Ida Lund's candidacy has drawn crowds in Westport.\n\n"
    "“The crowds keep growing,” said Gus Vole, a spokesman for Lund.\n\n"
    "Mayor Ed Marr mocked his rival Nia Vantor at the fish market.\n\n"
    "“The mayor is out of ideas,” said Cy Fenn, Vantor’s top aide.\n"
)

draft = draft_fixture(DRAFT)


def test_a_possessive_owner_before_the_mention(draft):
    assert body_of(draft, "gaining every week") == "Velde campaign"


def test_an_owner_before_a_title_in_capitals(draft):
    assert body_of(draft, "polls are moving") == "Velde campaign"


def test_a_campaign_role_serves_the_campaign_named_before(draft):
    assert body_of(draft, "win the port towns") == "Velde campaign"


def test_a_campaign_named_further_back_is_not_hers(draft):
    assert body_of(draft, "ferries are full") is None


def test_a_senators_staff_serve_no_campaign(draft):
    assert body_of(draft, "too costly") is None


def test_a_candidacy_says_the_owner_runs(draft):
    assert body_of(draft, "crowds keep growing") == "Lund campaign"


def test_a_rival_runs(draft):
    assert body_of(draft, "out of ideas") == "Vantor campaign"

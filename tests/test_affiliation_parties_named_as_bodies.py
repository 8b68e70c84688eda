"""A party the knowledge base does not know is still a party when its name ends as a party's does (`the Tamarack
Party`): the report shows it as the speaker's party, not as a body she works for. A provincial member (`MLA`) is an
elected member like an MP, and the place after `MP for` or `MLA for` is the seat she holds, no body. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, quote_with

PROVINCE = (
    "EDGEMOOR — Premier Colette Ashdown of the Tamarack Party said on Thursday that ferry fares would stay "
    "frozen until the autumn.\n\n"
    "“Islanders cannot pay more this year,” Ashdown told the legislature.\n\n"
    "Rurik Falband, the Tamarack Party MLA for Gullwing Shore, backed the freeze. “My constituents take that "
    "ferry twice a day,” Falband said.\n"
)
COMMONS = (
    "Nessa Corrigan, the Labour MP for Brackwater East, said the rail timetable had been cut without notice.\n\n"
    "“Commuters found out from a poster at the station,” Corrigan said.\n"
)

province = draft_fixture(PROVINCE)
commons = draft_fixture(COMMONS)


def _party(doc: dict, snippet: str) -> str | None:
    return quote_with(doc, snippet)["speaker"]["party"]


def test_the_premiers_party_is_shown_as_her_party(province):
    assert _party(province, "Islanders cannot pay more") == "Tamarack Party"
    assert body_of(province, "Islanders cannot pay more") != "Tamarack Party"


def test_a_party_opening_a_members_title_is_his_party(province):
    assert _party(province, "ferry twice a day") == "Tamarack Party"


def test_an_mla_is_a_title(province):
    assert "MLA" in (quote_with(province, "ferry twice a day")["speaker"]["title"] or "")


def test_the_seat_after_mla_for_is_no_body(province):
    assert body_of(province, "ferry twice a day") != "Gullwing Shore"


def test_the_seat_after_mp_for_is_no_body(commons):
    assert body_of(commons, "found out from a poster") != "Brackwater East"

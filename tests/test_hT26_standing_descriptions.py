"""A quoted person's title stated only in a description that opens a sentence after the one person named just
before it (`… not there for Roe. The senator was campaigning …`), which no other reading gave anyone: read as a
fallback, only when none of her mentions states a title, and never where the sentences before name someone else
too, even in a quote."""

from __future__ import annotations

CAMPAIGN = ("Harbor vote looms\n\n"
            "EASTON - The last time Ann Roe came to Easton, in April, she was running for governor. Two thousand "
            "people packed the hall to cheer her on.\n\n"
            "The crowd was smaller on Friday - but they were not there for {named}. The senator was campaigning for a "
            "young teacher named Lena Hart, who is running for the council and who praised \"Ann's honesty\" as she "
            "promised to fix the docks.\n\n"
            "\"She will win,\" Roe said.\n\n"
            "Hart later thanked Ann for coming. \"It meant a lot,\" Hart said.\n")


def _speaker(doc: dict, surname: str) -> dict:
    return next(q["speaker"] for q in doc["quotes"] if (q.get("speaker") or {}).get("name", "").endswith(surname))


def test_a_role_opening_the_sentence_after_her_name_is_her_title(check):
    roe = _speaker(check(CAMPAIGN.format(named="Roe")), "Roe")
    assert roe["title"] == "senator"


def test_someone_else_named_beside_her_leaves_the_role_unsaid(check):
    roe = _speaker(check(CAMPAIGN.format(named="Roe or for Mayor Ivo Marsh")), "Roe")
    assert roe["title"] is None


def test_someone_else_named_in_a_quote_before_it_leaves_the_role_unsaid(check):
    draft = CAMPAIGN.format(named="Roe, and a banner read \"Marsh for mayor\"").replace(
        "Hart later thanked", "Ivo Marsh waved. Hart later thanked")
    roe = _speaker(check(draft), "Roe")
    assert roe["title"] is None


def test_a_title_stated_beside_her_name_stays(check):
    draft = CAMPAIGN.format(named="Roe").replace("\"She will win,\" Roe said.",
                                                 "\"She will win,\" said Roe, a former harbor pilot.")
    roe = _speaker(check(draft), "Roe")
    assert roe["title"] == "former harbor pilot"


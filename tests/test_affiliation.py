"""Title, organisation and party a report shows for a speaker: patterns met in political news,
each on sentences written for it and run through the real Stanza pipeline."""

from __future__ import annotations

from conftest import quote_with, speaker_of

DRAFT = (
    "Democratic front-runner Rosa Kettering toured the plant on Monday. “We will win this,” Kettering said.\n\n"
    "“It was a bad deal,” said former Sen. Evan Brandt, a moderate Indiana Democrat who declined to run.\n\n"
    "“We lost the vote,” said Hugh Tiller, a critic of Democrats in the county.\n\n"
    "Attorney General Mara Quell defended the ruling. “We followed the law,” Quell said.\n\n"
    "“We are prepared,” said Homeland Security Secretary Tobias Fenn.\n\n"
    "“We will sue the company,” said Ohio Attorney General Dirk Pell.\n"
)


def _draft(check, cache={}):  # noqa: B006  (one pipeline run for the module)
    if "doc" not in cache:
        cache["doc"] = check(DRAFT)
    return cache["doc"]


def test_a_hyphenated_title_before_a_name_gives_the_title_and_party(check):
    speaker = speaker_of(_draft(check), "win this")
    assert speaker["name"] == "Rosa Kettering"
    assert speaker["title"] == "Democratic front-runner"
    assert speaker["party"] == "Democratic Party"


def test_a_party_in_an_appositive_that_is_no_title_is_the_party(check):
    speaker = speaker_of(_draft(check), "bad deal")
    assert speaker["title"] == "former senator"
    assert speaker["party"] == "Democratic Party"


def test_a_party_after_a_link_in_an_appositive_is_someone_elses(check):
    assert speaker_of(_draft(check), "lost the vote")["party"] is None


def test_a_national_office_names_its_department(check):
    quell = quote_with(_draft(check), "followed the law")
    assert (quell["affiliation"] or {}).get("name") == "Department of Justice"
    fenn = quote_with(_draft(check), "are prepared")
    assert (fenn["affiliation"] or {}).get("name") == "Department of Homeland Security"


def test_a_state_office_is_not_the_national_department(check):
    pell = quote_with(_draft(check), "sue the company")
    assert (pell["affiliation"] or {}).get("name") != "Department of Justice"

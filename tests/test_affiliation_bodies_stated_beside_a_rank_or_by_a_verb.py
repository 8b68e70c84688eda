"""Bodies stated in ways a rank, a spokesman's `for` or a verb carry: `Warrant Officer X, a Coast Guard
spokeswoman` (the rank stays her title, the appositive names her body), `a spokesman for Quarrymead, X` (whatever
the tagger made of the name), `X runs Saltgrass & Co.`, `X has led Gullwing Boatyard since 2009`, a short name
the draft gives in full (`Pembury manager X` after `Pembury Athletic`), and a title opening on a body's head word
(`Council member X` after `the Wexcombe Parish Council`). A former post's body and a poll's `leads`
state none. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Coastal rescue crews were stretched thin this week.\n\n"
    "“The swell came in faster than forecast,” said Warrant Officer Ilse Brannagh, a Coast Guard spokeswoman.\n\n"
    "“We will not speculate,” a spokesman for Quarrymead, Tobias Wren, said of the landslide.\n\n"
    "Pembury Athletic lost 3-0 at home. “We were second to every ball,” Pembury manager Rufus Okonjo said.\n\n"
    "Kilbride Rovers drew 1-1 with Ashgrove on Sunday. Kilbride had not scored in a month.\n\n"
    "The Kilbride Supporters Trust paid for the new floodlights. “We can finally see the ball,” Kilbride manager "
    "Cosmo Adeyemi said.\n\n"
    "Delphine Achebe runs Saltgrass & Co., a rope maker on the quay. “Orders have doubled,” Achebe said.\n\n"
    "Marisol Tennant has led Gullwing Boatyard since 2009. “We build six hulls a year,” Tennant said.\n\n"
    "“We were ready,” said Col. Mireille Santangelo, a former Harbor Militia commander.\n\n"
    "The Wexcombe Parish Council voted to sell the old ferry slip.\n\n"
    "Council member Yusra Delacroix-Ode voted against. “The slip belongs to everyone,” Delacroix-Ode said.\n\n"
    "Lorcan Abara leads Harbor Fisheries Board member Tamsin Oyelaran in the harbour poll. “Polls move,” Abara said.\n"
)

draft = draft_fixture(DRAFT)


def body(doc: dict, snippet: str) -> str | None:
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_a_body_in_an_appositive_after_a_rank_is_hers(draft):
    assert body(draft, "swell came in") == "Coast Guard"
    assert quote_with(draft, "swell came in")["speaker"]["title"] == "Warrant Officer"


def test_a_spokesman_for_a_name_speaks_for_that_body(draft):
    assert body(draft, "not speculate") == "Quarrymead"


def test_a_short_name_is_the_body_the_draft_names_in_full(draft):
    assert body(draft, "second to every ball") == "Pembury Athletic"


def test_a_short_name_opening_two_longer_ones_stays_as_written(draft):
    assert body(draft, "finally see the ball") == "Kilbride"


def test_a_body_she_runs_is_hers(draft):
    assert body(draft, "Orders have doubled") == "Saltgrass & Co."


def test_a_body_she_has_led_is_hers(draft):
    assert body(draft, "six hulls") == "Gullwing Boatyard"


def test_a_title_opening_on_a_body_word_serves_the_body_named_in_full(draft):
    assert body(draft, "slip belongs") == "Wexcombe Parish Council"


def test_a_former_post_in_an_appositive_names_no_body(draft):
    assert body(draft, "We were ready") is None


def test_leading_a_poll_names_no_body(draft):
    assert body(draft, "Polls move") is None

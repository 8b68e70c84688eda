"""`the group's treasurer`, `its captain`, `a coordinator for the group`: a role owned by a common noun for a
body, or by `its`, refers back to the body named in its sentence or the one before; a body named further back,
or one named with another body's word, is not said to be hers. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Kite makers gather on the dunes.\n\n"
    "The Windward Kite Cooperative, a makers' collective in Port Ellery, lost its workshop to a storm in June. "
    "“We will sew on the beach if we have to,” said Priya Halvorsen, the group’s treasurer.\n\n"
    "The Saltmarsh Rowing Club closed its boathouse for the winter. "
    "“The tide table has beaten us,” said Gil Ferreira, its captain.\n\n"
    "A volunteer outfit named Night Owls Patrol began lighting the pier in May. "
    "“Nobody else was lighting it,” said Renata Osei, a coordinator for the group.\n\n"
    "The Orchard Growers Union asked for a hearing in April. The mayor did not answer. Pickers then marched "
    "to the square. Their children carried paper lanterns. “We were patient for too long,” said Lena Marsh, "
    "the group’s secretary.\n\n"
    "The FBI reopened the pier arson case on Friday. “We follow the evidence,” said Ines Okafor, the bureau’s "
    "deputy director.\n\n"
    "Listeners of the late-night show “Pier Pressure” jammed the phones. “We heard every caller,” said Hugo "
    "Brandt, the network’s night producer.\n\n"
    "The ferry board called Tuesday for calm on the quay. “We swept it twice,” said Elsa Norrby, its "
    "treasurer.\n\n"
    "The Dune Council met on Tuesday. “The vote on the lanterns was fair,” said Tomas Reyes, the committee’s "
    "chairman.\n"
)

draft = draft_fixture(DRAFT)


def body(doc: dict, snippet: str) -> str | None:
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_a_role_the_group_owns_is_with_the_body_named_just_before(draft):
    assert body(draft, "sew on the beach") == "Windward Kite Cooperative"


def test_its_role_is_with_the_body_named_just_before(draft):
    assert body(draft, "tide table") == "Saltmarsh Rowing Club"


def test_a_role_for_the_group_is_with_the_body_named_just_before(draft):
    assert body(draft, "Nobody else") == "Night Owls Patrol"


def test_a_known_body_is_named_in_full(draft):
    assert body(draft, "follow the evidence") == "Federal Bureau of Investigation"


def test_a_title_in_quotation_marks_is_no_body(draft):
    assert body(draft, "every caller") is None


def test_a_day_after_called_is_no_body(draft):
    assert body(draft, "swept it twice") is None


def test_a_body_named_sentences_before_is_not_said_to_be_hers(draft):
    assert body(draft, "patient for too long") is None


def test_a_body_named_with_another_body_word_is_not_the_committee(draft):
    assert body(draft, "vote on the lanterns") is None

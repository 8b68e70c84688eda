"""A participle glued on by a hyphen inside an appositive (`a self-described ferry buff`, `a
so-called pier reformer`) modifies the role: it is no speech verb ending the description, and `so`
opening it is no subordinator. A present participle so glued (`a Gaelic-speaking veteran of the trade`)
still tells a story, not a post. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Ann Roe, an Eastland councillor and self-described ferry buff, said the ferries "
    "need money. “We will pay for them,” Roe said.\n\n"
    "Dov Kessler, a so-called pier reformer, said the docks were safe. “They are safe,” Kessler said.\n\n"
    "Harbor Secretary Ivo Brandt flew home on Friday. Brandt, a Gaelic-speaking veteran of the tugboat trade, "
    "rarely gives interviews. “I will serve,” Brandt said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_self_described_role_is_read_whole(draft):
    assert speaker_of(draft, "We will pay for them")["title"] == (
        "Eastland councillor and self-described ferry buff")


def test_a_so_called_role_is_a_title(draft):
    assert speaker_of(draft, "They are safe")["title"] == "so-called pier reformer"


def test_a_present_participle_glued_on_tells_a_story(draft):
    assert speaker_of(draft, "I will serve")["title"] == "Harbor Secretary"

"""A description naming a post with its body (`the former secretary of the navy toured …`) that is
the subject of its clause says who the person named just before is: her title and her body. One that
ranks someone (`the next chairman of X`), is only what someone is seen as (`seen as the leader of X`) or
belongs to a thing (`the desk of the chairman of X`) says nothing of anyone. Invented sentences,
real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "Ivo Brandt visited the pier on Tuesday. The former secretary of the navy toured the docks with workers.\n\n"
    "“We will fight the cuts,” Brandt said.\n\n"
    "Ada Quill spoke to the crowd. The new chairwoman of the Harbor Board promised a vote.\n\n"
    "“The ferries stay,” Quill said.\n\n"
    "Lena Cole met the dock workers on Friday. The next chairman of the Harbor Board will face a hard vote.\n\n"
    "“I will not run,” Cole said.\n\n"
    "Tom Velde took questions at the pier. Velde hopes to be seen as the leader of the Eastland rowing club.\n\n"
    "“The water is rough,” Velde said.\n\n"
    "Mira Stone sorted the mail on the desk of the chairman of the ferry board. "
    "The Eastland Party nominee was late.\n\n"
    "“We have the votes,” Stone said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_post_with_its_body_describes_the_person_named_before(draft):
    assert speaker_of(draft, "We will fight the cuts")["title"] == "former secretary of the navy"


def test_the_body_of_a_post_so_described_is_hers(draft):
    assert speaker_of(draft, "The ferries stay")["title"] == "new chairwoman of the Harbor Board"
    assert (quote_with(draft, "The ferries stay")["affiliation"] or {}).get("name") == "Harbor Board"


def test_a_ranked_description_names_no_post(draft):
    assert speaker_of(draft, "I will not run")["title"] is None
    assert quote_with(draft, "I will not run")["affiliation"] is None


def test_what_someone_is_seen_as_is_no_description(draft):
    assert speaker_of(draft, "The water is rough")["title"] is None


def test_an_office_that_belongs_to_a_thing_describes_no_one(draft):
    assert "chairman" not in (speaker_of(draft, "We have the votes")["title"] or "")

"""`A harbor board aide … said … "…," the aide said. ¶ A union aide … disputed that. "…," the aide said`: `the aide`
takes up the nearest use of its noun in the writer's sentence or the one before; when that use brings someone in
with `a`, `an` or `another`, the quote is theirs (the first aide is called as brought in), and a second one
brought in is a second unnamed source, not the aide quoted first. A person named beside the description is who
`the spokesman` is (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Harbor talks stall\n\n"
    "Talks had all but stopped. A harbor board aide, who asked not to be named because the talks were private, "
    "said the sides had not met since Monday. “There has been no real offer since Monday night,” the aide said.\n\n"
    "A union aide, who also spoke on condition of anonymity, disputed that account. “We sent a proposal over at "
    "nine last night. It is sitting in their inbox,” the aide said.\n\n"
    "A spokesman for the ferry line, Tom Vesey, said the boats would keep running. “Nothing stops for talks,” the "
    "spokesman said.\n"
)

draft = draft_fixture(DRAFT)


def test_the_first_aide_is_the_one_brought_in_before_the_quote(draft):
    speaker = speaker_of(draft, "no real offer")
    assert speaker["type"] == "unnamed"
    assert speaker["name"] == "A harbor board aide"
    assert speaker["title"] == "harbor board aide"


def test_a_second_aide_brought_in_is_a_second_source(draft):
    first, second = speaker_of(draft, "no real offer"), speaker_of(draft, "sent a proposal")
    assert second["type"] == "unnamed"
    assert second["id"] != first["id"]
    assert second["title"] == "union aide"


def test_a_description_with_its_name_set_off_is_that_person(draft):
    assert speaker_of(draft, "Nothing stops for talks")["name"] == "Tom Vesey"


def test_a_role_brought_in_anew_is_not_someone_named_with_that_role_paragraphs_before(check):
    # `said Ann Roe, a lawyer with the Tenants Fund` … later `A lawyer in the city attorney's office, who could not
    # discuss it, said …. "…," the lawyer said`: the lawyer this paragraph brings in, not Roe
    draft = check("Eviction rule blocked\n\n"
                  "\u201cThis ruling keeps families housed,\u201d said Ann Roe, a lawyer with the Tenants Fund.\n\n"
                  "The city said it would appeal within a week.\n\n"
                  "A lawyer in the city attorney's office, who could not discuss the appeal in public, said "
                  "the city had expected the loss. \u201cThe appeals court is where this ends,\u201d the lawyer "
                  "said.\n")
    speaker = speaker_of(draft, "where this ends")
    assert speaker["name"] != "Ann Roe"
    assert speaker["anonymous"] is True

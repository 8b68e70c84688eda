"""A staff role owned by a person the draft says runs serves her campaign: she campaigns (`Velde campaigned in
Westport`, `Lund and Vantor are campaigning`) or has a camp beside a rival's (`the Kessler and Vantor camps`); the
owner may be named in full (`a spokesman for Ann Velde`), unless the draft names another of her surname, whose
campaign it may be. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

DRAFT = (
    "Ann Velde campaigned in Westport on Monday.\n\n"
    "“The crowds keep growing,” said Gus Vole, a spokesman for Velde.\n\n"
    "“We are ahead in the port towns,” said Rosa Pike, a spokeswoman for Ann Velde.\n\n"
    "Angry words were traded by the Kessler and Vantor camps on Tuesday.\n\n"
    "“That claim is simply false,” Kessler spokeswoman Cy Fenn said.\n\n"
    "Harbor Party nominee Nia Dorn toured the docks, and the Dorn campaign said she would return.\n\n"
    "“She was a fine mayor,” said Ed Marr, a longtime adviser to Ivo Dorn.\n"
)

draft = draft_fixture(DRAFT)


def test_an_owner_who_campaigned(draft):
    assert body_of(draft, "crowds keep growing") == "Velde campaign"


def test_an_owner_named_in_full(draft):
    assert body_of(draft, "ahead in the port towns") == "Velde campaign"


def test_an_owner_with_a_camp_beside_a_rivals(draft):
    assert body_of(draft, "simply false") == "Kessler campaign"


def test_another_of_the_surname_owns_no_campaign(draft):
    assert body_of(draft, "fine mayor") != "Dorn campaign"


DRAFT_SHAPES = (
    "Harbor Party candidate Ann Velde spoke in Westport on Monday.\n\n"
    "“The numbers are moving our way,” said Velde’s pollster, Tad Okafor.\n\n"
    "“We expect a close race,” said a Velde adviser.\n\n"
    "“She is ready for the debate,” said Lena Marsh, an aide to Velde.\n"
)

shapes = draft_fixture(DRAFT_SHAPES)


def test_a_possessed_pollster(shapes):
    assert body_of(shapes, "moving our way") == "Velde campaign"


def test_an_unnamed_owners_adviser(shapes):
    assert body_of(shapes, "close race") == "Velde campaign"


def test_an_aide_to_the_owner(shapes):
    assert body_of(shapes, "ready for the debate") == "Velde campaign"

"""One mention, two titles: an elected seat before the name (`Rep.`, `state Sen.`) stays the title when the
appositive only says she is one of a body's members (`a member of the fisheries panel`); a post held within the
body (`chair of the fisheries panel`, `the ranking member of …`) still replaces it, as do a member's words after
a former seat. Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import speaker_of


@pytest.mark.parametrize(("text", "title"), [
    ("At the pier on Friday, Rep. Dora Quill (D-Maine), a member of the fisheries panel, cut a ribbon.", "Rep."),
    ("State Sen. Dora Quill, a senior member of the Lighthouse Caucus, cut a ribbon at the pier.", "State senator"),
])
def test_a_seat_beats_membership(check, text, title):
    draft = check(f"{text}\n\n\u201cThe tide is turning,\u201d Quill told the crowd.\n")
    assert speaker_of(draft, "The tide is turning")["title"] == title


@pytest.mark.parametrize(("text", "title"), [
    ("At the pier on Friday, Rep. Dora Quill (D-Maine), chair of the fisheries panel, cut a ribbon.",
     "chair of the fisheries panel"),
    ("At the pier on Friday, Rep. Dora Quill (D-Maine), the ranking member of the fisheries panel, cut a ribbon.",
     "ranking member of the fisheries panel"),
    ("Former Sen. Dora Quill, a member of the Lighthouse Trust board, cut a ribbon at the pier.",
     "member of the Lighthouse Trust board"),
])
def test_a_post_within_or_after_a_former_seat_still_replaces_it(check, text, title):
    draft = check(f"{text}\n\n\u201cThe tide is turning,\u201d Quill told the crowd.\n")
    assert speaker_of(draft, "The tide is turning")["title"] == title

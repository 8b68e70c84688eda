"""`who was harbor board clerk in the early part of Mayor Kessler's first term`: a stretch of time after the
role (`in the early part of`, `at the end of`) says when she held it, no part of the title (`a director in the
harbor office` keeps its place). Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import speaker_of


@pytest.mark.parametrize(("clause", "title"), [
    ("who was harbor board clerk in the early part of Mayor Kessler's first term", "former harbor board clerk"),
    ("who was harbor board clerk at the end of the decade", "former harbor board clerk"),
    ("who was a director in the harbor office", "former director in the harbor office"),
])
def test_a_stretch_of_time_ends_the_role(check, clause, title):
    draft = check(f"\u201cWe will win,\u201d said Ann Roe, {clause}.\n")
    assert speaker_of(draft, "will win")["title"] == title

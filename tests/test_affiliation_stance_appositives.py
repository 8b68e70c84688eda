"""`Former harbor governor Ann Roe, an early supporter of Kessler,`: a description that says whom she sides with
or against is no post, so it does not replace the title stated before the name (`Rep. Ann Roe, the top Democrat
on the Harbor Committee,` still does). Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import speaker_of


@pytest.mark.parametrize(("text", "title"), [
    ("Former harbor governor Ann Roe, an early supporter of Kessler, toured the docks.", "Former harbor governor"),
    ("Harbor Sen. Ann Roe, a longtime critic of the ferry board, toured the docks.", "Harbor senator"),
    ("Harbor Sen. Ann Roe, a leading advocate for press freedom in the region, toured the docks.",
     "Harbor senator"),
    ("Rep. Ann Roe, the top Democrat on the Harbor Committee, toured the docks.",
     "top Democrat on the Harbor Committee"),
])
def test_a_stance_keeps_the_title_before_the_name(check, text, title):
    draft = check(f"{text}\n\n\u201cIt is a mess,\u201d Roe said.\n")
    assert speaker_of(draft, "It is a mess")["title"] == title

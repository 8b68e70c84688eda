"""`who's` (`who is`, `who has`) opens a relative clause as `who` does: an appositive's title ends before it
(`Ann Roe, a veteran harbor insider who's on the ferry board`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of


def test_a_contracted_who_ends_the_title(check):
    draft = check("\u201cWe will keep the docks open,\u201d said Ann Roe, a veteran Eastland harbor insider "
                  "who\u2019s on the 3rd District ferry slate.\n")
    assert speaker_of(draft, "keep the docks open")["title"] == "veteran Eastland harbor insider"

"""A subordinator or preposition opening a sentence is no part of the surname after it, whatever the tagger
calls it (`While Roe, …`, `Like Roe, …`, `Unlike Roe, …`): the surname joins its person, and the description
set off after it gives her title. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import analysed_draft, speaker_of


def test_while_before_a_surname_and_its_appositive(check):
    draft = check("The pier was packed on Friday. While Roe, the harbor commissioner of Eastland, walked the docks, "
                  "the crowd chanted her name.\n\n"
                  "\u201cWe will keep the ferries running,\u201d Roe said.\n")
    speaker = speaker_of(draft, "keep the ferries")
    assert speaker["name"] == "Roe"
    assert speaker["title"] == "harbor commissioner of Eastland"


def test_like_and_unlike_before_a_surname_are_no_name_words(pipeline, kb):
    for opener in ("Like", "Unlike"):
        draft = analysed_draft(pipeline, kb, f"The pier was packed. {opener} Kessler, a ferry pilot for "
                                             "ten years, Roe has never steered a boat.\n")
        names = [m.name for m in draft.person_mentions]
        assert "Kessler" in names, (opener, names)
        assert not any(opener in (name or "") for name in names), (opener, names)

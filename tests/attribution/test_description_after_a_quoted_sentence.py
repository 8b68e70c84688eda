"""A description opening a sentence as its main subject right after a sentence that is wholly a quote says who
that quote's speaker is, when the draft names her: the story goes on about whoever was just quoted. Not when the
draft gives the speaker an office other than the description's (`"…," said the port's deputy director. … The
Democratic superintendent …` gives her no party) (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of

QUOTED = ("\u201cThe tide tables are wrong for the whole winter,\u201d said Marisol Quennell.\n\n"
          "\u201cNobody on the pier has checked them since the storm.\u201d\n\n")
AFTER = "\n\n\u201cWe will print new charts by March,\u201d Quennell added.\n"


def test_a_description_after_a_quoted_sentence_is_its_speaker(check):
    draft = check(QUOTED + "The district superintendent wants every skipper to carry the corrected charts." + AFTER)
    assert "superintendent" in (speaker_of(draft, "tide tables are wrong")["title"] or "")


def test_no_party_from_a_description_of_another_office(check):
    draft = check("\u201cThe tide tables are wrong for the whole winter,\u201d said Marisol Quennell, the port's "
                  "deputy director.\n\n\u201cNobody on the pier has checked them since the storm.\u201d\n\n"
                  "The Democratic superintendent wants every skipper to carry the corrected charts." + AFTER)
    assert speaker_of(draft, "tide tables are wrong")["party"] is None

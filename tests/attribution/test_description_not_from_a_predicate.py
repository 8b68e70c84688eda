"""A definite description (`the volunteer`) is not a person whose clause only says that someone so
described met them (`… were met at the pier by a volunteer`): it stays the unnamed source the draft
introduced (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_the_volunteer_who_met_them_is_not_one_of_them(check):
    draft = check("Ann Roe came back to Eastport for the regatta this weekend. Roe and her brother, Ivo, were met "
                  "at the pier by a volunteer from the harbor trust.\n\n"
                  "\u201cTickets are free tonight,\u201d the volunteer told them.\n")
    speaker = speaker_of(draft, "Tickets are free")
    assert speaker["anonymous"] and speaker["type"] == "unnamed"

"""`EASTPORT — White House press secretary Mara Quill on Monday defended …, telling reporters the pause would be
"…"`: after a dateline the parse may break the subject in pieces, the dateline one subject and a title word another;
the title words run on, unbroken, to the name before the verb, so the name is who speaks, with the title hers.
So does a name the parse hangs on the dateline with its description set off as a second subject (invented
sentences, real pipeline)."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "Ferry aid delayed\n\n"
    "EASTPORT — White House press secretary Mara Quill on Monday defended the decision to delay ferry subsidies, "
    "telling reporters the pause would be “a matter of weeks.”\n\n"
    "“Nobody will be stranded,” Quill said.\n"
)

draft = draft_fixture(DRAFT)


def test_the_name_closing_the_title_words_speaks(draft):
    speaker = speaker_of(draft, "a matter of weeks")
    assert speaker["name"] == "Mara Quill"
    assert speaker["title"] == "press secretary"


def test_the_body_in_the_title_is_hers(draft):
    assert body_of(draft, "a matter of weeks") == "White House"


def test_a_name_with_its_description_set_off_after_the_dateline_is_the_subject(check):
    draft = check("Nominee defends record\n\n"
                  "EASTPORT — Ann Whitfield, the mayor's nominee for harbor master, spent nearly three hours before "
                  "the council on Tuesday defending her record and assuring members she would not \u201csell the "
                  "piers\u201d if confirmed.\n\n"
                  "\u201cI have worked these docks for thirty years,\u201d Whitfield said.\n")
    assert speaker_of(draft, "sell the piers")["name"] == "Ann Whitfield"


def test_a_state_written_out_in_the_dateline_is_no_subject(check):
    # `MILLPORT, Ore. (AP) — Gov. X vetoed …, calling it "…"`: the state after the dateline's comma is the
    # dateline's, never the subject the participle goes on with
    draft = check("Ferry bill vetoed\n\n"
                  "MILLPORT, Ore. (AP) \u2014 Gov. Nadia Okafor vetoed the ferry bill on Friday, calling it \u201ca "
                  "promise with no money behind it\u201d and sending it back to the Legislature.\n\n"
                  "\u201cWe can do better by June,\u201d Okafor said.\n")
    assert speaker_of(draft, "no money behind it")["name"] == "Nadia Okafor"

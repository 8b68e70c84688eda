"""A definite role no one was described by passes the he/she's chain back to the person named before.

`Bakery owner Nadira Okafor asked the council for time to speak. The pastry chef told the council ….
"…," she said`: the draft names her as a bakery owner, then calls her a pastry chef, so the chef is
her; the mayor quoted earlier and a governor named the sentence before are not the she. Public
roles (`the senator`) already passed the walk so; now any role does.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

from conftest import speaker_name


def test_a_role_the_draft_gave_no_one_passes_to_the_person_before(check):
    text = ("“The harbor fees stay,” said Mayor Ann Roe.\n\n"
            "Gov. Lisa Pell cut the dredging grant last week. Bakery owner Nadira Okafor asked the council for "
            "time to speak on Monday. The pastry chef told the council that her rent had doubled since May. "
            "“We cannot keep the ovens on,” she said.")
    assert speaker_name(check(text), "keep the ovens on") == "Nadira Okafor"

"""A nameless person tied to someone by a participle (`a lawyer representing X`, `an aide working for X`)
speaks, unnamed, as `a lawyer for X` does; the person named after the participle only says whose lawyer
(invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_lawyer_representing_someone_is_the_unnamed_speaker(check):
    draft = check("The Quarry Lane tenants lost their eviction case on Wednesday.\n\n"
                  "\u201cThis ruling will not stand for long,\u201d said a lawyer representing Ida Brandt.\n")
    speaker = speaker_of(draft, "will not stand for long")
    assert speaker["type"] == "unnamed" and speaker["anonymous"]
    assert "Brandt" not in (speaker.get("id") or "")


def test_an_aide_working_for_someone_before_the_verb_is_the_unnamed_speaker(check):
    draft = check("The Quarry Lane tenants lost their eviction case on Wednesday.\n\n"
                  "An aide working for Odile Fenwick said the family would \u201cfile again by Monday.\u201d\n")
    speaker = speaker_of(draft, "file again by Monday")
    assert speaker["type"] == "unnamed" and speaker["anonymous"]


def test_a_named_person_described_by_such_a_participle_is_still_herself(check):
    draft = check("The Quarry Lane tenants lost their eviction case on Wednesday.\n\n"
                  "Odile Fenwick, a lawyer representing the tenants, said they would \u201cfile again by "
                  "Monday.\u201d\n")
    speaker = speaker_of(draft, "file again by Monday")
    assert speaker["name"] == "Odile Fenwick" and speaker["type"] == "person"

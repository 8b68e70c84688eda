"""`Kellerby wrote in the affidavit that … . It continued: "…"`: an `it` with no body before it for a subject is the
document named just before it, not as a subject, and speaks for whoever the draft says issued that document
(invented sentences, real pipeline)."""

from __future__ import annotations

import pytest

from conftest import speaker_of

DRAFT = (
    "Officer describes crash\n\n"
    "A police officer says the driver of a delivery van ran a red light before the crash on Elm Street.\n\n"
    "Officer Dana Kellerby wrote in the affidavit that the van was travelling well above the limit. "
    "It continued: \u201cThe vehicle did not stop or slow down at the signal.\u201d\n\n"
    "The driver has not been charged.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


def test_it_after_a_document_is_its_author(draft):
    assert speaker_of(draft, "did not stop or slow down")["name"] == "Dana Kellerby"

"""A tag whose verb a colon and a new quote follow introduces that quote, not the one before it, on sentences written
for these tests."""

from __future__ import annotations

from conftest import sieve_source

DRAFT = ("After Ann Roe said the old pier might slide into “a slow decline,” Vance said: “It will stand for another "
         "century.”")


def test_the_quote_before_the_tag_keeps_its_own_clause(pipeline, kb):
    assert sieve_source(pipeline, kb, DRAFT, 0) == ("before", "Ann Roe")


def test_the_quote_after_the_colon_is_the_tags(pipeline, kb):
    assert sieve_source(pipeline, kb, DRAFT, -1) == ("before", "Vance")


def test_a_tag_that_goes_on_with_adding_still_credits_the_quote_before(pipeline, kb):
    text = "“The tide is turning,” Vance said, adding: “Nobody will sell the pier.”"
    assert sieve_source(pipeline, kb, text, 0) == ("after", "Vance")

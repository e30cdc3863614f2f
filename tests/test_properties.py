"""Invariants of the whole pipeline, checked on generated text."""

import unicodedata
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

import textfix
from textfix import Config, Pipeline

from .strategies import clean_documents, messy_documents

UNSAFE = Pipeline(Config(unsafe_fixes=True))


def _letters(s: str) -> Counter:
    return Counter(c for c in unicodedata.normalize("NFC", s) if c.isalpha())


@given(messy_documents())
def test_idempotent(text):
    once = textfix.fix(text)
    assert textfix.fix(once) == once


@given(messy_documents())
def test_idempotent_with_unsafe_fixes(text):
    once = UNSAFE.fix(text)
    assert UNSAFE.fix(once) == once


@given(clean_documents())
def test_clean_text_unchanged(text):
    assert textfix.fix(text) == text


@given(st.one_of(messy_documents(), st.text()))
def test_edits_reproduce_output(text):
    r = textfix.fix_and_explain(text)
    assert textfix.apply_edits(text, r.edits) == r.text
    for e in r.edits:
        assert 0 <= e.start <= e.end <= len(text)


@given(messy_documents())
def test_letters_change_only_through_edits(text):
    r = textfix.fix_and_explain(text)
    expected = _letters(text)
    for e in r.edits:
        expected.subtract(_letters(e.before))
        expected.update(_letters(e.after))
    assert +expected == _letters(r.text)


@given(st.text())
def test_never_raises_on_any_string(text):
    assert isinstance(textfix.fix(text), str)

"""TF3xx: unbalanced guillemets and curly quotes."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textfix import Config, Pipeline

from .strategies import WORDS, clean_documents

TF3 = Pipeline(Config(select=("TF3",)))
NB = "\u00a0"
NNB = "\u202f"


@pytest.mark.parametrize("bad, good, lang", [
    # the closing mark copies its own opening mark's spacing
    (f"(appelé «{NB}Orechnik«{NB}), sans", f"(appelé «{NB}Orechnik{NB}»), sans", "fr"),
    ("(appelé « Orechnik« )", "(appelé « Orechnik »)", "fr"),
    (f"un «{NNB}mot«{NNB}.", f"un «{NNB}mot{NNB}».", "fr"),
    ("il dit «oui« et part", "il dit «oui» et part", "fr"),  # Swiss, no spaces
    ("la « zone« ; puis « autre »", "la « zone » ; puis « autre »", "fr"),
    # a document mixing conventions keeps each quote's own
    (f"« un« et «{NB}deux«{NB}.", f"« un » et «{NB}deux{NB}».", "fr"),
    # closing a quotation opened in an earlier paragraph
    ("de ces pays« , a-t-il déclaré.", "de ces pays », a-t-il déclaré.", "fr"),
    ("(appelé » Orechnik »)", "(appelé « Orechnik »)", "fr"),
    ("He called it “the plan“, then left.", "He called it “the plan”, then left.", "en"),
    ("It was “cost prohibitive.“\n", "It was “cost prohibitive.”\n", "en"),
])
def test_repairs(bad, good, lang):
    assert TF3.fix(bad, lang) == good


@pytest.mark.parametrize("text, lang", [
    ("« Il a dit « non » hier »", "fr"),  # nested
    ("« Tu es las ?\n\n« Oui, et je pars.", "fr"),  # continued quotation
    ("» Suite de la citation, dit-il.", "fr"),
    ("s’emporte : « Mais quoi ? en « zone » (ZEP).", "fr"),  # ambiguous
    ("« un« deux« trois", "fr"),  # ambiguous
    ("L'« oasis de vie », dit-il.", "fr"),
    ("Sie sagte „ja“ und »nein«.", "de"),
    ("Er sagte »ja« und «nein».", "de"),
    ("Han sa ”ja” och gick.", "sv"),
    ("Swiss «Guillemets» stay «as they are».", "fr"),
    ("grabaron «» y otras", "es"),
    ("the “ah”s and “um”s", "en"),
])
def test_leaves_legitimate_or_ambiguous(text, lang):
    assert TF3.fix(text, lang) == text


@given(st.sampled_from(["fr", "it", "es"]), st.lists(st.sampled_from(WORDS["fr"]), min_size=1,
       max_size=4), st.sampled_from(["", " ", NB, NNB]), st.sampled_from([".", ",", ")", " et"]))
def test_broken_closer_restored(lang, words, space, after):
    quote = " ".join(words)
    good = f"Il a parlé de «{space}{quote}{space}»{after} ici"
    # the scraper's shape: the closing mark turned, its inner space moved after it
    bad = f"Il a parlé de «{space}{quote}«{space}{after} ici"
    assert TF3.fix(bad, lang) == good


@given(clean_documents())
def test_clean_documents_unchanged(doc):
    assert TF3.fix(doc) == doc

"""TF1xx: encoding repairs."""

import pytest

import textfix
from textfix import Config, Pipeline

ENC = Pipeline(Config(select=("TF1",)))


@pytest.mark.parametrize("bad, good", [
    ("Le cafÃ© est fermÃ©.", "Le café est fermé."),
    ("Das MÃ¤dchen lÃ¤uft Ã¼ber die StraÃŸe.", "Das Mädchen läuft über die Straße."),
    ("It\u00e2\u20ac\u2122s here", "It’s here"),
    ("Rock &amp; roll", "Rock & roll"),
    ("l&#8217;&eacute;t&eacute;", "l’été"),
    ("double &amp;eacute;", "double é"),
    ("nul\x00here", "nulhere"),
    ("a\x0bb", "a b"),
    ("red\x1b[31m text\x1b[0m", "red text"),
    ("\ud83d\ude00", "😀"),
    ("lone \udc80", "lone \ufffd"),
    ("cafe\u0301", "café"),
])
def test_repairs(bad, good):
    assert ENC.fix(bad) == good


@pytest.mark.parametrize("text", [
    "“Curly quotes” and ‘single’ ones stay curly.",
    "L’apostrophe typographique reste, l'autre aussi.",
    "Ligatures stay: ﬁn, full width stays: ＡＢＣ.",
    "<p>Markup &amp; entities are left alone</p>",
    "AT&T and R&D; Q&A",
    "Crème brûlée, naïve, Ærø, Øresund, ¿Qué?, ¡Sí!",
    "Mathematics: α ≤ β, ∑ xᵢ² ≥ 0, 110ᵉ, 5 µm.",
    "Emoji with joiner: 👩\u200d💻 and flag 🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f",
])
def test_leaves_typography_and_valid_text(text):
    assert ENC.fix(text) == text


def test_edit_spans_are_small():
    r = textfix.fix_and_explain("Un cafÃ© et un thÃ©.", config=Config(select=("TF1",)))
    assert [(e.before, e.after) for e in r.edits] == [("Ã©", "é"), ("Ã©", "é")]

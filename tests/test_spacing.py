"""TF4xx: spacing."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import textfix
from textfix import Config, Pipeline

from .strategies import EXTRAS, clean_documents, sentences

TF4 = Pipeline(Config(select=("TF4",)))
TF4_UNSAFE = Pipeline(Config(select=("TF4",), unsafe_fixes=True))


@pytest.mark.parametrize("bad, good, lang", [
    ("La séance est levée.Le maire a parlé.", "La séance est levée. Le maire a parlé.", "fr"),
    ("Il pleut.Puis il revint.", "Il pleut. Puis il revint.", "fr"),
    ("Is it true?Yes. It is!No doubt.", "Is it true? Yes. It is! No doubt.", "en"),
    ("C'est fini ?Oui.", "C'est fini ? Oui.", "fr"),
    ("Il attendait...Rien.", "Il attendait... Rien.", "fr"),
    ("Ende 2023.Die Stadt wuchs.", "Ende 2023. Die Stadt wuchs.", "de"),
    ("le site (ZEP).Le détail", "le site (ZEP). Le détail", "fr"),
    ("La ville est en Lorraine.Toutefois, elle", "La ville est en Lorraine. Toutefois, elle", "fr"),
    ("le  conseil    municipal", "le conseil municipal", "fr"),
    ("fin de ligne   \nsuite\t\n", "fin de ligne\nsuite\n", "fr"),
    ("trailing at the end  ", "trailing at the end", "en"),
    # a chain of sentences without spaces is repaired in one pass
    ("tap water!Ridiculous!Don't. Our citizen.Why?To wait.",
     "tap water! Ridiculous! Don't. Our citizen. Why? To wait.", "en"),
])
def test_repairs(bad, good, lang):
    assert TF4.fix(bad, lang) == good


def test_space_runs_decision_is_stable():
    # a line with two runs next to a line with one run, not aligned: both go
    text = "un  deux trois  quatre\ncinq six  sept"
    once = TF4.fix(text, "fr")
    assert once == "un deux trois quatre\ncinq six sept"
    assert TF4.fix(once, "fr") == once


@pytest.mark.parametrize("text, lang", [
    ("See https://example.com/a.Report and www.Site.Com or mail a.b@Site.Org.", "en"),
    ("The files are report.pdf and Report.Pdf; visit Newsfeed.Com today.", "en"),
    ("It costs 3.14 or 1,5 at 12:30, 10.000 people, version 1.2.Beta.", "en"),
    ("The U.S.Army, e.g.The, i.e.This and z.B.Das stay.", "en"),
    ("J.-P.Sartre et J.A.Howe sont des initiales.", "fr"),
    ("As shown out.[2][3] and obj.method() or String.Format(x).", "en"),
    ("In C# call Math.Max; then Console.WriteLine(x);\n", "en"),
    ("Il a dit : « oui » ; vraiment ? Oui !", "fr"),
    ("Il a dit\u00a0: «\u00a0oui\u00a0»\u202f; vraiment\u202f?", "fr"),
    ("    indented code\n\tand a tab", "en"),
    ("Name    Age    City\nAnna    31     Lyon", "en"),  # aligned columns
    ("One.  Two spaces.  A style.  Kept.", "en"),
    ("USA.Le and iPhone.Next and McKusick.Der", "en"),
    ("node.JS and report.PDF", "en"),
    ("Un dernier mot...\n\nEt puis plus rien.", "fr"),
])
def test_leaves_lookalikes(text, lang):
    assert TF4.fix(text, lang) == text


@pytest.mark.parametrize("bad, good, lang", [
    ("le nom,parce que", "le nom, parce que", "fr"),
    ("lasts six weeks , according to him .", "lasts six weeks, according to him.", "en"),
    # a name before an unknown word: a sentence end, or a code identifier?
    ("a town near Brechin.Ioané was a prince", "a town near Brechin. Ioané was a prince", "en"),
])
def test_unsafe_repairs(bad, good, lang):
    assert TF4.fix(bad, lang) == bad  # offered, not applied by default
    assert TF4_UNSAFE.fix(bad, lang) == good
    r = textfix.fix_and_explain(bad, lang=lang, config=Config(select=("TF4",)))
    assert r.skipped and all(not e.safe for e in r.skipped)


@pytest.mark.parametrize("text", ["1,5 et 2,75", "a,b,c and x,y", "meat,chorizo,and such",
                                  "wait . . . and .com", "http://a.b/c,d"])
def test_unsafe_rules_leave_lookalikes(text):
    assert TF4_UNSAFE.fix(text, "en") == text


@given(clean_documents())
def test_clean_documents_unchanged(doc):
    assert TF4_UNSAFE.fix(doc) == doc


@given(st.lists(sentences("fr"), min_size=2, max_size=5))
def test_lost_spaces_restored(sents):
    text = " ".join(sents)
    assert TF4.fix(text.replace(". ", ".").replace("! ", "!"), "fr") == text.replace("! ", "! ")


@given(st.lists(st.sampled_from(EXTRAS), min_size=1, max_size=8))
def test_extras_untouched(pieces):
    text = " ".join(pieces)
    assert TF4.fix(text, "en") == text

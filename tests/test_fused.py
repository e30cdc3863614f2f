"""TF5xx: fused words (lost spaces)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import textfix
from textfix import Config, Pipeline
from textfix.lang.fused import participle
from textfix.rules.base import get_rule

from .strategies import WORDS, clean_documents, messy_documents

SAFE = Pipeline(Config(select=("TF5",)))
UNSAFE = Pipeline(Config(select=("TF5",), unsafe_fixes=True))


@pytest.mark.parametrize("lang, bad, good", [
    # French: a function word glued to a word; the name used alone elsewhere.
    ("fr", "La ville de Brévannes a voté. Le maire de Brévannesun homme discret, a parlé.",
     "La ville de Brévannes a voté. Le maire de Brévannes un homme discret, a parlé."),
    ("fr", "Le ministre défend la politique énergétiquepour trois raisons.",
     "Le ministre défend la politique énergétique pour trois raisons."),
    # French auxiliary + past participle after an unknown name.
    ("fr", "La députée Irina Kovalchouka demandé un vote.",
     "La députée Irina Kovalchouk a demandé un vote."),
    ("fr", "Le porte-parole Piotr Lemanskia souligné les risques.",
     "Le porte-parole Piotr Lemanski a souligné les risques."),
    # Elided article glued to the previous word.
    ("fr", "Il reste beaucoupd’efforts à faire.", "Il reste beaucoup d’efforts à faire."),
    # English: case transition, function word, contraction.
    ("en", "Trade with theUnited States grew.", "Trade with the United States grew."),
    ("en", "We need more informationabout the budget.",
     "We need more information about the budget."),
    ("en", "They said it’sthe best plan.", "They said it’s the best plan."),
    # German: only case or safe function words.
    ("de", "Liebe LeserWie geht es Ihnen?", "Liebe Leser Wie geht es Ihnen?"),
    ("de", "Wir treffen uns an derBrücke.", "Wir treffen uns an der Brücke."),
    ("de", "Ein Dank fürmich und eine Idee fürdie Stadt.",
     "Ein Dank für mich und eine Idee für die Stadt."),
    # Spanish and Italian auxiliary ha + participle.
    ("es", "La ministra Elena Zubarevaha explicado el plan.",
     "La ministra Elena Zubareva ha explicado el plan."),
    ("it", "Il sindaco Paolo Ferrantinoha detto di no.",
     "Il sindaco Paolo Ferrantino ha detto di no."),
    ("es", "Los vecinos pidieron ayudadurante la crisis.",
     "Los vecinos pidieron ayuda durante la crisis."),
    ("it", "La regione ha chiesto fondiper la scuola.", "La regione ha chiesto fondi per la scuola."),
    # The English pronoun, a French preposition before an article, Spanish pairs.
    ("en", "Yes, Ithink so, andI agree.", "Yes, I think so, and I agree."),
    ("fr", "Il va àla gare.", "Il va à la gare."),
    ("es", "La fiesta en quese celebra el fin dela guerra.",
     "La fiesta en que se celebra el fin de la guerra."),
    # A year glued to the first word of the next block.
    ("fr", "Publié le 4 avril 2019Alors que la pluie tombait.",
     "Publié le 4 avril 2019 Alors que la pluie tombait."),
])
def test_repairs(lang, bad, good):
    assert SAFE.fix(bad, lang) == good


@pytest.mark.parametrize("lang, text", [
    ("en", "Her notebook lay on the table, together with notes on photosynthesis."),
    ("en", "Carbon nanotubes conduct heat; the lab studies them."),
    ("en", "He bought an iPhone, watched YouTube, used PowerPoint, sold it on eBay, ate at McDonald."),
    ("en", "The page explains WikiWords and JavaScript to beginners."),
    ("en", "Follow @userName and #hashTag, write to jane.doe@example.org, see https://example.org/someThing."),
    ("en", "Call getElement() then toString(); set userName = value;"),
    ("en", "Levels of CO2 rose; the 3D printer plays an mp3; NASA and the UNESCO agreed."),
    ("fr", "Pourtant, lorsque la pluie cesse, autrefois comme aujourd’hui, on sort."),
    ("fr", "La 110ᵉ édition commence jusqu’à demain."),
    ("fr", "Natalia a noté la date. Oksana écrit un livre."),
    ("de", "Die Bundesregierung fördert die Donaudampfschifffahrt und die Methylierung."),
    ("de", "Alle LehrerInnen begrüßen die Landwirtschaftsministerin."),
    # wordfreq folds ß to ss: words with ß are known words, not fusions.
    ("de", "Die Großstadt liegt außerhalb, schließlich an der Straßenbahnlinie."),
    ("es", "Quiere explicárselo antes de hacerlo."),
    ("it", "Ha deciso di portarla a casa e di farglielo sapere."),
    ("it", "Sant’Antonio è il patrono; le farmacie sono aperte."),
    ("en", "Irate voters in Ireland and Idaho wrote to the imam."),
    ("es", "Hay que acelerarlas y dámelo."),
])
def test_leaves_words_names_and_spellings(lang, text):
    r = UNSAFE.run(text, lang)
    assert r.text == text, [(e.before, e.reason) for e in r.edits]


@pytest.mark.parametrize("lang", ["nl", "pt", "pl", "xx"])
def test_other_languages_untouched(lang):
    text = "De gemeenteraad heeft gisteren hetplan goedgekeurd voor theUnited kinderen 2019Alors."
    assert UNSAFE.fix(text, lang) == text


def test_name_needs_evidence():
    # Two capitalised content words and no function word: a name, left alone.
    for text in ("Il habite à Montevista depuis mai.", "Le port de Worldport est fermé."):
        assert UNSAFE.fix(text, "fr") == text


def test_repeated_token_is_a_spelling():
    text = "Le projet Valborderie avance. Valborderie est un nom de lieu."
    assert UNSAFE.fix(text, "fr") == text


def test_weak_split_is_unsafe_and_reported():
    # Two frequent but short content words: a plausible split, not a sure one.
    text = "Il y a une grande foule au marché du samedi, et ils rientfort."
    safe = SAFE.run(text, "fr")
    assert safe.text == text
    assert [e.code for e in safe.skipped] == ["TF501"]
    assert not safe.skipped[0].safe and safe.skipped[0].confidence < 0.7
    assert UNSAFE.fix(text, "fr").endswith("rient fort.")


def test_edits_are_insertions_with_reasons():
    text = "Le maire de Brévannes parle. Brévannesun village calme."
    r = textfix.fix_and_explain(text, lang="fr")
    tf5 = [e for e in r.edits if e.code.startswith("TF5")]
    assert len(tf5) == 1
    e = tf5[0]
    assert (e.before, e.after, e.start, e.end) == ("", " ", text.index("un village"),
                                                   text.index("un village"))
    assert "Brévannes" in e.reason and "un" in e.reason


def test_participles():
    assert participle("noté", "fr") and participle("réussi", "fr") and participle("été", "fr")
    assert not participle("lundi", "fr") and not participle("écrit", "fr")
    assert not participle("peu", "fr")
    assert participle("explicado", "es") and participle("detto", "it")


@pytest.mark.parametrize("code", ["TF501", "TF502", "TF503", "TF504"])
def test_documented(code):
    rule = get_rule(code)
    doc = rule.documentation()
    assert "->" in doc and "Stays off" in doc and rule.family == "fused"


def _spaceless(s: str) -> str:
    return "".join(s.split())


@given(messy_documents())
def test_only_spaces_are_inserted(text):
    for lang in WORDS:
        out = UNSAFE.fix(text, lang)
        assert _spaceless(out) == _spaceless(text)


@given(clean_documents())
def test_clean_documents_unchanged(text):
    assert UNSAFE.fix(text) == text  # language detected, unsafe splits included


@given(st.sampled_from(sorted(WORDS)), st.data())
def test_fused_pair_restored_or_left(lang, data):
    """Fusing two words of a sentence never yields any other change."""
    words = data.draw(st.lists(st.sampled_from(WORDS[lang]), min_size=4, max_size=10))
    i = data.draw(st.integers(0, len(words) - 2))
    clean = " ".join(words) + "."
    fused = " ".join(words[:i] + [words[i] + words[i + 1]] + words[i + 2:]) + "."
    assert SAFE.fix(fused, lang) in (fused, clean)


@given(st.sampled_from(sorted(WORDS)), st.data())
def test_idempotent_on_fused_text(lang, data):
    """Repairing twice changes nothing more, even with several fusions."""
    words = data.draw(st.lists(st.sampled_from(WORDS[lang]), min_size=3, max_size=12))
    glue = data.draw(st.lists(st.sampled_from([" ", " ", ""]), min_size=len(words),
                              max_size=len(words)))
    text = "".join(w + g for w, g in zip(words, glue)).strip() + "."
    once = UNSAFE.fix(text, lang)
    assert UNSAFE.fix(once, lang) == once


@given(st.text())
def test_never_raises_in_any_supported_language(text):
    for lang in WORDS:
        assert isinstance(UNSAFE.fix(text, lang), str)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les élèves déjeuneront dans le gymnase et dîneront chez eux."),
    ("fr", "Elles répareraient le toit si elles le pouvaient."),
    ("es", "Los vecinos decorarán la plaza y cenarían juntos."),
    ("it", "Gli studenti pranzeranno presto e studierebbero dopo."),
])
def test_future_and_conditional_forms_stay_whole(lang, text):
    # infinitive + ending (déjeuner|ont) is one verb form, even when the word
    # list lacks it; with unsafe fixes too.
    assert UNSAFE.fix(text, lang) == text

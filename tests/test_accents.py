"""TF7xx: accents stripped from a sentence of an accented document."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import textfix
from textfix import Config, Pipeline
from textfix.lang import accents as A

ACC = Pipeline(Config(select=("TF7",)))
ACC_UNSAFE = Pipeline(Config(select=("TF7",), unsafe_fixes=True))


@pytest.mark.parametrize("lang, bad, good", [
    ("fr", "Le musée a rouvert en février. Le public etait tres nombreux apres la reouverture.",
     "Le musée a rouvert en février. Le public était très nombreux après la réouverture."),
    ("fr", "Le débat a été vif. Il a decide de partir a cause de la pluie.",
     "Le débat a été vif. Il a décidé de partir à cause de la pluie."),
    ("fr", "Elle a été élue. Il est ne a Lyon et a ete eleve a Paris.",
     "Elle a été élue. Il est né à Lyon et a été élevé à Paris."),
    ("fr", "Le musée est fermé. Le jury est compose de juges et elle est presente apres tout.",
     "Le musée est fermé. Le jury est composé de juges et elle est présente après tout."),
    ("fr", "Le musée est fermé. Il vit a cote de la gare des 1990, avec des 1500 soldats.",
     "Le musée est fermé. Il vit à côté de la gare dès 1990, avec des 1500 soldats."),
    ("es", "El río creció. Segun el informe, la situacion es dificil.",
     "El río creció. Según el informe, la situación es difícil."),
    ("es", "El niño llegó. El grupo se formo en 1990 y despues se separo.",
     "El niño llegó. El grupo se formó en 1990 y después se separó."),
    ("es", "El niño llegó. Lo hizo para el, creo que si.",
     "El niño llegó. Lo hizo para él, creo que sí."),
    ("it", "La città è grande. Il comune non puo pagare di piu.",
     "La città è grande. Il comune non può pagare di più."),
])
def test_restores_stripped_line(lang, bad, good):
    # A whole line stripped (the way scraping damages a block): a safe fix.
    bad, good = bad.replace(". ", ".\n", 1), good.replace(". ", ".\n", 1)
    assert ACC.fix(bad, lang) == good


def test_stripped_sentence_inside_accented_line_is_only_unsafe():
    # One unaccented sentence next to accented ones may be its writer's habit.
    text = "Le musée a rouvert en février. Le public etait tres nombreux apres la reouverture."
    assert ACC.fix(text, "fr") == text
    r = ACC_UNSAFE.run(text, "fr")
    assert r.text == "Le musée a rouvert en février. Le public était très nombreux après la réouverture."
    assert r.edits and all(not e.safe for e in r.edits)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le musée a rouvert en février. Il a la grippe et il note tout."),  # ambiguous only
    ("fr", "Le musée a rouvert en février. Il note que Jose Garcia arrive."),  # a name only
    ("fr", "Le café ouvre. UNE MISE EN GARDE SPECIALE EST NECESSAIRE."),  # capitals
    ("es", "El niño llegó. Esta casa es para el niño, si tu hermano quiere."),
    ("it", "La città è grande. E da la casa a lui."),
])
def test_leaves_ambiguous_and_intended(lang, text):
    assert ACC.fix(text, lang) == text


def test_never_touches_english():
    text = "The café was open. The cafe apres-ski crowd said the role was tres chic."
    assert ACC.fix(text, "en") == text


def test_document_without_accents_is_only_unsafe():
    text = "Le public etait tres nombreux apres la reouverture du musee."
    assert ACC.fix(text, "fr") == text
    r = textfix.fix_and_explain(text, lang="fr", config=Config(select=("TF7",), unsafe_fixes=True))
    assert r.text == "Le public était très nombreux après la réouverture du musée."
    assert all(not e.safe for e in r.edits)


def test_bare_word_the_document_uses_stays():
    out = ACC.fix("Jose est arrivé hier.\nJose et Maria apres la fete.", "fr")
    assert out == "Jose est arrivé hier.\nJose et Maria après la fête."


def test_name_needs_more_than_a_stripped_sentence():
    out = ACC.fix("Le musée a rouvert en février.\nLe general Jose Garcia arrive.", "fr")
    assert out == "Le musée a rouvert en février.\nLe général Jose Garcia arrive."


def test_case_is_kept():
    out = ACC.fix("Il était là.\nApres la fete, la region etait unie.", "fr")
    assert out == "Il était là.\nAprès la fête, la région était unie."


def test_index_is_cached_and_sane():
    ix = A.index("fr")
    assert A.index("fr") is ix  # built once, then cached
    assert ix["apres"][0][0] == "après"
    assert A.strip("Réaffirmé") == "Reaffirme"


def test_documentation():
    doc = textfix.rules.base.get_rule("TF701").documentation()
    assert "->" in doc


@given(st.lists(st.sampled_from(
    "le la apres etait tres ete a de après été très général general ou où . ,".split()),
    min_size=1, max_size=25))
def test_only_accents_change(words):
    text = "Le musée est fermé.\n" + " ".join(words)
    out = ACC.fix(text, "fr")
    assert A.strip(out) == A.strip(text)
    assert ACC.fix(out, "fr") == out


def test_degraded_copy_is_restored_from_the_document():
    # Apostrophes (TF6) then accents (TF7); the ambiguous ``a`` is decided by
    # the same phrase written with ``à`` elsewhere in the document.
    pipe = Pipeline(Config(select=("TF6", "TF7")))
    text = ("La mairie confie la gestion à l’association après un vote serré\n\n"
            "La mairie confie la gestion a lassociation apres un vote serre\n")
    assert pipe.fix(text, "fr") == (
        "La mairie confie la gestion à l’association après un vote serré\n\n"
        "La mairie confie la gestion à l’association après un vote serré\n")

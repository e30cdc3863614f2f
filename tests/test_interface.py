"""TF95x: page-interface labels alone on a line or glued to a paragraph."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textfix import Config, Pipeline
from textfix.lang import interface

from .strategies import WORDS, sentences

LABELS = Pipeline(Config(select=("TF95",)))
LABELS_UNSAFE = Pipeline(Config(select=("TF95",), unsafe_fixes=True))

P1 = "Le maire a présenté le budget de la ville devant le conseil municipal."
P2 = "Les élus de l’opposition ont voté contre le projet après un long débat."


@pytest.mark.parametrize("label", sorted({l for ls in interface.STRONG.values() for l in ls}))
def test_every_strong_label_alone_is_removed(label):
    assert LABELS.fix(f"{P1}\n\n{label}\n\n{P2}") == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("line", ["Read more »", "LIRE LA SUITE", "Weiterlesen …", "[Leer más]",
                                  "Partager | Facebook | Twitter", "Share  Tweet  Email"])
def test_decorated_labels_and_share_bars_are_removed(line):
    assert LABELS.fix(f"{P1}\n\n{line}\n\n{P2}") == f"{P1}\n\n{P2}"


def test_label_lines_at_the_end_keep_the_final_newline():
    assert LABELS.fix(f"{P1}\n\nLire la suite\nPartager\n") == f"{P1}\n"
    assert LABELS.fix(f"Lire aussi\n\n{P1}") == P1


def test_label_between_lines_without_blank_lines():
    assert LABELS.fix(f"{P1}\nRead more\n{P2}") == f"{P1}\n{P2}"


@pytest.mark.parametrize("text", [
    "Lire la suite de l’histoire, c’est découvrir comment le village a changé.",
    f"{P1}\n\nPartager\n\nPartager ses photos de vacances est devenu un réflexe.",
    f"{P1}\n\nShare\n\nSharing a car saves money and time for the whole family.",
    "Read more",  # nothing but a label: nothing to compare it with
    f"{P1} Ils veulent en savoir plus",
    "    user.sendEmail\n    user.addComment",
])
def test_content_is_kept(text):
    assert LABELS_UNSAFE.fix(text) == text


def test_weak_label_alone_between_paragraphs_is_removed():
    assert LABELS.fix(f"{P1}\n\nCommenter\n\n{P2}") == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("glued,after", [
    ("les chercheursLire la suite", "les chercheurs"),
    ("le nouveau projet.Read more", "le nouveau projet."),
    ("le nouveau projet. Continue reading →", "le nouveau projet."),
    ("el nuevo proyectoSeguir leyendo", "el nuevo proyecto"),
])
def test_glued_labels_are_removed(glued, after):
    text = f"Une découverte attendue depuis longtemps par {glued}\n\n{P2}"
    assert LABELS.fix(text) == f"Une découverte attendue depuis longtemps par {after}\n\n{P2}"


def test_glued_weak_label_is_unsafe():
    text = f"Une découverte attendue depuis longtemps par les chercheursPartager\n\n{P2}"
    r = LABELS.run(text)
    assert r.text == text and [e.code for e in r.skipped] == ["TF952"]
    assert "chercheurs\n" in LABELS_UNSAFE.fix(text)


@st.composite
def documents_with_labels(draw):
    lang = draw(st.sampled_from(sorted(WORDS)))
    paras = draw(st.lists(st.lists(sentences(lang), min_size=1, max_size=3), min_size=2, max_size=4))
    paras = [" ".join(p) for p in paras]
    label = draw(st.sampled_from(interface.STRONG[lang]))
    where = draw(st.integers(min_value=1, max_value=len(paras) - 1))
    return "\n\n".join(paras), "\n\n".join(paras[:where] + [label] + paras[where:])


@given(documents_with_labels())
def test_inserted_label_line_is_removed_and_nothing_else(case):
    clean, damaged = case
    assert LABELS.fix(damaged) == clean
    assert LABELS_UNSAFE.fix(clean) == clean

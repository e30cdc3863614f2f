"""Line classifier (textfix.lines) and the TF90x joins."""

import re

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from textfix import Config, Pipeline
from textfix.cli import main
from textfix.lines import classify, describe

from .strategies import WORDS, sentences

JOINS = Pipeline(Config(select=("TF90",)))
JOINS_UNSAFE = Pipeline(Config(select=("TF90",), unsafe_fixes=True))


def wrap(paragraph: str, width: int) -> str:
    """Greedy hard wrap (the damage the rules repair)."""
    lines, cur = [], ""
    for w in paragraph.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return "\n".join(lines)


PARA_FR = ("Le conseil municipal a voté hier soir le budget de la ville pour l’année prochaine, "
           "après un long débat sur les écoles, les routes et les transports publics. Les élus de "
           "l’opposition ont dénoncé une hausse des impôts locaux, tandis que le maire a défendu "
           "ses choix devant la presse régionale.")


# -- the classifier -----------------------------------------------------------
def kinds(text, lang="fr"):
    return [l.kind for l in classify(text, lang).lines]


def test_wrapped_paragraph_lines_are_joined_safely():
    s = classify(wrap(PARA_FR, 70), "fr")
    n = len(s.lines)
    assert n >= 4
    assert sorted(s.joins) == list(range(n - 1))
    assert all(j.kind == "wrap" and j.safe for j in s.joins.values())
    assert s.width <= 70


@pytest.mark.parametrize("text,kind", [
    ("- pommes\n- poires\n- cerises", "list"),
    ("1. Sbucciate le mele.\n2. Montate le uova.", "list"),
    ("— Tu viens ?\n— Oui, j’arrive.", "dialogue"),
    ("MARIE: Bonjour.\nPAUL: Salut.", "dialogue"),
    ("    x = compute(a, b)\n    return x", "table"),
    ("Nom\tAge\tVille\nAnna\t31\tLyon", "table"),
    ("Jonas Weber\nMarktstraße 12\n79098 Freiburg", "address"),
])
def test_structured_lines(text, kind):
    assert set(kinds(text)) == {kind}


def test_heading_above_paragraph_is_not_joined():
    text = "Les transports\n" + wrap(PARA_FR, 72)
    s = classify(text, "fr")
    assert s.lines[0].kind == "heading"
    assert 0 not in s.joins


def test_short_rhyming_lines_are_verse():
    poem = ("Le soir descend sur la colline\net les bergers rentrent sans bruit,\n"
            "la lampe brille à la cuisine\noù le pain chaud attend la nuit.")
    assert set(kinds(poem)) == {"verse"}
    assert classify(poem, "fr").joins == {}


def test_interface_label_and_marker_lines():
    assert kinds("Texte un.\n\nLire la suite\n\n***\n\nTexte deux.") == [
        "paragraph", "blank", "label", "blank", "marker", "blank", "paragraph"]


def test_single_line_paragraphs_have_no_joins():
    text = "\n".join([PARA_FR, PARA_FR.upper(), "Une phrase courte.", PARA_FR])
    assert classify(text, "fr").joins == {}


def test_describe_and_cli_show_classes(tmp_path):
    out = describe("Titre\n\n" + wrap(PARA_FR, 70), "fr")
    assert "heading" in out and "wrap" in out
    path = tmp_path / "a.txt"
    path.write_text("- un\n- deux\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lines", "--lang", "fr", str(path)])
    assert result.exit_code == 0
    assert "list" in result.output and "- deux" in result.output


# -- joins ----------------------------------------------------------------------
def test_hard_wrap_restored():
    assert JOINS.fix(wrap(PARA_FR, 66), "fr") == PARA_FR


@pytest.mark.parametrize("left,right,joined,lang", [
    ("gouver", "nement", "gouvernement", "fr"),
    ("porte", "parole", "porte-parole", "fr"),
    ("Jean", "Pierre", "Jean-Pierre", "fr"),
    ("e", "mail", "e-mail", "en"),
    ("Regie", "rung", "Regierung", "de"),
])
def test_line_end_hyphen(left, right, joined, lang):
    words = iter(("le texte dit que la ville et la région du nord ont bien " * 3).split())
    first = next(words)
    while len(first) + len(left) < 66:  # a full line: the next word would not fit
        first += " " + next(words)
    first += f" {left}-"
    text = (f"Il faut lire ce texte une fois de plus avant la réunion de demain matin\n"
            f"{first}\n{right} a parlé hier devant la presse de la région et du pays.")
    out = JOINS.fix(text, lang)
    assert f" {joined} a parlé" in out
    assert "\n" not in out


def test_unknown_cut_word_is_only_an_unsafe_join():
    text = ("Il faut lire ce texte une fois de plus avant la réunion de demain matin\n"
            "le texte dit que la ville et la région du nord ont bien dit que contre-\n"
            "quintak a parlé hier devant la presse de la région et du pays.")
    r = JOINS.run(text, "fr")
    assert "contre-\nquintak" in r.text
    assert [e.code for e in r.skipped] == ["TF902"]
    assert "contrequintak" in JOINS_UNSAFE.fix(text, "fr")


def test_german_compounds_and_suspended_hyphens():
    text = ("Die Regierung hat am Dienstag in Berlin einen neuen Plan für die Stadt\n"
            "und das Land vorgestellt, der vor allem die stark gestiegenen Rohstoff-\n"
            "und Energiepreise senken soll, und auch die große jährliche Bürger-\n"
            "versammlung der Region hat dem Vorhaben der Landesregierung zugestimmt.")
    out = JOINS.fix(text, "de")
    assert "Rohstoff- und Energiepreise" in out
    assert "Bürgerversammlung" in out and "\n" not in out


def test_document_vocabulary_decides_without_word_list():
    text = ("Het Wolkenfabriek museum is open. Il faut lire ce texte une fois de plus avant\n"
            "la visite du Wolken-\nfabriek demain matin avec toute la classe de six élèves.")
    assert "Wolkenfabriek demain" in JOINS.fix(text, "nl")


def test_link_broken_phrase_rejoins_sentence():
    text = ("Le rapport publié hier par le ministère indique que les\nParteien\n"
            "sont d’accord sur le fond mais pas encore sur le calendrier.")
    assert JOINS.fix(text, "fr") == text.replace("\n", " ")


@pytest.mark.parametrize("text", [
    "Sehr geehrte Frau Becker,\n\nvielen Dank.\n\nMit freundlichen Grüßen\nJonas Weber\nMarktstraße 12\n79098 Freiburg",
    "Il pleure dans mon cœur\nComme il pleut sur la ville,\nQuelle est cette langueur\nQui pénètre mon cœur ?",
    "INTERVIEWER: When did you come here?\nMARGARET: In the spring of that year, with my husband\nand our boys.",
    "Ingredienti\n3 mele\n200 g di farina\n2 uova",
])
def test_structured_texts_unchanged_even_with_unsafe_fixes(text):
    assert JOINS_UNSAFE.fix(text) == text


# -- properties -------------------------------------------------------------------
@st.composite
def paragraphs(draw):
    lang = draw(st.sampled_from(sorted(WORDS)))
    paras = draw(st.lists(st.lists(sentences(lang), min_size=2, max_size=6), min_size=1, max_size=4))
    return lang, [" ".join(p) for p in paras]


@given(paragraphs(), st.integers(min_value=50, max_value=90))
def test_joins_are_idempotent(doc, width):
    lang, paras = doc
    text = "\n\n".join(wrap(p, width) for p in paras)
    once = JOINS_UNSAFE.fix(text, lang)
    assert JOINS_UNSAFE.fix(once, lang) == once
    safe_once = JOINS.fix(text, lang)
    assert JOINS.fix(safe_once, lang) == safe_once


@given(paragraphs())
def test_text_without_inner_line_breaks_is_unchanged(doc):
    lang, paras = doc
    text = "\n\n".join(paras)
    assert JOINS_UNSAFE.fix(text, lang) == text


def _skeleton(s: str) -> str:
    return re.sub(r"[\s-]", "", s)


@given(paragraphs(), st.integers(min_value=40, max_value=90), st.booleans())
def test_joins_only_touch_line_breaks_and_line_end_hyphens(doc, width, hyphenate):
    lang, paras = doc
    text = "\n\n".join(wrap(p, width) for p in paras)
    if hyphenate:  # cut the first word of each continuation line
        text = re.sub(r"\n([^\W\d_]{3})([^\W\d_]{3,})", r"\1-\n\2", text)
    r = JOINS_UNSAFE.run(text, lang)
    assert _skeleton(r.text) == _skeleton(text)
    for e in r.edits:
        assert e.before.strip(" -") in ("\n", "") and e.after in (" ", "", "-")


def test_word_and_colon_inside_a_wrapped_paragraph_is_not_a_dialogue_turn():
    text = ("The engineer who leads the browser project said that he had changed jobs. He\n"
            "announced this in a short note published last January: from now on he works\n"
            "for a search company, but his role in the project will remain the same.")
    s = classify(text, "en")
    assert set(s.kinds()) == {"paragraph"}
    assert len(s.joins) == 2 and all(j.safe for j in s.joins.values())


def test_short_sentence_broken_around_a_link_in_a_prose_document():
    paras = [PARA_FR, "Le projet a été\nvoté\npar le conseil.", PARA_FR]
    text = "\n\n".join(paras)
    assert JOINS.fix(text, "fr") == text.replace("été\nvoté\npar", "été voté par")
    # The same three lines alone could be verse: only an unsafe join.
    alone = "Le projet a été\nvoté\npar le conseil."
    assert JOINS.fix(alone, "fr") == alone

"""TF8xx: degraded duplicate lines."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from textfix import Config, Pipeline, apply_edits
from textfix.rules.duplicates import degraded, skeleton

from .strategies import clean_documents, sentences

DUP = Pipeline(Config(select=("TF8",)))
DUP_UNSAFE = Pipeline(Config(select=("TF8",), unsafe_fixes=True))

HEAD_FR = "L’usine de Rouen s’arrête après quarante ans d’activité"
BODY_FR = "Les salariés ont appris la nouvelle lundi. Une réunion est prévue à la mairie."


def _strip(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def test_skeleton_ignores_case_accents_apostrophes_punctuation_spaces():
    assert skeleton("L’Ukraine, après !") == skeleton("LUKRAINE APRES") == "lukraineapres"
    assert skeleton("cœur") == "coeur"


def test_degraded_needs_a_loss():
    assert degraded("Lusine de Rouen sarrete", HEAD_FR)
    assert degraded(HEAD_FR.upper(), HEAD_FR)
    assert not degraded(HEAD_FR, HEAD_FR)
    # More marks than the original: not a degraded copy of it.
    assert not degraded(HEAD_FR + " !", HEAD_FR)


def test_removes_stripped_truncated_copy_and_keeps_paragraphs():
    copy = "Lusine de Rouen sarrete apres quarante"
    text = f"{HEAD_FR}\n\n{copy}\n\n{BODY_FR}\n"
    r = DUP.run(text, "fr")
    assert r.text == f"{HEAD_FR}\n\n{BODY_FR}\n"
    assert [e.code for e in r.edits] == ["TF801"]
    assert apply_edits(text, r.edits) == r.text


def test_copy_before_the_original_is_the_one_removed():
    text = f"{_strip(HEAD_FR).replace('’', '')}\n{HEAD_FR}\n\n{BODY_FR}"
    assert DUP.fix(text, "fr") == f"{HEAD_FR}\n\n{BODY_FR}"


def test_copy_at_the_end_of_the_text():
    text = f"{HEAD_FR}\n\n{BODY_FR}\n\n{HEAD_FR.lower()}\n"
    # Not nearby enough? It is within three lines: removed with the blank line before it.
    assert DUP.fix(text, "fr") == f"{HEAD_FR}\n\n{BODY_FR}\n"


def test_cut_off_copy_ending_like_a_sentence_is_unsafe():
    head = "The ferry company adds a dawn crossing from June."
    text = f"{head}\n\nThe ferry company adds a dawn crossing.\n\nMore boats."
    r = DUP.run(text, "en")
    assert r.text == text
    assert [e.code for e in r.skipped] == ["TF801"]
    assert DUP_UNSAFE.fix(text, "en") == f"{head}\n\nMore boats."


def test_copy_cut_off_mid_sentence_is_removed():
    head = "The ferry company adds a dawn crossing from June"
    text = f"{head}\n\nThe ferry company adds a dawn crossing\n\nMore boats."
    assert DUP.fix(text, "en") == f"{head}\n\nMore boats."


def test_cut_off_mid_sentence_with_loss_is_safe():
    head = "The ferry company adds a dawn crossing from June"
    text = f"{head}\n\nTHE FERRY COMPANY ADDS A DAWN\n\nMore boats."
    assert DUP.fix(text, "en") == f"{head}\n\nMore boats."


def test_line_that_merely_starts_like_another_stays():
    text = ("Why the river floods\n\n"
            "Why the river floods every spring is no mystery: the banks were paved.\n\n"
            "The mayor met the farmers on Friday\n\nThe mayor met the farmers on Friday "
            "and promised to rebuild the meadows downstream of the old mill.")
    assert DUP.fix(text, "en") == text


def test_refrain_stays():
    verse = "Row on, row on, the night is long"
    text = "\n".join([verse, "the lamps are lit,", verse.upper(), "the boats are home,", verse])
    assert DUP.fix(text, "en") == text


def test_short_lines_and_repeated_sentences_stay():
    text = "Done.\n\nDone.\n\nOh no.\n\nOH NO\n\nWe leave at six tomorrow.\n\nWe leave at six tomorrow."
    assert DUP.fix(text, "en") == text


def test_far_lines_stay():
    head = "Die Stadtwerke erhöhen die Preise für Fernwärme"
    body = "\n\n".join(f"Absatz {i} mit etwas Text." for i in range(5))
    text = f"{head}\n\n{body}\n\n{_strip(head)}"
    assert DUP.fix(text, "de") == text


def test_exact_heading_repeat_removed_and_configurable():
    head = "Nueva biblioteca en el barrio del puerto"
    text = f"{head}\n\n{head}\n\nLa obra abrirá en septiembre."
    assert DUP.fix(text, "es") == f"{head}\n\nLa obra abrirá en septiembre."
    off = Pipeline(Config(select=("TF8",), options={"duplicates.exact_headings": False}))
    assert off.fix(text, "es") == text


def test_exact_repeat_inside_a_stanza_stays():
    text = "Nueva biblioteca en el barrio\nNueva biblioteca en el barrio\ncanta la gente del puerto"
    assert DUP.fix(text, "es") == text


@given(sentences(), clean_documents(), st.sampled_from(["upper", "lower", "strip"]),
       st.booleans())
def test_inserted_degraded_title_is_removed(title, body, how, cut):
    title = title.rstrip(".!?")
    words = title.split()
    if len(words) < 4 or len(skeleton(title)) < 12:
        return
    copy = {"upper": title.upper(), "lower": title.lower(),
            "strip": _strip(title).replace("’", "").replace("'", "")}[how]
    if cut:
        copy = " ".join(copy.split()[: max(4, -(-len(words) * 4 // 5))])
    if not degraded(copy, title):
        return
    clean = f"{title}\n\n{body}"
    bad = f"{title}\n\n{copy}\n\n{body}"
    assert DUP.fix(bad) == clean
    assert DUP.fix(clean) == clean


def test_removal_bringing_a_copy_into_the_window_is_done_at_once():
    head = "Le musée de Nîmes rouvre ses salles après deux ans de travaux"
    sub = "Une collection d’étoffes présentée à l’étage"
    lines = [head, sub, sub.upper(), "Premier paragraphe.", _strip(head).lower(), "Fin."]
    text = "\n\n".join(lines)
    once = DUP.fix(text, "fr")
    assert once == "\n\n".join([head, sub, "Premier paragraphe.", "Fin."])
    assert DUP.fix(once, "fr") == once


def test_refrain_guard_is_shared_by_both_rules():
    head = "Une nouvelle passerelle sur la Loire"
    text = f"{head}\n\n{head}\n\n{head.upper()}\n\nLe texte suit."
    assert DUP.fix(text, "fr") == text


_HEAD = "Le musée de Nîmes rouvre ses salles après deux ans"
_SUB = "Une collection d’étoffes présentée à l’étage"
_POOL = [_HEAD, _HEAD.upper(), _strip(_HEAD), "Le musée de Nîmes rouvre ses salles", _SUB,
         _SUB.lower(), "Une collection d’étoffes", "Fin.", "Un paragraphe de texte ordinaire."]


@given(st.lists(st.tuples(st.sampled_from(_POOL), st.sampled_from(["\n", "\n\n", "\n \n"])),
                min_size=2, max_size=10), st.booleans())
def test_idempotent_on_many_copies(parts, unsafe):
    pipe = DUP_UNSAFE if unsafe else DUP
    text = "".join(line + sep for line, sep in parts)
    r = pipe.run(text, "fr")
    assert apply_edits(text, r.edits) == r.text
    assert pipe.fix(r.text, "fr") == r.text
    # The original of every removed copy stays.
    assert r.text.strip()

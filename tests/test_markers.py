"""TF2xx: scraper markers and ad labels."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import textfix
from textfix import Config, Pipeline

from .strategies import clean_documents

TF2 = Pipeline(Config(select=("TF2",)))


@pytest.mark.parametrize("bad, good", [
    ("La séance est levée.\n\nfr-03", "La séance est levée."),
    ("La séance est levée.\n\nfr-03\n", "La séance est levée.\n"),
    ("Un.\n\nen_12\n\nDeux.", "Un.\n\nDeux."),
    ("Un.\nfr-FR-3\nDeux.", "Un.\nDeux."),
    ("Un.\n\n[de-01]\n\nZwei.", "Un.\n\nZwei."),
    ("fr-03\n\nLe texte commence.", "Le texte commence."),
    ("Hello.\n\nFR-03\n\nBye.", "Hello.\n\nBye."),
    ("The vote is on Monday.en-12", "The vote is on Monday."),
    ("fr-03Le texte commence ici.", "Le texte commence ici."),
    ("Le maire a parlé.\n\nPublicité\n\nIl a ensuite quitté la salle.",
     "Le maire a parlé.\n\nIl a ensuite quitté la salle."),
    ("The mayor spoke.\nADVERTISEMENT\nShe then left.", "The mayor spoke.\nShe then left."),
    ("Der Rat tagte.\n\n- Anzeige -\n\nDanach ging er.", "Der Rat tagte.\n\nDanach ging er."),
    ("Il sindaco parlò.\n\nPubblicità\n\n", "Il sindaco parlò.\n\n"),
    ("El alcalde habló.\n\nPublicidad\n\nLuego se fue.", "El alcalde habló.\n\nLuego se fue."),
    # a label and a marker in a row go together, separators collapse to one
    ("Un.\n\nPublicité\n\nfr-03\n\nDeux.", "Un.\n\nDeux."),
    ("Un.\n\nPublicité\nfr-03", "Un."),
    ("  Indented.\n\nSponsored\n\n  Next.", "  Indented.\n\n  Next."),
])
def test_removes(bad, good):
    assert TF2.fix(bad) == good


@pytest.mark.parametrize("text", [
    "fr-03",  # nothing else: never empty a document
    "The covid-19 cases rose.\n\nF-16\n\nMH-17\n\ncovid-19",
    "Les ventes de la covid-19.\nfr-03 est le code du dossier.",
    "Menu\nPublicité\nSport\nMétéo",  # a line in a list or menu
    "Nos services :\nPublicité\nImpression",  # an item after a colon
    "Advertisement\n\nAdvertising pays for most newspapers.",  # a heading
    "Publicité\n\nLa publicité finance la presse depuis longtemps.",
    "Il a dit : Publicité ! Et tout le monde a ri.",
    "A line with Werbung in it.\n\nAnother paragraph.",
    "The band played.\n\nThe End.",
])
def test_leaves_real_text(text):
    assert TF2.fix(text) == text


def test_edits_reported_with_codes():
    r = textfix.fix_and_explain("Un.\n\nPublicité\n\nDeux.\n\nfr-03", config=Config(select=("TF2",)))
    assert {e.code for e in r.edits} == {"TF201", "TF202"}
    assert textfix.apply_edits("Un.\n\nPublicité\n\nDeux.\n\nfr-03", r.edits) == r.text


def test_select_one_rule_only():
    text = "Un.\n\nPublicité\n\nDeux.\n\nfr-03"
    assert Pipeline(Config(select=("TF201",))).fix(text) == "Un.\n\nPublicité\n\nDeux."
    assert Pipeline(Config(select=("TF202",))).fix(text) == "Un.\n\nDeux.\n\nfr-03"


LABELS = ["Publicité", "ADVERTISEMENT", "Werbung", "Anzeige", "Pubblicità", "Publicidad",
          "Sponsored", "fr-03", "en_12", "de-7"]


@given(clean_documents(), st.lists(st.sampled_from(LABELS), min_size=1, max_size=3), st.data())
def test_inserted_lines_are_removed_exactly(doc, labels, data):
    paras = doc.split("\n\n")
    for label in labels:
        at = data.draw(st.integers(1, len(paras)))
        paras.insert(at, label)
    assert TF2.fix("\n\n".join(paras)) == doc


@given(clean_documents())
def test_clean_documents_unchanged(doc):
    assert TF2.fix(doc) == doc

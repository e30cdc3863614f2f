"""The edit mechanism, configuration, selection and robustness of the pipeline."""

import pickle

import pytest

import textfix
from textfix import Config, Edit, Pipeline
from textfix.edits import OffsetMap, resolve_overlaps
from textfix.pipeline import select_rules
from textfix.rules.base import all_rules


def _e(code, s, t, after, stage=0):
    return Edit(code, s, t, "", after, "r", local=(stage, s, t))


def test_resolve_overlaps_is_deterministic():
    a, b, c = _e("TF101", 0, 3, "x"), _e("TF102", 2, 5, "y"), _e("TF103", 5, 5, "z")
    kept = resolve_overlaps([c, b, a], {"TF101": 0, "TF102": 1, "TF103": 2})
    assert [e.code for e in kept] == ["TF101", "TF103"]


def test_offsets_map_through_stages():
    # stage 0: "aXXb" -> "ab" (delete 1..3); stage 1 edits "b" at 1..2 of "ab".
    m = OffsetMap()
    m.push([_e("TF1", 1, 3, "")])
    mapped = m.map_edit(_e("TF2", 1, 2, "B", stage=1))
    assert (mapped.start, mapped.end) == (3, 4)


def test_two_stage_edits_are_mapped_to_input_and_replayable():
    text = "Caf&amp;eacute; Ã©t\u00e9 fin"
    r = textfix.fix_and_explain(text)
    assert r.text == "Café été fin"
    assert textfix.apply_edits(text, r.edits) == r.text
    for e in r.edits:
        assert text[e.start:e.end] == e.before


def test_config_is_immutable_and_hashable():
    c = Config(select=["tf1", "TF2"], ignore="TF105")
    assert c.select == ("TF1", "TF2") and c.ignore == ("TF105",)
    with pytest.raises(Exception):
        c.lang = "fr"
    assert hash(c) == hash(Config(select=("TF2", "TF1"), ignore=("TF105",)))


def test_select_and_ignore_by_prefix():
    codes = [r.code for r in select_rules(Config(select=("TF1",), ignore=("TF105",)))]
    assert codes and all(c.startswith("TF1") for c in codes) and "TF105" not in codes


def test_ignored_rule_does_not_run():
    assert textfix.fix("a &amp; b", config=Config(ignore=("TF102",))) == "a &amp; b"


def test_pipeline_pickles():
    p = Pipeline(Config(lang="fr", ignore=("TF103",)))
    q = pickle.loads(pickle.dumps(p))
    assert q.config == p.config
    assert q.fix("Ã©t\u00e9") == p.fix("Ã©t\u00e9")


def test_rule_codes_unique_and_documented():
    rules = all_rules()
    codes = [r.code for r in rules]
    assert len(codes) == len(set(codes))
    for r in rules:
        assert r.summary and r.name and r.family
        doc = r.documentation()
        assert "->" in doc, f"{r.code} docstring lacks a before -> after example"


def test_lang_override_reported():
    assert textfix.fix_and_explain("Hello there.", lang="fr").lang == "fr"


def test_non_str_is_a_type_error():
    with pytest.raises(TypeError):
        textfix.fix(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "", " ", "\n\n\n", "\ud800", "a\udfffb", "\x00\x01\x02", "&#0;", "&amp;" * 3,
    "x" * 1_000_000,
    ("Le cafÃ© &amp; la ville.Un texte. " * 20 + "\n") * 15_000,
])
def test_never_raises(text):
    out = textfix.fix(text)
    assert isinstance(out, str)

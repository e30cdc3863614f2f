"""Runs every example of corpus/: each damaged input against its expected
repair, and each clean text, which must come out unchanged."""

import json
from pathlib import Path

import pytest

import textfix
from textfix import Config, Pipeline

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
REPAIRS = sorted(CORPUS.glob("repairs/*/*.in.txt"))
CLEAN = sorted(CORPUS.glob("clean/*.txt"))


def _options(path: Path) -> dict:
    opts = path.with_name(path.name.replace(".in.txt", ".json"))
    return json.loads(opts.read_text(encoding="utf-8")) if opts.exists() else {}


@pytest.mark.parametrize("path", REPAIRS, ids=lambda p: f"{p.parent.name}/{p.name[:-7]}")
def test_repair(path):
    expected = path.with_name(path.name.replace(".in.txt", ".expected.txt"))
    opts = _options(path)
    lang = opts.pop("lang", None)
    pipe = Pipeline(Config(**opts))
    text = path.read_text(encoding="utf-8")
    result = pipe.run(text, lang)
    assert result.text == expected.read_text(encoding="utf-8")
    assert textfix.apply_edits(text, result.edits) == result.text
    # A repaired text has nothing left to repair.
    assert pipe.run(result.text, lang).text == result.text


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_clean_unchanged(path):
    text = path.read_text(encoding="utf-8")
    result = textfix.fix_and_explain(text)
    assert result.edits == (), [(e.code, e.before, e.after) for e in result.edits]
    assert result.text == text


def test_corpus_is_not_empty():
    assert REPAIRS and CLEAN

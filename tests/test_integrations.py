"""The batch API and the ML-pipeline integrations (pandas, Hugging Face
datasets, datatrove), each run with the real library when it is installed."""

import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import textfix
from textfix import Config

from .strategies import messy_documents

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

# Our own damaged snippets: mojibake, an HTML entity, and clean text.
DAMAGED = [
    "La rÃ©union a eu lieu hier soir.",
    "Salt &amp; pepper, as usual.",
    "Nothing to repair in this sentence.",
    "Die StraÃŸe war gesperrt.",
]


# -- batch API ----------------------------------------------------------------
@settings(max_examples=25)
@given(st.lists(messy_documents(), max_size=4))
def test_fix_batch_matches_fix(texts):
    assert textfix.fix_batch(texts) == [textfix.fix(t) for t in texts]


def test_fix_batch_and_explain_per_text_languages():
    results = textfix.fix_batch_and_explain(DAMAGED, lang=["fr", "en", None, "de"])
    assert [r.text for r in results] == textfix.fix_batch(DAMAGED, lang=["fr", "en", None, "de"])
    assert results[0].lang == "fr" and results[3].lang == "de"
    for text, r in zip(DAMAGED, results):
        assert textfix.apply_edits(text, r.edits) == r.text
    assert results[0].changed and not results[2].changed


def test_fix_batch_accepts_an_iterator_and_rejects_misaligned_languages():
    assert textfix.fix_batch(iter(DAMAGED[:2])) == [textfix.fix(t) for t in DAMAGED[:2]]
    with pytest.raises(ValueError):
        textfix.fix_batch(DAMAGED, lang=["fr"])


# -- pandas -------------------------------------------------------------------
def test_pandas_series_in_series_out():
    pd = pytest.importorskip("pandas")
    from textfix.integrations.pandas import edit_counts, fix_series

    s = pd.Series(DAMAGED + [None], index=[10, 11, 12, 13, 14], name="body")
    out = fix_series(s)
    assert isinstance(out, pd.Series)
    assert list(out.index) == list(s.index) and out.name == "body"
    assert list(out.iloc[:4]) == [textfix.fix(t) for t in DAMAGED]
    assert pd.isna(out.iloc[4])
    counts = edit_counts(s)
    assert list(counts.index) == list(s.index)
    assert counts.loc[10, "TF101"] >= 1 and counts.loc[11, "TF102"] == 1
    assert counts.loc[12, "edits"] == 0 and counts.loc[14, "edits"] == 0
    assert (counts["edits"] == counts.drop(columns="edits").sum(axis=1)).all()


def test_pandas_rejects_non_text():
    pd = pytest.importorskip("pandas")
    from textfix.integrations.pandas import fix_series

    with pytest.raises(TypeError, match="'n'"):
        fix_series(pd.Series(["ok", 3], name="n"))


# -- Hugging Face datasets ----------------------------------------------------
def test_hf_map_batched_with_workers_and_counts():
    datasets = pytest.importorskip("datasets")
    from textfix.integrations import hf

    rows = DAMAGED * 3 + [None]
    ds = datasets.Dataset.from_dict({"text": rows, "n": list(range(len(rows)))})
    fixer = hf.fixer(column="text", counts=True)
    out = ds.map(fixer, batched=True, batch_size=4, num_proc=2)
    assert out["text"][:-1] == [textfix.fix(t) for t in rows[:-1]]
    assert out["text"][-1] is None
    assert out["n"] == ds["n"]
    assert out.column_names == ["text", "n", *fixer.count_columns()]
    first = out[0]
    assert first["textfix_TF101"] >= 1
    assert first["textfix_edits"] == sum(first[c] for c in fixer.count_columns()[1:])


def test_hf_map_unbatched_keeps_the_original_column():
    datasets = pytest.importorskip("datasets")
    from textfix.integrations import hf

    ds = datasets.Dataset.from_dict({"raw": DAMAGED, "lang": ["fr", "en", "en", None]})
    out = ds.map(hf.fixer("raw", output_column="clean", lang_column="lang"))
    assert out["raw"] == DAMAGED
    assert out["clean"] == textfix.fix_batch(DAMAGED, lang=["fr", "en", "en", None])


# -- datatrove ------------------------------------------------------------------
def test_datatrove_formatter_in_a_local_executor(tmp_path):
    pytest.importorskip("datatrove")
    pytest.importorskip("orjson")
    from datatrove.data import Document
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.writers import JsonlWriter

    from textfix.integrations.datatrove import TextfixFormatter

    langs = ["fra_Latn", "en", None, "de"]
    docs = [Document(text=t, id=str(i), metadata={"language": lg})
            for i, (t, lg) in enumerate(zip(DAMAGED, langs))]
    step = TextfixFormatter()
    LocalPipelineExecutor([docs, step, JsonlWriter(str(tmp_path / "out"), compression=None)],
                          tasks=1, logging_dir=str(tmp_path / "logs")).run()
    lines = [json.loads(line) for f in sorted((tmp_path / "out").iterdir())
             for line in f.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in lines] == ["0", "1", "2", "3"]
    expected = textfix.fix_batch_and_explain(DAMAGED, lang=["fr", "en", None, "de"])
    assert [d["text"] for d in lines] == [r.text for r in expected]
    for d, r in zip(lines, expected):
        assert d["metadata"]["textfix"] == {"edits": len(r.edits), "counts": r.counts()}
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    fmt = next(s for s in stats if "textfix" in s["name"])
    assert fmt["stats"]["total"] == 4
    assert fmt["stats"]["formatted"] == sum(r.changed for r in expected)


def test_datatrove_formatter_honours_config_and_metadata_key():
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from textfix.integrations.datatrove import TextfixFormatter

    config = Config(ignore=("TF1",))
    step = TextfixFormatter(config, metadata_key=None)
    (out,) = list(step.run([Document(text=DAMAGED[0], id="a")]))
    assert out.text == textfix.fix(DAMAGED[0], config=config) == DAMAGED[0]
    assert "textfix" not in out.metadata
    assert step.format(DAMAGED[1]) == DAMAGED[1]
    assert TextfixFormatter().format(DAMAGED[1]) == textfix.fix(DAMAGED[1]) != DAMAGED[1]


def test_datatrove_formatter_given_language_wins_over_metadata():
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from textfix.integrations.datatrove import TextfixFormatter, _lang_code

    assert [_lang_code(v) for v in ("fr", "fra_Latn", "de-DE", "xyz_Latn", None, 3)] == \
        ["fr", "fr", "de", None, None, None]
    text = "Il est arrivé a Paris hier."
    (a,) = TextfixFormatter(lang="en").run([Document(text=text, id="a", metadata={"language": "fr"})])
    assert a.text == textfix.fix(text, "en")
    (b,) = TextfixFormatter().run([Document(text=text, id="b", metadata={"language": "fr"})])
    assert b.text == textfix.fix(text, "fr")

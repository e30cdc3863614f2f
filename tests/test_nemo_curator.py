"""NeMo Curator integration, run with the real library when it is installed
(nemo-curator pulls torch and ray, so the dev environment does not have it:
see the README's "ML pipelines and clusters")."""

import pytest

pytest.importorskip("nemo_curator")
pd = pytest.importorskip("pandas")

from nemo_curator.stages.text.modifiers import Modify  # noqa: E402
from nemo_curator.tasks import DocumentBatch  # noqa: E402

import textfix  # noqa: E402
from textfix import Config  # noqa: E402
from textfix.integrations.nemo_curator import TextfixModifier, TextfixStage  # noqa: E402

TEXTS = ["La rÃ©union a eu lieu hier soir.", "Salt &amp; pepper, as usual.",
         "Nothing to repair in this sentence.", None]


def _batch():
    return DocumentBatch(dataset_name="t", data=pd.DataFrame({"text": TEXTS, "n": range(4)}))


def _expected(config=None):
    return [None if t is None else textfix.fix(t, config=config) for t in TEXTS]


def _plain(values):
    return [None if v is None or pd.isna(v) else v for v in values]


def test_modifier_in_the_modify_stage():
    out = Modify(TextfixModifier(), input_fields="text").process(_batch()).to_pandas()
    assert _plain(out["text"]) == _expected()
    assert list(out["n"]) == [0, 1, 2, 3]


def test_stage_repairs_and_counts_edits():
    stage = TextfixStage()
    stage.setup()
    out = stage.process(_batch()).to_pandas()
    assert _plain(out["text"]) == _expected()
    names = stage.outputs()[1]
    assert names[0] == "text" and set(names[1:]) <= set(out.columns)
    results = [None if t is None else textfix.fix_and_explain(t) for t in TEXTS]
    assert out["textfix_edits"].tolist() == [len(r.edits) if r else 0 for r in results]
    assert out["textfix_TF101"].tolist()[0] == results[0].counts().get("TF101", 0) >= 1


def test_stage_honours_config_and_counts_off():
    config = Config(ignore=("TF1",))
    stage = TextfixStage(config=config, counts=False)
    out = stage.process(_batch()).to_pandas()
    assert _plain(out["text"]) == _expected(config)
    assert not any(c.startswith("textfix_") for c in out.columns)

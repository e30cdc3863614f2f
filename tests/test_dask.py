"""Dask integration on a real LocalCluster (2 worker processes): the same
output as the single-process run, one pipeline built per worker."""

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

import textfix  # noqa: E402
from textfix import Config  # noqa: E402
from textfix.integrations import dask as tfdask  # noqa: E402
from textfix.integrations.pandas import edit_counts, fix_series  # noqa: E402

# Our own damaged snippets, repeated to fill partitions.  Two languages only:
# each worker process loads the word data of every language it meets.
SNIPPETS = [
    "La rÃ©union a eu lieu hier soir.",
    "Salt &amp; pepper, as usual.",
    "Nothing to repair in this sentence.",
    "Le cafÃ© du coin ferme Ã  midi.",
    "Fish &amp; chips &amp; peas.",
    None,
]
TEXTS = SNIPPETS * 8


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                       dashboard_address=":0")
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def _built():
    from textfix.integrations._common import BUILT

    return BUILT["count"]


def _plain(values):
    """Missing values (None, NaN, pd.NA: dask may change the string dtype) as None."""
    return [None if v is None or pd.isna(v) else v for v in values]


def _expected(texts, **kw):
    return [None if t is None else textfix.fix(t, **kw) for t in texts]


def test_bag_of_texts_matches_local_run(client):
    bag = db.from_sequence(TEXTS, npartitions=8)
    assert tfdask.fix_bag(bag).compute() == _expected(TEXTS)


def test_bag_of_records_with_counts_and_languages(client):
    langs = ["fr", "en", "en", "fr", None, None] * 8
    records = [{"id": i, "body": t, "lang": lg} for i, (t, lg) in enumerate(zip(TEXTS, langs))]
    out = tfdask.fix_bag(db.from_sequence(records, npartitions=6), key="body",
                         lang_key="lang", counts=True).compute()
    assert [r["id"] for r in out] == list(range(len(records)))
    assert records[0]["body"] == TEXTS[0]  # inputs are not mutated
    for rec, r in zip(out, records):
        if r["body"] is None:
            assert rec["body"] is None and rec["textfix"] == {"edits": 0, "counts": {}}
            continue
        res = textfix.fix_and_explain(r["body"], r["lang"])
        assert rec["body"] == res.text
        assert rec["textfix"] == {"edits": len(res.edits), "counts": res.counts()}


def test_dataframe_column_matches_pandas(client):
    df = pd.DataFrame({"text": TEXTS, "n": range(len(TEXTS))})
    config = Config(ignore=("TF8",))
    out = tfdask.fix_column(dd.from_pandas(df, npartitions=5), "text", config=config,
                            output_column="fixed", counts=True).compute()
    assert _plain(out["text"]) == _plain(df["text"])
    assert _plain(out["fixed"]) == _plain(fix_series(df["text"], config=config))
    counts = edit_counts(df["text"], config=config)
    assert out["textfix_edits"].tolist() == counts["edits"].tolist()
    assert out["textfix_TF101"].tolist() == counts["TF101"].tolist()


def test_one_pipeline_per_worker_not_per_task(client):
    config = Config(ignore=("TF105",))  # a config no other test used
    before = client.run(_built)
    bag = db.from_sequence(TEXTS * 4, npartitions=24)
    assert tfdask.fix_bag(bag, config=config).compute() == _expected(TEXTS * 4, config=config)
    after = client.run(_built)
    # 24 tasks ran; each of the two worker processes built at most one new pipeline.
    assert len(after) == 2
    assert all(after[w] - before[w] <= 1 for w in after)
    assert sum(after[w] - before[w] for w in after) >= 1
    assert tfdask.warm_up(client, config) == after


def test_bag_of_texts_rejects_record_options():
    with pytest.raises(ValueError):
        tfdask.fix_bag(db.from_sequence(["a"]), counts=True)


# -- the corpus job on the cluster (textfix fix --scheduler ADDRESS) ----------
def _corpus(root, seed=7):
    """A partitioned JSONL corpus of our own snippets, with some malformed lines,
    a nested field and non-ASCII kept both escaped and raw."""
    import json
    import random

    rng = random.Random(seed)
    root.mkdir()
    for part in range(5):
        with open(root / f"part-{part:02d}.jsonl", "w", encoding="utf-8") as fh:
            for i in range(40):
                if rng.random() < 0.06:
                    fh.write('{"id": %d, "text": oops}\n' % i)
                    continue
                text = rng.choice([t for t in SNIPPETS if t])
                rec = {"id": i, "meta": {"part": part}, "text": text}
                fh.write(json.dumps(rec, ensure_ascii=rng.random() < 0.5) + "\n")
    return root


def _run_cli(*args):
    from click.testing import CliRunner

    from textfix.cli import main

    return CliRunner().invoke(main, ["fix", *args], catch_exceptions=False)


def _counts(summary: str) -> str:
    """The summary without its timing (seconds, MB/s)."""
    import re

    return re.sub(r"in [\d.]+ s \([\d.,]+ MB/s\)", "", summary)


def _tree(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def test_corpus_job_on_the_cluster_is_byte_identical(client, tmp_path):
    src = _corpus(tmp_path / "in")
    local = _run_cli(str(src), "-o", str(tmp_path / "local"), "-j", "1")
    remote = _run_cli(str(src), "-o", str(tmp_path / "dask"), "--scheduler",
                      client.scheduler.address)
    assert local.exit_code == remote.exit_code == 3  # done, some records rejected
    a, b = _tree(tmp_path / "local"), _tree(tmp_path / "dask")
    assert a == b
    assert sum(name.endswith(".rejects.jsonl") for name in a) >= 1
    # Zero records lost: every input line is in an output or a rejects file.
    lines_in = sum(p.read_bytes().count(b"\n") for p in src.iterdir())
    assert sum(v.count(b"\n") for v in b.values()) == lines_in
    out = lambda r: _counts(r.output).replace(str(tmp_path / "local"), "OUT").replace(  # noqa: E731
        str(tmp_path / "dask"), "OUT")
    assert out(local) == out(remote)
    assert "rejected" in out(remote) and "records written" in out(remote)


def test_corpus_job_on_the_cluster_with_a_shared_rejects_file(client, tmp_path):
    src = _corpus(tmp_path / "in", seed=11)
    for name in ("local", "dask"):
        extra = ["-j", "1"] if name == "local" else ["--scheduler", client.scheduler.address]
        r = _run_cli(str(src), "-o", str(tmp_path / name), "--rejects",
                     str(tmp_path / f"{name}.rejects.jsonl"), "--field", "text", *extra)
        assert r.exit_code == 3
    assert _tree(tmp_path / "local") == _tree(tmp_path / "dask")
    shared = (tmp_path / "dask.rejects.jsonl").read_bytes()
    assert shared and shared == (tmp_path / "local.rejects.jsonl").read_bytes()


def test_corpus_job_on_the_cluster_refuses_stdout(client, tmp_path):
    src = _corpus(tmp_path / "in")
    r = _run_cli(str(src / "part-00.jsonl"), "--scheduler", client.scheduler.address)
    assert r.exit_code == 2 and "-o" in r.output


def test_corpus_job_on_the_cluster_reports_edits_like_the_local_run(client, tmp_path):
    src = _corpus(tmp_path / "in", seed=3)
    local = _run_cli(str(src), "--diff", "-j", "1", "-q")
    remote = _run_cli(str(src), "--diff", "-q", "--scheduler", client.scheduler.address)
    assert local.exit_code == remote.exit_code
    assert "+++ b/" in local.output
    assert remote.output == local.output

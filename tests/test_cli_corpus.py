"""`textfix fix` / `textfix check` on corpora: formats, rejects, exit codes, atomicity."""

from __future__ import annotations

import errno
import gzip
import json
import os

import pytest
from click.testing import CliRunner

from textfix import cli_corpus
from textfix.cli import main

MOJI = "Le cafÃ© est fermÃ©."
FIXED = "Le café est fermé."

GOOD = [
    json.dumps({"id": 1, "text": MOJI, "meta": {"src": "a", "score": 0.5}}, ensure_ascii=False),
    '{"id":2,   "text":"Rien à changer ici.", "tags":["x","y"], "n": 1.10}',
    json.dumps({"id": 3, "text": "Une phrase propre."}),
]
BAD = [
    b'{"id": 4, "text": "pas ferm\xc3\xa9"',       # malformed JSON
    b'{"id": 5, "body": "no text field"}',         # missing field
    b'{"id": 6, "text": 42}',                      # non-string
    b'{"id": 7, "text": null}',                    # null
    b'{"id": 8, "text": "caf\xe9 latin-1"}',       # invalid UTF-8
    b'["not", "an", "object"]',                    # not an object
]


def _corpus(path):
    lines = [GOOD[0].encode(), BAD[0], GOOD[1].encode(), BAD[1], BAD[2], BAD[3], GOOD[2].encode(), BAD[4], BAD[5]]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return lines


def _run(args, **kw):
    return CliRunner().invoke(main, args, catch_exceptions=False, **kw)


def test_every_kind_of_bad_record_is_rejected_and_nothing_is_lost(tmp_path):
    lines = _corpus(tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    r = _run(["fix", str(tmp_path / "in.jsonl"), "-o", str(out), "--lang", "fr"])
    assert r.exit_code == 3, r.output
    written = out.read_bytes().splitlines()
    rejected = (tmp_path / "out.rejects.jsonl").read_bytes().splitlines()
    assert len(written) + len(rejected) == len(lines)
    assert rejected == BAD[:4] + BAD[4:]  # unchanged, in input order
    assert json.loads(written[0]) == {"id": 1, "text": FIXED, "meta": {"src": "a", "score": 0.5}}
    assert written[1:] == [GOOD[1].encode(), GOOD[2].encode()]  # byte for byte
    for line_no, kind in [(2, "json"), (4, "missing"), (5, "type"), (6, "type"), (8, "utf8"), (9, "type")]:
        assert f"in.jsonl:{line_no}" in r.stderr and kind in r.stderr
    assert "byte 19" in r.stderr or "(byte" in r.stderr
    assert "3 records written, 6 rejected" in r.stderr


def test_changed_record_keeps_other_fields_and_key_order(tmp_path):
    src = tmp_path / "a.jsonl"
    line = '{"z": 1.50, "text": "' + MOJI + '", "a": "\\u00e9", "meta": {"k": [1, 2]}}\n'
    src.write_text(line, encoding="utf-8")
    r = _run(["fix", str(src), "--lang", "fr", "-q"])
    assert r.exit_code == 0
    assert r.stdout == line.replace(MOJI, FIXED)


def test_dotted_field_and_stdin(tmp_path):
    line = json.dumps({"meta": {"body": MOJI}, "text": MOJI}, ensure_ascii=False) + "\n"
    r = _run(["fix", "--input-format", "jsonl", "--field", "meta.body", "--lang", "fr", "-q"],
             input=line.encode())
    assert r.exit_code == 0
    assert json.loads(r.stdout) == {"meta": {"body": FIXED}, "text": MOJI}


def test_lines_format(tmp_path):
    src = tmp_path / "docs.txt"
    src.write_text(f"{MOJI}\nrien\n{MOJI}", encoding="utf-8")
    r = _run(["fix", "--lines", str(src), "--lang", "fr", "-q"])
    assert r.stdout == f"{FIXED}\nrien\n{FIXED}"


def test_text_file_to_stdout_and_summary(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(MOJI + "\n", encoding="utf-8")
    r = _run(["fix", str(src), "--lang", "fr"])
    assert r.exit_code == 0 and r.stdout == FIXED + "\n"
    assert "1 records" in r.stderr and "MB/s" in r.stderr and "TF101 2" in r.stderr
    assert _run(["fix", str(src), "--lang", "fr", "-q"]).stderr == ""


def test_directory_recursive_with_glob_mirrors_the_tree(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(MOJI, encoding="utf-8")
    (tmp_path / "in" / "sub" / "b.txt").write_text(MOJI, encoding="utf-8")
    (tmp_path / "in" / "sub" / "c.md").write_text(MOJI, encoding="utf-8")
    r = _run(["fix", str(tmp_path / "in"), "--glob", "*.txt", "-o", str(tmp_path / "out"), "--lang", "fr"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == FIXED
    assert (tmp_path / "out" / "sub" / "b.txt").read_text(encoding="utf-8") == FIXED
    assert not (tmp_path / "out" / "sub" / "c.md").exists()


def test_in_place_is_atomic_and_complete(tmp_path):
    src = tmp_path / "a.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        fh.write(GOOD[0] + "\n" + GOOD[1] + "\n")
    r = _run(["fix", "--in-place", str(src), "--lang", "fr", "-q"])
    assert r.exit_code == 0
    with gzip.open(src, "rt", encoding="utf-8") as fh:
        assert [json.loads(x)["text"] for x in fh] == [FIXED, "Rien à changer ici."]
    assert sorted(os.listdir(tmp_path)) == ["a.jsonl.gz"]


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz", ".zst"])
def test_recompression_round_trip(tmp_path, suffix):
    src = tmp_path / "a.jsonl"
    src.write_text(GOOD[0] + "\n", encoding="utf-8")
    out = tmp_path / f"b.jsonl{suffix}"
    assert _run(["fix", str(src), "-o", str(out), "--lang", "fr", "-q"]).exit_code == 0
    back = _run(["fix", str(out), "--lang", "fr", "-q"])
    assert json.loads(back.stdout)["text"] == FIXED


def test_existing_output_needs_force(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(MOJI, encoding="utf-8")
    out = tmp_path / "out.txt"
    out.write_text("keep me", encoding="utf-8")
    r = _run(["fix", str(src), "-o", str(out), "--lang", "fr"])
    assert r.exit_code == 2 and "exists" in r.stderr and "--force" in r.stderr
    assert out.read_text(encoding="utf-8") == "keep me"
    assert _run(["fix", str(src), "-o", str(out), "--force", "--lang", "fr"]).exit_code == 0
    assert out.read_text(encoding="utf-8") == FIXED


def test_missing_and_unreadable_inputs(tmp_path):
    r = _run(["fix", str(tmp_path / "nope.txt")])
    assert r.exit_code == 2 and "nope.txt" in r.stderr
    bad = tmp_path / "broken.jsonl.gz"
    bad.write_bytes(b"this is not gzip data")
    good = tmp_path / "good.jsonl"
    good.write_text(GOOD[0] + "\n", encoding="utf-8")
    r = _run(["fix", str(bad), str(good), "-o", str(tmp_path / "out"), "--lang", "fr"])
    assert r.exit_code == 2
    assert "broken.jsonl.gz" in r.stderr and "cannot read" in r.stderr
    assert not (tmp_path / "out" / "broken.jsonl.gz").exists()
    assert json.loads((tmp_path / "out" / "good.jsonl").read_text(encoding="utf-8"))["text"] == FIXED


def test_full_disk_leaves_nothing_behind(tmp_path, monkeypatch):
    src = tmp_path / "a.jsonl"
    src.write_text(GOOD[0] + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"

    def no_space(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("textfix.io.atomic.os.fsync", no_space)
    r = _run(["fix", str(src), "-o", str(out), "--lang", "fr"])
    assert r.exit_code == 4
    assert "No space left on device" in r.stderr
    assert sorted(os.listdir(tmp_path)) == ["a.jsonl"]


def test_invalid_utf8_text_file(tmp_path):
    src = tmp_path / "a.txt"
    src.write_bytes(b"ligne une\nligne deux caf\xe9\n")
    out = tmp_path / "out.txt"
    r = _run(["fix", str(src), "-o", str(out)])
    assert r.exit_code == 3
    assert "a.txt:1 (byte 24)" in r.stderr and "invalid UTF-8" in r.stderr
    assert not out.exists()
    assert (tmp_path / "out.rejects.txt").read_bytes() == src.read_bytes()
    r = _run(["fix", str(src), "--errors", "replace", "-q"])
    assert r.exit_code == 0 and "caf\ufffd" in r.stdout
    r = _run(["fix", str(src), "--errors", "skip", "-q"])
    assert r.exit_code == 0 and r.stdout_bytes == src.read_bytes()


def test_rejects_option(tmp_path):
    lines = _corpus(tmp_path / "in.jsonl")
    rej = tmp_path / "bad.jsonl"
    r = _run(["fix", str(tmp_path / "in.jsonl"), "--rejects", str(rej), "-q", "--lang", "fr"])
    assert r.exit_code == 3
    assert len(r.stdout_bytes.splitlines()) + len(rej.read_bytes().splitlines()) == len(lines)


def test_check_exit_codes_and_formats(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text(GOOD[0] + "\n" + GOOD[1] + "\n", encoding="utf-8")
    r = _run(["check", str(src), "--lang", "fr"])
    assert r.exit_code == 1
    assert f"{src}:1:7: TF101" in r.stdout
    r = _run(["check", str(src), "--lang", "fr", "--format", "json", "-q"])
    items = json.loads(r.stdout)
    assert {(i["file"], i["line"], i["code"]) for i in items} == {(str(src), 1, "TF101")}
    r = _run(["check", str(src), "--lang", "fr", "--statistics", "--format", "json", "-q"])
    assert json.loads(r.stdout) == {"TF101": 2}
    clean = tmp_path / "clean.jsonl"
    clean.write_text(GOOD[1] + "\n", encoding="utf-8")
    r = _run(["check", str(clean), "--lang", "fr", "--format", "json", "-q"])
    assert r.exit_code == 0 and json.loads(r.stdout) == []


def test_diff_and_explain(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text(GOOD[0] + "\n" + GOOD[1] + "\n", encoding="utf-8")
    r = _run(["fix", "--diff", str(src), "--lang", "fr", "-q"])
    assert f"--- a/{src}:1" in r.stdout and f"+{FIXED}" in r.stdout and f"-{MOJI}" in r.stdout
    r = _run(["fix", "--explain", str(src), "--lang", "fr", "-q"])
    assert json.loads(r.stdout.splitlines()[0])["text"] == FIXED
    assert "TF101 mojibake" in r.stderr and ":1:7:" in r.stderr


def test_parallel_jobs_keep_input_order(tmp_path, monkeypatch):
    monkeypatch.setattr(cli_corpus, "CHUNK_BYTES", 200)
    src = tmp_path / "big.jsonl"
    rows = [{"i": i, "text": (MOJI if i % 3 == 0 else "Texte propre.") + f" {i}"} for i in range(300)]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = _run(["fix", str(src), "-o", str(out), "-j", "2", "--lang", "fr"])
    assert r.exit_code == 0, r.output
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [g["i"] for g in got] == list(range(300))
    assert got[3]["text"] == FIXED + " 3"
    assert "300 records written, 0 rejected" in r.stderr


def test_parquet_round_trip(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "a.parquet"
    pq.write_table(pa.table({"id": [1, 2, 3], "text": [MOJI, None, "propre"], "x": [0.5, 1.5, 2.5]}), src)
    out = tmp_path / "b.parquet"
    r = _run(["fix", str(src), "-o", str(out), "--lang", "fr"])
    assert r.exit_code == 0, r.output
    t = pq.read_table(out)
    assert t.column("text").to_pylist() == [FIXED, None, "propre"]
    assert t.column("id").to_pylist() == [1, 2, 3] and t.schema == pq.read_table(src).schema
    r = _run(["fix", str(src), "-o", str(tmp_path / "c.parquet"), "--field", "body"])
    assert r.exit_code == 2 and "no column 'body'" in r.stderr


def test_empty_input_gives_empty_output(tmp_path):
    src = tmp_path / "empty.jsonl"
    src.write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert _run(["fix", str(src), "-o", str(out), "-q"]).exit_code == 0
    assert out.read_bytes() == b""


def test_usage_errors():
    assert _run(["fix", "-", "--in-place"]).exit_code == 2
    assert "exclude" in _run(["fix", "x", "--in-place", "-o", "y"]).stderr


def test_check_and_diff_write_no_files(tmp_path, monkeypatch):
    _corpus(tmp_path / "in.jsonl")
    monkeypatch.chdir(tmp_path)
    assert _run(["check", "in.jsonl", "--lang", "fr", "-q"]).exit_code == 3
    assert _run(["fix", "--diff", "in.jsonl", "--lang", "fr", "-q"]).exit_code == 3
    assert os.listdir(tmp_path) == ["in.jsonl"]


def test_output_into_an_existing_directory(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(MOJI, encoding="utf-8")
    (tmp_path / "out").mkdir()
    assert _run(["fix", str(src), "-o", str(tmp_path / "out"), "--lang", "fr", "-q"]).exit_code == 0
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == FIXED
    (tmp_path / "file").write_text("x")
    r = _run(["fix", str(src), str(tmp_path / "out" / "a.txt"), "-o", str(tmp_path / "file"), "--force"])
    assert r.exit_code == 2 and "cannot create" in r.stderr


def test_a_dead_worker_is_a_clear_error(tmp_path, monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    def broken(*args, **kwargs):
        raise BrokenProcessPool("killed")
        yield  # pragma: no cover

    monkeypatch.setattr(cli_corpus, "ordered_map", broken)
    src = tmp_path / "a.jsonl"
    src.write_text(GOOD[0] + "\n", encoding="utf-8")
    r = _run(["fix", str(src), "-o", str(tmp_path / "out.jsonl")])
    assert r.exit_code == 2 and "worker process died" in r.stderr
    assert sorted(os.listdir(tmp_path)) == ["a.jsonl"]

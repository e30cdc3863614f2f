"""Corpus I/O: compression, atomic writes, JSONL field splicing, chunking, process_chunk."""

from __future__ import annotations

import json
import os
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textfix import Config
from textfix.corpus import JobSpec, ordered_map, process_chunk, rejects_path
from textfix.io.atomic import AtomicWriter
from textfix.io.compress import COMPRESSIONS, compression_of, open_read
from textfix.io.formats import (
    Chunk,
    detect_format,
    json_field,
    json_replace,
    json_value_span,
    read_chunks,
    RecordError,
)

SPEC = JobSpec(Config(lang="fr"), "jsonl")


@pytest.mark.parametrize("suffix", ["", *COMPRESSIONS])
def test_compression_round_trip(tmp_path, suffix):
    path = str(tmp_path / f"data.jsonl{suffix}")
    payload = "".join(f'{{"n": {i}, "text": "ligne {i} é"}}\n' for i in range(2000)).encode()
    with AtomicWriter(path) as fh:
        fh.write(payload)
    assert compression_of(path) == (suffix or None)
    with open_read(path) as fh:
        assert fh.read() == payload
    if suffix:
        assert open(path, "rb").read() != payload  # really compressed


def test_atomic_writer_leaves_target_on_failure(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with AtomicWriter(str(target)) as fh:
            fh.write(b"new, half written")
            raise RuntimeError("interrupted")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["out.txt"]  # no temporary file left


def test_atomic_writer_keeps_permissions(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    os.chmod(target, 0o640)
    with AtomicWriter(str(target)) as fh:
        fh.write(b"new")
    assert target.read_text() == "new"
    assert os.stat(target).st_mode & 0o777 == 0o640


@pytest.mark.parametrize("name, fmt", [
    ("a.jsonl", "jsonl"), ("a.JSONL.GZ", "jsonl"), ("dir/a.ndjson.zst", "jsonl"),
    ("a.parquet", "parquet"), ("a.txt", "text"), ("a.txt.xz", "text"), ("README", "text"),
])
def test_detect_format(name, fmt):
    assert detect_format(name) == fmt


def test_rejects_path():
    assert rejects_path("out/data.jsonl.gz", "jsonl") == "out/data.rejects.jsonl.gz"
    assert rejects_path("notes", "text") == "notes.rejects.txt"


def test_json_replace_keeps_everything_else():
    line = '{"id":  7, "meta": {"body": "caf\\u00e9 x", "n": 1.50}, "text": "t", "z": [1,2]}\n'
    out = json_replace(line, ("meta", "body"), "café «y»")
    assert out == '{"id":  7, "meta": {"body": "café «y»", "n": 1.50}, "text": "t", "z": [1,2]}\n'
    assert json.loads(out)["meta"]["body"] == "café «y»"


def test_json_duplicate_keys_take_the_last_like_json_loads():
    line = '{"text": "first", "text": "second"}'
    assert json_field(json.loads(line), ("text",)) == "second"
    assert json.loads(json_replace(line, ("text",), "new")) == {"text": "new"}
    assert json_replace(line, ("text",), "new").startswith('{"text": "first"')


def test_json_field_errors():
    with pytest.raises(RecordError) as e:
        json_field({"meta": 3}, ("meta", "body"))
    assert e.value.kind == "type"
    with pytest.raises(RecordError) as e:
        json_field({"meta": {}}, ("meta", "body"))
    assert e.value.kind == "missing"
    with pytest.raises(RecordError) as e:
        json_field({"text": None}, ("text",))
    assert e.value.kind == "type"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)


@given(st.dictionaries(st.text(max_size=6), json_values, max_size=5), st.text(), st.text(),
       st.sampled_from([None, 1, 2]), st.booleans())
def test_json_replace_property(other, old, new, indent, ascii_):
    obj = dict(other)
    obj["text"] = old
    line = json.dumps(obj, indent=indent, ensure_ascii=ascii_)
    out = json_replace(line, ("text",), new)
    expect = dict(obj, text=new)
    assert json.loads(out) == expect
    start, end = json_value_span(line, ("text",))
    assert out[:start] == line[:start]
    assert out[len(out) - (len(line) - end):] == line[end:]


def test_read_chunks_line_numbers_and_offsets(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [f'{{"text": "{"x" * (i % 50)}"}}\n'.encode() for i in range(500)]
    path.write_bytes(b"".join(lines))
    chunks = list(read_chunks(str(path), "jsonl", chunk_bytes=1000))
    assert len(chunks) > 5
    assert [r for c in chunks for r in c.records] == lines
    for c in chunks:
        assert c.first_offset == sum(len(x) for x in lines[: c.first_line - 1])
    assert list(read_chunks(str(tmp_path / "a.jsonl"), "text"))[0].records == [b"".join(lines)]


def test_empty_file_gives_one_empty_chunk(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    chunks = list(read_chunks(str(path), "jsonl"))
    assert len(chunks) == 1 and chunks[0].records == []


def _chunk(records, fmt="jsonl"):
    return Chunk("f.jsonl", 0, 10, 100, records, fmt=fmt)


def test_process_chunk_jsonl():
    recs = [
        b'{"id": 1, "text": "Le caf\xc3\x83\xc2\xa9 ferme."}\n',
        b'{"id": 2, "text": "propre"}\r\n',
        b"\n",
        b"{oops\n",
        b'{"id": 3}\n',
        b'{"text": ["a"]}\n',
        b'{"text": "caf\xff"}\n',
        b"[1, 2]\n",
    ]
    res = process_chunk(SPEC, _chunk(recs))
    assert len(res.outputs) + len(res.rejects) == len(recs)
    assert res.outputs[0] == '{"id": 1, "text": "Le café ferme."}\n'.encode()
    assert res.outputs[1:3] == recs[1:3]  # unchanged records: the very same bytes
    assert [r.kind for r in res.rejects] == ["json", "missing", "type", "utf8", "type"]
    assert [r.line for r in res.rejects] == [13, 14, 15, 16, 17]
    assert [r.raw for r in res.rejects] == recs[3:]
    utf8 = res.rejects[3]
    assert utf8.offset == 100 + sum(len(r) for r in recs[:6]) + len(b'{"text": "caf')
    assert res.stats.records == len(recs) and res.stats.rejects == 5 and res.stats.changed == 1
    assert res.stats.edits["TF101"] == 1


def test_process_chunk_errors_modes():
    recs = [b'{"text": "caf\xff \xc3\x83\xc2\xa9"}\n']
    rep = process_chunk(JobSpec(Config(lang="fr"), "jsonl", errors="replace"), _chunk(recs))
    assert not rep.rejects and json.loads(rep.outputs[0])["text"] == "caf\ufffd é"
    skip = process_chunk(JobSpec(Config(lang="fr"), "jsonl", errors="skip"), _chunk(recs))
    assert not skip.rejects and skip.outputs == recs and skip.stats.passed == 1


def test_process_chunk_lines_keeps_terminators():
    recs = [b"Le caf\xc3\x83\xc2\xa9\r\n", b"rien\n", b"fin"]
    res = process_chunk(JobSpec(Config(lang="fr"), "lines"), _chunk(recs, "lines"))
    assert res.outputs == ["Le café\r\n".encode(), b"rien\n", b"fin"]


def test_process_chunk_nested_field():
    spec = JobSpec(Config(lang="fr"), "jsonl", field_path=("meta", "body"))
    recs = ['{"meta": {"body": "Ã©té", "k": 1}, "text": "Ã©"}\n'.encode()]
    res = process_chunk(spec, _chunk(recs))
    assert res.outputs == ['{"meta": {"body": "été", "k": 1}, "text": "Ã©"}\n'.encode()]


@given(st.lists(st.binary(max_size=40) | st.text(max_size=40).map(lambda t: json.dumps({"text": t}).encode()),
                max_size=20))
def test_records_out_plus_rejects_is_records_in(records):
    records = [r.replace(b"\n", b" ") + b"\n" for r in records]
    res = process_chunk(SPEC, _chunk(records))
    assert len(res.outputs) + len(res.rejects) == len(records) == res.stats.records
    assert res.stats.rejects == len(res.rejects)


def test_chunk_and_spec_pickle_without_local():
    c = Chunk("f", 0, 1, 0, [b"x\n"], local=object(), fmt="lines")
    back = pickle.loads(pickle.dumps(c))
    assert back.records == [b"x\n"] and back.local is None and back.fmt == "lines"
    assert pickle.loads(pickle.dumps(SPEC)) == SPEC


def test_ordered_map_with_workers_keeps_order():
    chunks = [Chunk("f.jsonl", i, i * 3 + 1, 0,
                    [json.dumps({"i": i * 3 + k, "text": "Ã©" * k}).encode() + b"\n" for k in range(3)],
                    fmt="jsonl") for i in range(12)]
    serial = [r.outputs for _, r in ordered_map(SPEC, chunks, jobs=1)]
    parallel = [(c.index, r.outputs) for c, r in ordered_map(SPEC, iter(chunks), jobs=2, max_in_flight=3)]
    assert [i for i, _ in parallel] == list(range(12))
    assert [o for _, o in parallel] == serial


def test_atomic_writer_writes_into_a_pipe_without_replacing_it(tmp_path):
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()))
    reader.start()
    with AtomicWriter(str(fifo)) as fh:
        fh.write(b"through the pipe")
    reader.join(timeout=10)
    assert got == [b"through the pipe"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert os.listdir(tmp_path) == ["pipe"]


def test_a_failing_record_is_rejected_not_lost(monkeypatch):
    import textfix.corpus as corpus

    real = corpus.pipeline_for(SPEC.config)

    class Flaky:
        def run(self, text):
            if "BOOM" in text:
                raise RuntimeError("rule crashed")
            return real.run(text)

    monkeypatch.setattr(corpus, "pipeline_for", lambda config: Flaky())
    recs = [b'{"text": "ok"}\n', b'{"text": "BOOM"}\n', b'{"text": "fine"}\n']
    res = process_chunk(SPEC, _chunk(recs))
    assert res.outputs == [recs[0], recs[2]]
    assert [(r.kind, r.line, r.raw) for r in res.rejects] == [("error", 11, recs[1])]
    assert "rule crashed" in res.rejects[0].message


def test_jsonl_byte_order_mark_is_kept():
    recs = ['\ufeff{"text": "Le cafÃ©"}\n'.encode(), '\ufeff{"text": "propre"}\n'.encode()]
    res = process_chunk(SPEC, _chunk(recs))
    assert not res.rejects
    assert res.outputs == ['\ufeff{"text": "Le café"}\n'.encode(), recs[1]]

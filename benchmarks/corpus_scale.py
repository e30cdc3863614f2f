"""Corpus-scale benchmark: `textfix fix` on a generated JSONL corpus with -j 1 and -j 2.

    python benchmarks/corpus_scale.py                # 1 GB (long: minutes per run)
    python benchmarks/corpus_scale.py --size 100M    # quicker

The corpus is made of the project's own corpus texts and ../shared/corpus-dev
(ud-dev), repeated to the requested size as JSONL records with extra fields
(id, lang, source, nested meta, tags), a seeded share of them damaged with
mojibake so the pipeline has work, and a few bad records of every kind
(malformed JSON, missing field, non-string field, invalid UTF-8) that must be
rejected.  Reported per run: wall time, throughput (MB/s of input), peak memory
of the whole process tree (sum of RSS, which counts pages shared by the forked
workers once per process, so an upper bound; and sum of PSS), and records
in / out / rejected, which must add up, and the records per language.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

from common import LANGS, ROOT, load_jsonl

TEXTFIX = [sys.executable, "-m", "textfix.cli"]
BAD_EVERY = 10_000  # one bad record in so many


def parse_size(s: str) -> int:
    s = s.strip().upper().rstrip("B")
    mult = {"K": 1e3, "M": 1e6, "G": 1e9}.get(s[-1:], 1)
    return int(float(s.rstrip("KMG")) * mult)


def _mojibake(text: str, rnd: random.Random) -> str:
    words = text.split(" ")
    for i in range(len(words)):
        if rnd.random() < 0.3 and any(ord(c) > 127 for c in words[i]):
            try:
                words[i] = words[i].encode("utf-8").decode("cp1252")
            except UnicodeDecodeError:
                pass
    return " ".join(words)


def sources() -> list[tuple[str, str]]:
    """(lang, text) from ud-dev and the project's own corpus."""
    out = [(d["lang"], d["text"]) for d in load_jsonl()]
    for p in sorted((ROOT / "corpus").rglob("*.txt")):
        if p.name.endswith(".expected.txt"):
            continue
        lang = next((x for x in LANGS if x in p.name), "fr")
        out.append((lang, p.read_text(encoding="utf-8")))
    return out


def generate(path: Path, size: int, seed: int = 5) -> tuple[int, int]:
    """Write about ``size`` bytes of JSONL; returns (records, bad records)."""
    rnd = random.Random(seed)
    docs = sources()
    records = bad = 0
    written = 0
    with open(path, "wb", buffering=1 << 20) as fh:
        while written < size:
            records += 1
            if records % BAD_EVERY == 0:
                kind = (records // BAD_EVERY) % 4
                line = [b'{"id": %d, "text": "unterminated' % records,
                        b'{"id": %d, "body": "no text field"}' % records,
                        b'{"id": %d, "text": ["not", "a", "string"]}' % records,
                        b'{"id": %d, "text": "caf\xe9 in latin-1"}' % records][kind] + b"\n"
                bad += 1
            else:
                lang, text = docs[rnd.randrange(len(docs))]
                if rnd.random() < 0.2:
                    text = _mojibake(text, rnd)
                rec = {"id": records, "lang": lang, "text": text,
                       "meta": {"url": f"https://example.org/{lang}/{records}", "score": round(rnd.random(), 3),
                                "fetched": "2026-11-26T12:00:00Z"},
                       "tags": ["news", lang]}
                line = (json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8")
            fh.write(line)
            written += len(line)
    return records, bad


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:
            pass
    return pids


def _mem(pid: int) -> tuple[int, int]:
    rss = pss = 0
    for p in _tree(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            pass
    return rss * 1024, pss * 1024


def run(data: Path, jobs: int, work: Path, extra: list[str]) -> dict:
    out, rej = work / f"out-j{jobs}.jsonl", work / f"rejects-j{jobs}.jsonl"
    cmd = TEXTFIX + ["fix", str(data), "-o", str(out), "--rejects", str(rej), "--force", "-j", str(jobs), *extra]
    start = time.monotonic()
    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    load0 = os.getloadavg()[0]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    peak_rss = peak_pss = 0
    main_cpu = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    while proc.poll() is None:
        rss, pss = _mem(proc.pid)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        try:
            with open(f"/proc/{proc.pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            main_cpu = (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError):
            pass
        time.sleep(0.1)
    seconds = time.monotonic() - start
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    err = proc.stderr.read().decode("utf-8", "replace")
    count = lambda p: sum(1 for _ in open(p, "rb")) if p.exists() else 0  # noqa: E731
    return {"jobs": jobs, "exit": proc.returncode, "seconds": seconds,
            "mb_s": data.stat().st_size / 1e6 / seconds, "peak_rss": peak_rss, "peak_pss": peak_pss,
            "out": count(out), "rejects": count(rej), "summary": err.strip().splitlines()[-2:],
            "cpu": cpu, "main_cpu": main_cpu, "load": (load0 + os.getloadavg()[0]) / 2}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", default="1G", help="corpus size, e.g. 100M or 1G (default 1G)")
    ap.add_argument("--workdir", default="/tmp/textfix-corpus-bench")
    ap.add_argument("--jobs", default="1,2", help="comma-separated -j values")
    ap.add_argument("--keep", action="store_true", help="keep the generated corpus and outputs")
    ap.add_argument("--select", default=None,
                    help="rule selection passed to textfix (e.g. TF1 to time the corpus machinery "
                         "with the encoding rules only); default: the default rules")
    args = ap.parse_args()
    size = parse_size(args.size)
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    data = work / f"corpus-{args.size}.jsonl"
    t = time.monotonic()
    n_in, n_bad = generate(data, size)
    print(f"rules: {args.select or 'default'}")
    print(f"corpus: {data} {data.stat().st_size / 1e6:,.1f} MB, {n_in:,} records ({n_bad} bad), "
          f"generated in {time.monotonic() - t:.1f} s", flush=True)
    results = []
    mb = data.stat().st_size / 1e6
    for j in (int(x) for x in args.jobs.split(",")):
        r = run(data, j, work, ["--select", args.select] if args.select else [])
        results.append(r)
        lost = n_in - r["out"] - r["rejects"]
        print(f"-j {j}: {r['seconds']:.1f} s, {r['mb_s']:.2f} MB/s, peak RSS (tree) "
              f"{r['peak_rss'] / 1e6:.0f} MB, peak PSS {r['peak_pss'] / 1e6:.0f} MB, records in {n_in:,} "
              f"out {r['out']:,} rejects {r['rejects']:,} lost {lost:,}, exit {r['exit']}", flush=True)
        print(f"    CPU {r['cpu']:.1f} s for the tree ({r['cpu'] / mb:.2f} s/MB), {r['main_cpu']:.1f} s in "
              f"the main process; machine load average ~{r['load']:.1f} on {os.cpu_count()} cores")
        for line in r["summary"]:
            print("    " + line)
    if len(results) >= 2:
        a, b = results[0], results[-1]
        print(f"throughput ratio -j {b['jobs']} / -j {a['jobs']}: {b['mb_s'] / a['mb_s']:.2f} (target >= 1.8)")
        print(f"CPU per MB: -j {a['jobs']} {a['cpu'] / mb:.2f} s, -j {b['jobs']} {b['cpu'] / mb:.2f} s "
              "(equal: the workers add no work; the wall-time ratio needs an otherwise idle machine)")
    per_lang: dict[str, int] = {}
    with open(data, "rb") as fh:
        for line in fh:
            try:
                lang = json.loads(line)["lang"]
            except (ValueError, KeyError):
                continue
            per_lang[lang] = per_lang.get(lang, 0) + 1
    print("records per language: " + ", ".join(f"{k} {v:,}" for k, v in sorted(per_lang.items())))
    if not args.keep:
        for p in work.glob("*.jsonl"):
            p.unlink()


if __name__ == "__main__":
    main()

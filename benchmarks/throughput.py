"""Throughput: textfix.fix against ftfy.fix_text (and clean-text, if installed).

All tools run in one process on the same documents, alternating over several
rounds (the best round of each counts; CPU time of the process by default, so
that other work on the machine does not count), after a warm-up pass that loads what
each tool loads once (wordfreq tables, langdetect profiles): the figures are
the steady state, with no per-document start-up cost.

Corpora: the project's own text (generated sentences in five languages plus
the examples and clean texts of corpus/), and any JSONL file given (a "text"
field per line, e.g. ../shared/corpus-dev/ud-dev.jsonl); each clean and
corrupted (seeded: mojibake, HTML entities, removed spaces).

    python benchmarks/throughput.py [JSONL...] [--rounds N] [--profile] [--readme]

``--profile`` adds the time spent in each rule (pre-check and proposals
apart), in language detection and in the rest of the pipeline, next to ftfy's.
``--readme`` rewrites the results table in README.md between the markers
``<!-- throughput:start -->`` and ``<!-- throughput:end -->``.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import time
from pathlib import Path

from common import ROOT, load_jsonl, rng

import textfix
from textfix import Pipeline

README = ROOT / "README.md"
START, END = "<!-- throughput:start -->", "<!-- throughput:end -->"


# -- corpora ---------------------------------------------------------------
def own_documents(n: int = 300, seed: int = 7) -> list[str]:
    """Generated paragraphs (five languages) and the project's corpus texts."""
    sys.path.insert(0, str(ROOT))
    from tests.strategies import EXTRAS, WORDS

    r = rng(seed)
    docs = []
    langs = sorted(WORDS)
    for i in range(n):
        words = WORDS[langs[i % len(langs)]]
        paras = []
        for _ in range(r.randint(1, 5)):
            sents = []
            for _ in range(r.randint(1, 5)):
                ws = [r.choice(words) if r.random() > 0.05 else r.choice(EXTRAS)
                      for _ in range(r.randint(4, 18))]
                s = " ".join(ws)
                sents.append(s[0].upper() + s[1:] + r.choice(".!?."))
            paras.append(" ".join(sents))
        docs.append("\n\n".join(paras))
    for pattern in ("corpus/examples/*.txt", "corpus/clean/*.txt", "corpus/repairs/*/*.expected.txt"):
        docs.extend(p.read_text(encoding="utf-8") for p in sorted(ROOT.glob(pattern)))
    return docs


_ENTITIES = {"&": "&amp;", "é": "&eacute;", "’": "&#8217;", "à": "&agrave;", "ü": "&uuml;"}


def corrupt(text: str, r) -> str:
    """Scraping damage: mojibake on some words, entities, spaces removed."""
    out = []
    for tok in re.split(r"(\s+)", text):
        x = r.random()
        if tok.isspace():
            out.append("" if x < 0.02 else tok)
        elif x < 0.05 and not tok.isascii():
            try:
                out.append(tok.encode("utf-8").decode("cp1252"))
            except UnicodeDecodeError:
                out.append(tok)
        elif x < 0.08:
            out.append("".join(_ENTITIES.get(c, c) for c in tok))
        else:
            out.append(tok)
    return "".join(out)


def corpora(paths: list[str], seed: int) -> list[tuple[str, list[str]]]:
    r = rng(seed)
    sets = [("project text", own_documents())]
    for p in paths:
        sets.append((Path(p).name, [d["text"] for d in load_jsonl(p)]))
    out = []
    for name, docs in sets:
        out.append((f"{name}, clean", docs))
        out.append((f"{name}, corrupted", [corrupt(d, r) for d in docs]))
    return out


# -- tools -----------------------------------------------------------------
def tools() -> dict:
    import ftfy

    found = {"textfix": textfix.fix, "ftfy": ftfy.fix_text}
    try:
        from cleantext import clean

        found["clean-text"] = clean
    except ImportError:
        pass
    return found


def time_all(docs: list[str], fns: dict, rounds: int, clock=time.process_time) -> dict[str, float]:
    """Best seconds per tool over ``rounds`` rounds, the tools alternating."""
    for fn in fns.values():  # warm-up: one-time loads are not throughput
        for d in docs[:50]:
            fn(d)
    best = {name: float("inf") for name in fns}
    for k in range(rounds):
        order = list(fns.items())
        if k % 2:
            order.reverse()
        for name, fn in order:
            t0 = clock()
            for d in docs:
                fn(d)
            best[name] = min(best[name], clock() - t0)
    return best


def profile(docs: list[str], clock=time.process_time) -> tuple[dict[str, float], float, float]:
    """Seconds per profile key over ``docs``, textfix's total and ftfy's."""
    import textfix.pipeline

    textfix.pipeline.profile_clock = clock
    pipe = Pipeline()
    for d in docs[:50]:
        pipe.run(d)
    prof: dict[str, float] = {}
    t0 = clock()
    for d in docs:
        pipe.run(d, profile=prof)
    total = clock() - t0
    import ftfy

    t0 = clock()
    for d in docs:
        ftfy.fix_text(d)
    return prof, total, clock() - t0


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, one process"


def write_readme(rows: list[str], when: str) -> None:
    text = README.read_text(encoding="utf-8")
    block = "\n".join([START, f"Measured {when} on {machine()} by `python benchmarks/throughput.py"
                       " ../shared/corpus-dev/ud-dev.jsonl --readme` (CPU time, best of the rounds;"
                       " ratio = textfix time / ftfy time, lower is better; the goal is at most 1.0"
                       " on clean text, 2.0 on corrupted).", "",
                       "| corpus | docs | MB | textfix MB/s | ftfy MB/s | ratio |",
                       "| --- | ---: | ---: | ---: | ---: | ---: |", *rows, END])
    if START in text and END in text:
        a, b = text.index(START), text.index(END) + len(END)
        text = text[:a] + block + text[b:]
    else:
        text = text.rstrip("\n") + "\n\n## Throughput\n\n" + block + "\n"
    README.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("jsonl", nargs="*", help="JSONL files with a 'text' field")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--readme", action="store_true")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                    help="cpu: process time (steady on a busy machine, the default); wall: perf_counter")
    args = ap.parse_args()
    fns = tools()
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    print(machine())
    print(f"{'corpus':<32}{'docs':>6}{'MB':>7}" + "".join(f"{n + ' MB/s':>16}" for n in fns)
          + f"{'ratio':>8}")
    rows = []
    sets = corpora(args.jsonl, args.seed)
    for name, docs in sets:
        size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
        best = time_all(docs, fns, args.rounds, clock)
        ratio = best["textfix"] / best["ftfy"]
        print(f"{name:<32}{len(docs):6d}{size:7.2f}"
              + "".join(f"{size / best[n]:16.2f}" for n in fns) + f"{ratio:8.2f}")
        rows.append(f"| {name} | {len(docs)} | {size:.2f} | {size / best['textfix']:.2f} | "
                    f"{size / best['ftfy']:.2f} | {ratio:.2f} |")
    if args.profile:
        for name, docs in sets:
            prof, total, ftfy_time = profile(docs, clock)
            print(f"\nprofile: {name} ({len(docs)} docs): textfix {total:.3f} s, ftfy {ftfy_time:.3f} s")
            accounted = sum(prof.values())
            items = sorted(prof.items(), key=lambda kv: -kv[1])
            items.append(("rest of the pipeline", max(0.0, total - accounted)))
            for key, sec in items:
                if sec < 0.001 * total and key != "rest of the pipeline":
                    continue
                print(f"  {key:<24}{sec:9.4f} s {100 * sec / total:6.1f}% {1e6 * sec / len(docs):9.1f} µs/doc")
    if args.readme:
        write_readme(rows, time.strftime("%Y-%m-%d", time.gmtime()))
        print(f"\nREADME table updated ({README})")


if __name__ == "__main__":
    main()

"""Fused words (TF5xx): restoration on corrupted text, false edits on clean text, speed.

Run from the repository root:  python benchmarks/fused.py [--rate 0.03] [--seed 7]

The corruptor removes the space at random word boundaries (between two letters)
of clean documents (ud-dev and corpus/clean): never two neighbouring boundaries,
so each damage is one fused pair.  Printed per language:

- restored: benchmarks.common.Score (edit distance to the original) with only
  the TF5 rules, and with the full default pipeline;
- exact: fused pairs whose space was put back at the right place;
- wrong: spaces inserted where none was removed (wrong splits);
- false edits: edits made on the clean originals (TF5 only, and full pipeline);
- throughput of the default pipeline with and without TF5 (timeit, ud-dev).
"""

from __future__ import annotations

import argparse
import re
import sys
import timeit
from pathlib import Path

from common import LANGS, ROOT, Score, print_false_edits, load_jsonl, rng

from textfix import Config, Pipeline

BOUNDARY = re.compile(r"(?<=[^\W\d_]) (?=[^\W\d_])")


def corrupt(text: str, r, rate: float) -> tuple[str, list[int]]:
    """``text`` with some inter-word spaces removed, and where (in the result)."""
    spots = [m.start() for m in BOUNDARY.finditer(text)]
    chosen: list[int] = []
    last_word_end = -1
    for p in spots:
        if r.random() < rate and p > last_word_end:
            chosen.append(p)
            nxt = text.find(" ", p + 1)  # the next word may not be fused too
            last_word_end = nxt if nxt >= 0 else len(text)
    out = []
    pos = 0
    where = []
    for i, p in enumerate(chosen):
        out.append(text[pos:p])
        where.append(p - i)
        pos = p + 1
    out.append(text[pos:])
    return "".join(out), where


def documents() -> list[dict]:
    docs = load_jsonl()
    for path in sorted((ROOT / "corpus" / "clean").glob("*.txt")):
        lang = path.name.split("-")[0]
        if lang in LANGS:
            docs.append({"id": path.name, "lang": lang, "text": path.read_text(encoding="utf-8")})
    return docs


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rate", type=float, default=0.03, help="share of boundaries fused")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--unsafe", action="store_true", help="also apply unsafe splits")
    ap.add_argument("--examples", type=int, default=0, help="print some misses/wrong splits")
    ap.add_argument("--no-timing", action="store_true")
    args = ap.parse_args(argv)

    docs = documents()
    r = rng(args.seed)
    only = Pipeline(Config(select=("TF5",), unsafe_fixes=args.unsafe))
    full = Pipeline(Config(unsafe_fixes=args.unsafe))
    score_only, score_full = Score(), Score()
    pairs: dict[str, int] = {}
    exact: dict[str, int] = {}
    wrong: dict[str, int] = {}
    shown = 0
    for d in docs:
        lang, text = d["lang"], d["text"]
        bad, where = corrupt(text, r, args.rate)
        if not where:
            continue
        res = only.run(bad, lang)
        score_only.add(lang, text, bad, res.text)
        score_full.add(lang, text, bad, full.fix(bad, lang))
        inserted = {e.start for e in res.edits if e.after == " " and e.start == e.end}
        hit = inserted & set(where)
        pairs[lang] = pairs.get(lang, 0) + len(where)
        exact[lang] = exact.get(lang, 0) + len(hit)
        wrong[lang] = wrong.get(lang, 0) + len(inserted - set(where))
        if shown < args.examples:
            for p in sorted(set(where) - hit)[:2]:
                print(f"  miss {lang}: {bad[max(0, p - 25):p + 25]!r}")
                shown += 1
            for p in sorted(inserted - set(where))[:2]:
                print(f"  WRONG {lang}: {bad[max(0, p - 25):p + 25]!r}")
                shown += 1

    mode = "safe + unsafe" if args.unsafe else "safe only"
    print(f"Fused words, rate {args.rate}, seed {args.seed}, {mode}")
    print(score_only.table("restored by edit distance, TF5 rules only:"))
    print(score_full.table("restored by edit distance, full default pipeline:"))
    print("fused pairs (TF5 only): exact restorations, wrong splits")
    for lang in sorted(pairs):
        print(f"  {lang}: {exact[lang]}/{pairs[lang]} exact "
              f"({100 * exact[lang] / pairs[lang]:.1f}%), {wrong[lang]} wrong splits")

    clean = [d for d in docs if d["lang"] in LANGS]
    print("false edits on the clean originals (docs changed, chars edited / total):")
    for title, pipe in (("TF5 only", only), ("full pipeline", full)):
        print_false_edits(f"{title:13s}", pipe, clean)

    seed = ROOT.parent / "shared" / "seed" / "article.txt"
    if seed.exists():  # the motivating article: its fused words, by general rules
        text = seed.read_text(encoding="utf-8")
        res = full.run(text)
        found = [e for e in res.edits if e.code.startswith("TF5")]
        print(f"seed article ({res.lang}): {len(found)} fused words split by the default pipeline")
        for e in found:
            print(f"  {e.code} {text[max(0, e.start - 15):e.end + 10]!r}: {e.reason}")

    if args.no_timing:
        return
    ud = load_jsonl()
    size = sum(len(d["text"]) for d in ud)
    pipes = {"default pipeline without TF5": Pipeline(Config(ignore=("TF5",))),
             "default pipeline with TF5": Pipeline(Config()),
             "TF5 rules only": Pipeline(Config(select=("TF5",)))}
    for pipe in pipes.values():
        for d in ud:  # warm caches: word lists, detection
            pipe.fix(d["text"], d["lang"])
    best = {title: float("inf") for title in pipes}
    for _ in range(5):  # interleaved, so that a busy machine slows all alike
        for title, pipe in pipes.items():
            secs = timeit.timeit(lambda: [pipe.fix(d["text"], d["lang"]) for d in ud], number=1)
            best[title] = min(best[title], secs)
    for title, secs in best.items():
        print(f"{title}: {size / secs / 1e6:.2f} MB/s ({secs:.2f} s for {size} chars)")
    ratio = best["default pipeline without TF5"] / best["default pipeline with TF5"]
    print(f"throughput with TF5 / without: {ratio:.2f}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()

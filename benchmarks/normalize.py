"""Normalization profiles on ud-dev: cost, effect, and a comparison with
sacremoses' MosesPunctNormalizer and ftfy's normalization options.

    .venv/bin/python benchmarks/normalize.py [--docs N] [--examples K]

Prints, per language:
1. that the default pipeline is unchanged (no TN rule selected; outputs
   identical to a pipeline that ignores every TN code);
2. the time of fix() with and without the ``ml`` profile (best of 3 runs);
3. what ``ml`` changes (edits per rule);
4. where the ``ml`` normalization (its rules alone, no repairs) differs from
   MosesPunctNormalizer(lang) and from ftfy.fix_text with its typography
   options on, categorised and counted, with examples.
"""

from __future__ import annotations

import argparse
import difflib
import time
import unicodedata
from collections import Counter, defaultdict

from common import LANGS, load_jsonl

from textfix import Config, Pipeline
from textfix.pipeline import select_rules


def _timed(pipes: list[Pipeline], docs: list[dict], runs: int = 5) -> list[float]:
    """CPU seconds of each pipeline over ``docs``, best of ``runs``, interleaved
    (the machine may be shared: CPU time and alternation keep noise out)."""
    best = [float("inf")] * len(pipes)
    for _ in range(runs):
        for i, pipe in enumerate(pipes):
            t0 = time.process_time()
            for d in docs:
                pipe.run(d["text"], d["lang"])
            best[i] = min(best[i], time.process_time() - t0)
    return best


def _name(ch: str) -> str:
    if ch == "\n":
        return "LF"
    if ch == " ":
        return "SPACE"
    try:
        return unicodedata.name(ch)
    except ValueError:
        return f"U+{ord(ch):04X}"


def _category(a: str, b: str, whole: str, end: int) -> str:
    """A short label for one differing region: ours ``a``, theirs ``b``."""
    chars = set(a) | set(b)
    if not (a.strip() or b.strip()):
        if end == len(whole):
            return "final line break (Moses strips it)"
        return "space around punctuation (Moses removes it before % : ; ! ? and inside quotes)"
    if "`" in chars or "''" in a:
        return "LaTeX quotes `` '' (already ASCII: ml keeps them)"
    if "…" in chars or "..." in (a, b):
        return "ellipsis (kept by ml)"
    if chars & set("–—‐‑−"):
        return "dash (kept by ml)"
    if chars & set("«»‹›"):
        return "guillemets (ftfy keeps them)"
    if chars - set(" \"'\n") <= set(".,:;!?") and chars & set(".,:;!?"):
        return "punctuation moved across a quote (Moses' English rule)"
    if chars & set("‘’'´"):
        return "apostrophe / single quote"
    if chars & set("“”„\""):
        return "double quotes"
    if any(c.isdigit() for c in chars):
        return "digits / numbers"
    return "other: " + " ".join(sorted({_name(c) for c in chars}))[:60]


def compare(ours: dict[str, list[str]], theirs: dict[str, list[str]], docs: list[dict],
            title: str, k: int) -> None:
    print(f"\n== ml vs {title}")
    for lang in LANGS:
        cats: Counter = Counter()
        examples: dict[str, list[str]] = defaultdict(list)
        differing = 0
        for d, o, t in zip(docs, ours[lang], theirs[lang]):
            if o == t:
                continue
            differing += 1
            sm = difflib.SequenceMatcher(None, o, t, autojunk=False)
            for op, i1, i2, j1, j2 in sm.get_opcodes():
                if op == "equal":
                    continue
                cat = _category(o[i1:i2], t[j1:j2], o, i2)
                cats[cat] += 1
                if len(examples[cat]) < k:
                    examples[cat].append(f"ml {o[max(0, i1 - 20):i2 + 20]!r}  |  {title.split()[0]} "
                                         f"{t[max(0, j1 - 20):j2 + 20]!r}")
        n = len(ours[lang])
        print(f"  {lang}: {differing}/{n} docs differ, {sum(cats.values())} regions")
        for cat, c in cats.most_common():
            print(f"    {c:6d}  {cat}")
            for ex in examples[cat]:
                print(f"              {ex}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=0, help="use only the first N documents")
    ap.add_argument("--examples", type=int, default=2)
    args = ap.parse_args()
    docs = load_jsonl()
    if args.docs:
        docs = docs[: args.docs]
    by_lang = {lang: [d for d in docs if d["lang"] == lang] for lang in LANGS}

    # 1. The default pipeline is unchanged.
    default = Pipeline(Config())
    no_tn = Pipeline(Config(ignore=("TN",)))
    chosen = [r.code for r in select_rules(Config())]
    same = all(default.fix(d["text"], d["lang"]) == no_tn.fix(d["text"], d["lang"]) for d in docs)
    print(f"default pipeline: {len(chosen)} rules, TN rules among them: "
          f"{sum(c.startswith('TN') for c in chosen)}; outputs identical to ignore=TN on "
          f"{len(docs)} docs: {same}")

    # 2. Cost of the ml profile.
    ml = Pipeline(Config(normalize="ml"))
    _timed([default, ml], docs[:50], runs=1)  # warm caches (wordfreq, detectors)
    print("\nCPU time of fix() on ud-dev, best of 5 interleaved runs (seconds)")
    total = [0.0, 0.0]
    for lang in LANGS:
        t0, t1 = _timed([default, ml], by_lang[lang])
        total[0] += t0
        total[1] += t1
        chars = sum(len(d["text"]) for d in by_lang[lang])
        print(f"  {lang}: default {t0:7.3f}  ml {t1:7.3f}  (+{100 * (t1 / t0 - 1):5.1f}%)  "
              f"{chars / 1e6:.2f} M chars")
    print(f"  all: default {total[0]:7.3f}  ml {total[1]:7.3f}  (+{100 * (total[1] / total[0] - 1):5.1f}%)")

    # 3. What ml changes.
    print("\nml edits per rule on ud-dev")
    for lang in LANGS:
        counts: Counter = Counter()
        changed = 0
        for d in by_lang[lang]:
            r = ml.run(d["text"], d["lang"])
            counts.update(e.code for e in r.edits if e.code.startswith("TN"))
            changed += any(e.code.startswith("TN") for e in r.edits)
        row = ", ".join(f"{c} {n}" for c, n in sorted(counts.items()))
        print(f"  {lang}: {changed}/{len(by_lang[lang])} docs normalized; {row or 'nothing'}")

    # 4. Comparison with sacremoses and ftfy (normalization only, no repairs).
    only_ml = Pipeline(Config(select=(), normalize="ml"))
    ours = {lang: [only_ml.fix(d["text"], lang) for d in by_lang[lang]] for lang in LANGS}
    try:
        from sacremoses import MosesPunctNormalizer
    except ImportError:
        print("\n(sacremoses not installed: pip install '.[bench]')")
    else:
        moses = {}
        for lang in LANGS:
            norm = MosesPunctNormalizer(lang=lang, pre_replace_unicode_punct=True)
            moses[lang] = [norm.normalize(d["text"]) for d in by_lang[lang]]
        compare(ours, moses, docs, "moses MosesPunctNormalizer(pre_replace_unicode_punct)", args.examples)
    import ftfy

    cfg = ftfy.TextFixerConfig(fix_encoding=False, unescape_html=False, explain=False)
    theirs = {lang: [ftfy.fix_text(d["text"], cfg) for d in by_lang[lang]] for lang in LANGS}
    compare(ours, theirs, docs, "ftfy fix_text(typography options, no encoding repair)", args.examples)


if __name__ == "__main__":
    main()

"""Line structure (TF90x joins, TF95x interface labels) on ud-dev.

A seeded corruptor of our own damages clean ud-dev documents in four ways, one
at a time; the full default pipeline repairs them; restoration is scored by
edit distance to the original (benchmarks.common.Score), per language:

- wrap: every paragraph longer than the width hard-wrapped at 60-80 characters;
- hyphen: the same, with words that cross the margin cut by a hyphen;
- link: a 1-3 word phrase inside a paragraph put on a line of its own;
- labels: interface labels (table of textfix.lang.interface) inserted alone
  between paragraphs and glued to the end of paragraphs.

Then: false edits on clean ud-dev (these rules only, and the full pipeline),
the structured clean texts of corpus/clean (must not change), and the time the
new rules add to the pipeline.

Run from the repo root: ``.venv/bin/python benchmarks/lines.py``.
"""

from __future__ import annotations

import random
import re
import time
from collections import Counter

from common import LANGS, ROOT, Score, print_false_edits, load_jsonl

from textfix import Config, Pipeline
from textfix.lang import interface

SEED = 20261126


def wrap(par: str, width: int, rnd: random.Random | None = None) -> str:
    """Greedy hard wrap; with ``rnd``, words crossing the margin may be hyphenated."""
    words = par.split(" ")
    lines: list[str] = []
    cur = ""
    for w in words:
        if not cur:
            cur = w
            continue
        if len(cur) + 1 + len(w) <= width:
            cur += " " + w
            continue
        room = width - len(cur) - 2  # space and hyphen
        if rnd is not None and w.isalpha() and len(w) >= 7 and room >= 3 and rnd.random() < 0.7:
            k = min(room, len(w) - 3)
            # cut after a vowel when one is near: closer to real syllable breaks
            for j in range(k, 2, -1):
                if w[j - 1].lower() in "aeiouyàâäéèêëîïôöùûüáíóúì" and w[j].lower() not in "aeiouy":
                    k = j
                    break
            if k >= 3:
                lines.append(f"{cur} {w[:k]}-")
                cur = w[k:]
                continue
        lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return "\n".join(lines)


def corrupt_wrap(text: str, rnd: random.Random, hyphenate: bool = False) -> str:
    width = rnd.randint(60, 80)
    paras = text.split("\n\n")
    return "\n\n".join(wrap(p, width, rnd if hyphenate else None) if len(p) > width else p for p in paras)


def corrupt_link(text: str, rnd: random.Random) -> str:
    out = []
    for p in text.split("\n\n"):
        words = p.split(" ")
        if len(words) >= 8 and rnd.random() < 0.6:
            i = rnd.randint(2, len(words) - 4)
            k = rnd.randint(1, 3)
            j = min(i + k, len(words) - 2)
            p = " ".join(words[:i]) + "\n" + " ".join(words[i:j]) + "\n" + " ".join(words[j:])
        out.append(p)
    return "\n\n".join(out)


def corrupt_labels(text: str, lang: str, rnd: random.Random) -> str:
    pool = list(interface.STRONG[lang]) + list(interface.WEAK[lang]) + ["Read more", "Share"]
    paras = text.split("\n\n")
    out = []
    for i, p in enumerate(paras):
        r = rnd.random()
        if r < 0.3:  # glued: "chercheursLire la suite"
            body = p.rstrip()
            p = body + rnd.choice(interface.STRONG[lang]) + p[len(body):]
        out.append(p)
        if r > 0.6 and i < len(paras) - 1:
            label = rnd.choice(pool)
            out.append(label + rnd.choice(["", "", " »", "…", " →"]))
    return "\n\n".join(out)


def main() -> None:
    docs = load_jsonl()
    pipe = Pipeline()
    mine = Pipeline(Config(select=("TF90", "TF95")))
    scores = {name: Score() for name in ("wrap", "hyphen", "link", "labels")}
    full_scores = {name: Score() for name in scores}
    cut_words = Counter()
    cut_restored = Counter()
    for n, d in enumerate(docs):
        text, lang = d["text"], d["lang"]
        rnd = random.Random(SEED + n)
        cases = {
            "wrap": corrupt_wrap(text, rnd),
            "hyphen": corrupt_wrap(text, rnd, hyphenate=True),
            "link": corrupt_link(text, rnd),
            "labels": corrupt_labels(text, lang, rnd),
        }
        for name, bad in cases.items():
            fixed = mine.fix(bad)
            scores[name].add(lang, text, bad, fixed)
            full_scores[name].add(lang, text, bad, pipe.fix(bad))
            if name == "hyphen":
                orig = Counter(re.findall(r"[^\W\d_]+", text))
                got = Counter(re.findall(r"[^\W\d_]+", fixed))
                for m in re.finditer(r"([^\W\d_]+)-\n([^\W\d_]+)", bad):
                    if m.group().replace("\n", " ") in text:
                        continue  # a hyphen of the original text (Rohstoff- und)
                    w = m.group(1) + m.group(2)
                    cut_words[lang] += 1
                    cut_restored[lang] += got[w] >= orig[w] > 0
    for name, score in scores.items():
        print(score.table(f"{name}: restored by edit distance (TF90x+TF95x only)"))
    for name, score in full_scores.items():
        print(score.table(f"{name}: restored by edit distance (full default pipeline; "
                          "includes other rules' edits of the clean text)"))
    print("hyphen: cut words whole again")
    for lang in LANGS:
        if cut_words[lang]:
            print(f"  {lang}: {100 * cut_restored[lang] / cut_words[lang]:6.1f}% "
                  f"({cut_restored[lang]}/{cut_words[lang]})")

    print("false edits on clean ud-dev (edited chars / total)")
    for title, p in (("TF90x+TF95x only", Pipeline(Config(select=("TF90", "TF95")))),
                     ("full pipeline", pipe)):
        print_false_edits(f"{title:<17}", p, docs, given_lang=False)

    print("structured clean texts (corpus/clean): must not change")
    for path in sorted((ROOT / "corpus" / "clean").glob("*.txt")):
        t = path.read_text(encoding="utf-8")
        out = mine.fix(t)
        print(f"  {path.name}: {'unchanged' if out == t else 'CHANGED'}")

    print("throughput cost of TF90x+TF95x (full pipeline with vs. without them)")
    without = Pipeline(Config(ignore=("TF90", "TF95")))
    texts = [d["text"] for d in docs]
    wrapped = [corrupt_wrap(d["text"], random.Random(SEED + i)) for i, d in enumerate(docs)]
    for title, sample in (("clean ud-dev", texts), ("hard-wrapped ud-dev", wrapped)):
        best = {}
        for name, p in (("with", pipe), ("without", without)):
            runs = []
            for _ in range(3):
                t0 = time.perf_counter()
                for t in sample:
                    p.fix(t)
                runs.append(time.perf_counter() - t0)
            best[name] = min(runs)
        cost = best["with"] / best["without"] - 1
        print(f"  {title}: {best['without']:.2f}s -> {best['with']:.2f}s ({100 * cost:+.1f}%)")


if __name__ == "__main__":
    main()

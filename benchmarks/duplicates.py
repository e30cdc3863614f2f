"""Degraded duplicate lines (TF8xx): removal rate and false removals.

Corruptor (seeded): for each ud-dev document, take a title-like line (4 to 40
words, at least 20 characters; else the first sentence of the text, put on a line of its
own as a title) and insert a degraded copy of it after it: accents stripped,
elision apostrophes dropped (words fuse), punctuation stripped, case changed,
end cut off, each with some probability, at least one of them effective.

Prints per language: copies inserted, copies removed exactly (output equals the
clean document) with only the TF8 rules and with the full default pipeline,
and the TF8 edits on the clean ud-dev documents (real lines removed).

    python benchmarks/duplicates.py [--seed N] [--jsonl PATH]
"""

from __future__ import annotations

import argparse
import re
import unicodedata

from common import LANGS, UD_DEV, print_false_edits, load_jsonl, rng

from textfix import Config, Pipeline

WORD = re.compile(r"[^\W_]+")
SENTENCE = re.compile(r".+?[.!?](?=\s|$)")


def title_like(line: str) -> bool:
    """4 to 40 words (an elided or contracted word counts once), >= 20 characters."""
    return 4 <= len(line.split()) <= 40 and len(line.strip()) >= 20


def strip_accents(s: str) -> str:
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)))


def degrade(line: str, r) -> str:
    for _ in range(20):
        s = line
        if r.random() < 0.8:
            s = strip_accents(s)
        if r.random() < 0.8:
            s = re.sub(r"(?<=\w)['’](?=\w)", "", s)
        if r.random() < 0.7:
            s = re.sub(r"[^\w\s]", "", s)
            s = re.sub(r"[ \t]+", " ", s).strip()
        if r.random() < 0.3:
            s = s.upper() if r.random() < 0.5 else s.lower()
        if r.random() < 0.5:
            # Cut at a word boundary, keeping 60-95% of the characters, >= 4 words.
            limit = int(len(s) * r.uniform(0.6, 0.95))
            cut = s.rfind(" ", 0, limit + 1)
            if cut > 0 and len(s[:cut].split()) >= 4 and cut >= 0.6 * len(s):
                s = s[:cut]
        if s != line and (len(s) < len(line) or s.lower() != line.lower() or s.isupper()):
            return s
    return line.upper()


def corrupt(text: str, r) -> tuple[str, str] | None:
    """(document with a title line, same plus a degraded copy of it, the copy) or None."""
    lines = text.split("\n")
    candidates = [i for i, l in enumerate(lines) if title_like(l)]
    sep = "\n\n" if "\n\n" in text else "\n"
    if candidates:
        i = r.choice(candidates)
        base = text
    else:
        m = SENTENCE.match(text.strip())
        if not m or not title_like(m.group()):
            return None
        title = m.group().rstrip(".")
        base = title + sep + text
        lines = base.split("\n")
        i = 0
    copy = degrade(lines[i], r)
    blank = [""] if sep == "\n\n" else []
    corrupted = "\n".join(lines[: i + 1] + blank + [copy] + lines[i + 1:])
    if sep == "\n\n" and i + 1 == len(lines):
        corrupted = "\n".join(lines[: i + 1] + blank + [copy])
    return base, corrupted, copy


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--jsonl", default=str(UD_DEV))
    args = ap.parse_args()
    docs = load_jsonl(args.jsonl)
    r = rng(args.seed)
    only = Pipeline(Config(select=("TF8",)))
    full = Pipeline(Config())
    stats: dict[str, list[int]] = {}
    misses = []
    for d in docs:
        pair = corrupt(d["text"], r)
        if pair is None:
            continue
        base, bad, copy = pair
        s = stats.setdefault(d["lang"], [0, 0, 0])
        s[0] += 1
        out = only.fix(bad, d["lang"])
        if out == base:
            s[1] += 1
        elif len(misses) < 8:
            misses.append(f"{d['lang']}: {bad[max(0, bad.rfind(copy) - 300):bad.rfind(copy) + len(copy)]!r}")
        expected = full.fix(base, d["lang"])
        if full.fix(bad, d["lang"]) == expected:
            s[2] += 1
    print("Degraded duplicate lines (copy inserted after a title-like line)")
    tot = [0, 0, 0]
    for lang in sorted(stats, key=lambda x: LANGS.index(x) if x in LANGS else 99):
        n, a, b = stats[lang]
        tot = [x + y for x, y in zip(tot, stats[lang])]
        print(f"  {lang}: {n:4d} copies, removed {100 * a / n:6.2f}% (TF8 only), "
              f"{100 * b / n:6.2f}% (full pipeline, same output as on the clean doc)")
    n, a, b = tot
    print(f"  all: {n:4d} copies, removed {100 * a / n:6.2f}% (TF8 only), {100 * b / n:6.2f}% (full)")
    for m in misses:
        print("  missed:", m)
    print("False removals on clean ud-dev (TF8 only), per language")
    print_false_edits("TF8 only", only, docs)


if __name__ == "__main__":
    main()

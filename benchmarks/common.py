"""Shared helpers of the benchmark scripts: corpora, scoring, false edits.

Scores are edit distances (Levenshtein, via rapidfuzz) to the clean original:
``restored = 1 - d(fixed, original) / d(corrupted, original)`` summed over
documents, so a repair that makes things worse lowers the score.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
UD_DEV = ROOT.parent / "shared" / "corpus-dev" / "ud-dev.jsonl"
LANGS = ("fr", "en", "de", "it", "es")


def load_jsonl(path: Path | str = UD_DEV) -> list[dict]:
    """Documents ``{"id", "lang", "text"}`` of a JSONL file (ud-dev by default)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def distance(a: str, b: str) -> int:
    try:
        from rapidfuzz.distance import Levenshtein
    except ImportError:  # slow fallback, fine for small runs
        import difflib

        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        return sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal")
    return Levenshtein.distance(a, b)


class Score:
    """Accumulates restoration by edit distance, per language."""

    def __init__(self) -> None:
        self.damage: dict[str, int] = {}
        self.left: dict[str, int] = {}
        self.docs: dict[str, int] = {}

    def add(self, lang: str, original: str, corrupted: str, fixed: str) -> None:
        d0 = distance(corrupted, original)
        if d0 == 0:
            return
        self.damage[lang] = self.damage.get(lang, 0) + d0
        self.left[lang] = self.left.get(lang, 0) + distance(fixed, original)
        self.docs[lang] = self.docs.get(lang, 0) + 1

    def restored(self, lang: str) -> float:
        d = self.damage.get(lang, 0)
        return 1.0 - self.left.get(lang, 0) / d if d else float("nan")

    def table(self, title: str) -> str:
        rows = [f"{title}"]
        for lang in sorted(self.damage):
            rows.append(f"  {lang}: {100 * self.restored(lang):6.1f}% restored "
                        f"({self.docs[lang]} docs, damage {self.damage[lang]} -> {self.left[lang]} chars)")
        return "\n".join(rows)


def false_edits(fix: Callable[[str], str], docs: Iterable[dict]) -> tuple[int, int, int, list[str]]:
    """(documents changed, edited characters, total characters, examples) on clean docs."""
    changed = chars = total = 0
    examples: list[str] = []
    for d in docs:
        t = d["text"]
        total += len(t)
        out = fix(t)
        if out != t:
            changed += 1
            chars += distance(t, out)
            if len(examples) < 10:
                import difflib

                sm = difflib.SequenceMatcher(None, t, out, autojunk=False)
                for op, a, b, c, e in sm.get_opcodes():
                    if op != "equal":
                        examples.append(f"{d.get('lang')}: {t[max(0, a - 30):b + 30]!r} -> "
                                        f"{out[max(0, c - 30):e + 30]!r}")
                        break
    return changed, chars, total, examples


def print_false_edits(title: str, pipe, docs: Iterable[dict], given_lang: bool = True,
                      shown: int = 3) -> None:
    """Print the false edits of ``pipe`` on clean ``docs``, one line per language.

    ``given_lang``: pass each document's own language (else the pipeline
    detects it, as ``textfix.fix`` does).
    """
    docs = list(docs)
    for lang in LANGS:
        sub = [d for d in docs if d["lang"] == lang]
        if not sub:
            continue
        fix = (lambda t, l=lang: pipe.fix(t, l)) if given_lang else pipe.fix
        changed, chars, total, examples = false_edits(fix, sub)
        print(f"  {title} {lang}: {changed}/{len(sub)} docs changed, {chars} / {total} chars "
              f"({1e5 * chars / max(total, 1):.2f} per 100k)")
        for e in examples[:shown]:
            print(f"      {e}")


def rng(seed: int = 1234) -> random.Random:
    return random.Random(seed)

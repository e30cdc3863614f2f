"""Language detection: a fast function-word pass, langdetect where it is unsure.

langdetect costs ~5 ms a document, more than the rest of the pipeline; the
fast pass counts the function words of a sample (a regex pass and set look-ups)
and decides alone when one language clearly leads.  Only documents where it is
unsure (short texts, non-Latin scripts, close scores) go to langdetect, which
runs seeded, on a bounded sample, so results are deterministic.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .data import FUNCTION_WORDS

SAMPLE_CHARS = 2000
LANGDETECT_SAMPLE = 600
_TOKEN_RE = re.compile(r"[^\W\d_]+")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")


@lru_cache(maxsize=1)
def _weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """word -> ((lang, weight), ...); a word shared by k languages weighs 1/k."""
    owners: dict[str, list[str]] = {}
    for lang, words in FUNCTION_WORDS.items():
        for w in words:
            owners.setdefault(w, []).append(lang)
    return {w: tuple((l, 1.0 / len(ls)) for l in ls) for w, ls in owners.items()}


def fast_scores(text: str) -> tuple[dict[str, float], int]:
    """Function-word scores of a sample, and the number of word tokens seen."""
    sample = text[:SAMPLE_CHARS]
    weights = _weights()
    scores: dict[str, float] = {}
    n = 0
    for m in _TOKEN_RE.finditer(sample):
        n += 1
        hit = weights.get(m.group().lower())
        if hit:
            for lang, w in hit:
                scores[lang] = scores.get(lang, 0.0) + w
    return scores, n


def fast_detect(text: str) -> tuple[str | None, bool]:
    """(language, sure) from the function-word pass alone."""
    sample = text[:SAMPLE_CHARS]
    letters = sum(1 for c in sample if c.isalpha())
    if letters == 0:
        return None, True  # nothing to detect: no language-specific rule applies
    latin = len(_LATIN_RE.findall(sample))
    if latin < 0.6 * letters:
        return None, False  # another script: function words say nothing
    scores, n = fast_scores(sample)
    if not scores:
        return None, False
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    # Sure when the leader has real support and a clear margin; the thresholds
    # were chosen on ../shared/corpus-dev (see benchmarks/langid.py).
    sure = top >= 4.0 and top >= 2.0 * second and top >= 0.12 * n
    return best, sure


def langdetect_detect(text: str) -> str | None:
    try:
        from langdetect import DetectorFactory, detect_langs
        from langdetect.lang_detect_exception import LangDetectException
    except ImportError:  # pragma: no cover - langdetect is a dependency
        return None
    DetectorFactory.seed = 0  # deterministic
    sample = text[:LANGDETECT_SAMPLE]
    try:
        langs = detect_langs(sample)
    except LangDetectException:
        return None
    if not langs:
        return None
    code = langs[0].lang
    return code.split("-")[0] if code not in ("zh-cn", "zh-tw") else code


def detect(text: str, detector: str = "auto") -> str | None:
    """ISO 639-1 code of the text's language, or None when it cannot tell.

    >>> detect("Le chat est sur le toit et il ne veut pas descendre de la maison.")
    'fr'
    """
    if detector == "langdetect":
        return langdetect_detect(text)
    lang, sure = fast_detect(text)
    if sure or detector == "fast":
        return lang
    found = langdetect_detect(text)
    return found if found is not None else lang

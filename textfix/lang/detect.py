"""Language detection: a fast function-word pass, langdetect where it is unsure.

langdetect costs ~5 ms a document, more than the rest of the pipeline; the
fast pass decides alone for most documents:

- a script that belongs to one language (Greek, Hebrew, Thai, Hangul, kana,
  Georgian, Armenian) names it;
- Latin-script text is scored by its function words (one regex pass and dict
  look-ups over a sample): the pass is sure when the leading language has
  enough support among the sample's words and a clear lead over the next, in
  all its function words or in the words no other listed language shares
  (Spanish and Catalan share many);
- otherwise (short texts, close scores, Cyrillic, Arabic, Han...) ``"auto"``
  asks langdetect, seeded and on a bounded sample, so results are
  deterministic.  ``"fast"`` never does: where it is unsure it answers only
  when the lead is plausible, else ``None`` (no language-specific repair
  runs, which is the safe side).

Thresholds were chosen on ../shared/corpus-dev and the samples of
benchmarks/langid.py (run it for the figures).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .data import FUNCTION_WORDS
from .detect_words import EXTRA_WORDS

#: The fast pass reads this much first, and up to SAMPLE_CHARS when unsure.
FIRST_CHARS = 600
SAMPLE_CHARS = 2000
LANGDETECT_SAMPLE = 600

#: Sure: the leader has MIN_SCORE function-word points, MIN_SHARE of the
#: sample's words, and RATIO times the next language's points (or, in the
#: words only one language has, EXCL_MIN hits and EXCL_RATIO times the next).
MIN_SCORE = 3.0
MIN_SHARE = 0.08
RATIO = 2.0
EXCL_MIN = 4
EXCL_RATIO = 3.0
#: Plausible (what "fast" answers when unsure): weaker support and lead.
WEAK_SCORE = 2.0
WEAK_SHARE = 0.08
WEAK_RATIO = 1.5

_TOKEN_RE = re.compile(r"[^\W\d_]+")
_NON_LATIN_RE = re.compile(r"[^\W\d_A-Za-z\u00aa\u00ba\u00c0-\u024f\u1e00-\u1eff]")
#: Scripts that name a language by themselves (checked on non-Latin text).
_SCRIPTS: tuple[tuple[str, re.Pattern], ...] = (
    ("el", re.compile("[\u0370-\u03ff\u1f00-\u1fff]")),
    ("he", re.compile("[\u0590-\u05ff]")),
    ("th", re.compile("[\u0e00-\u0e7f]")),
    ("ko", re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("ja", re.compile("[\u3040-\u30ff]")),
    ("ka", re.compile("[\u10a0-\u10ff]")),
    ("hy", re.compile("[\u0530-\u058f]")),
)


@lru_cache(maxsize=1)
def _weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """word -> ((lang, weight), ...); a word shared by k languages weighs 1/k."""
    owners: dict[str, list[str]] = {}
    for table in (FUNCTION_WORDS, EXTRA_WORDS):
        for lang, words in table.items():
            for w in words:
                if lang not in owners.setdefault(w, []):
                    owners[w].append(lang)
    return {w: tuple((l, 1.0 / len(ls)) for l in ls) for w, ls in owners.items()}


def fast_scores(text: str) -> tuple[dict[str, float], int]:
    """Function-word scores of ``text``, and the number of word tokens seen."""
    scores, _, n = _score(_TOKEN_RE.findall(text.lower()))
    return scores, n


def _score(tokens: list[str]) -> tuple[dict[str, float], dict[str, int], int]:
    weights = _weights()
    scores: dict[str, float] = {}
    exclusive: dict[str, int] = {}
    for tok in tokens:
        hit = weights.get(tok)
        if hit:
            for lang, w in hit:
                scores[lang] = scores.get(lang, 0.0) + w
            if len(hit) == 1:
                lang = hit[0][0]
                exclusive[lang] = exclusive.get(lang, 0) + 1
    return scores, exclusive, len(tokens)


def _script(sample: str, letters: int) -> str | None:
    """The language a one-language script names, if it holds most letters."""
    for lang, pattern in _SCRIPTS:
        n = len(pattern.findall(sample))
        # Japanese mixes kana with Han characters: a tenth of kana is enough.
        if n and n >= (0.1 if lang == "ja" else 0.5) * letters:
            return lang
    return None


def _judge(tokens: list[str]) -> tuple[str | None, bool, bool]:
    """(best, sure, plausible) from the function words of ``tokens``."""
    scores, exclusive, n = _score(tokens)
    if not scores:
        return None, False, False
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    ex = exclusive.get(best, 0)
    ex_other = max((v for k, v in exclusive.items() if k != best), default=0)
    support = top >= MIN_SCORE and top >= MIN_SHARE * n
    lead = top >= RATIO * second or (ex >= EXCL_MIN and ex >= EXCL_RATIO * ex_other)
    sure = support and lead
    plausible = sure or (top >= WEAK_SCORE and top >= WEAK_SHARE * n
                         and top >= WEAK_RATIO * second and ex >= ex_other)
    return best, sure, plausible


def fast_detect(text: str) -> tuple[str | None, bool]:
    """(language, sure) from the script and the function-word pass alone.

    Reads the first FIRST_CHARS characters (most documents are decided
    there), then up to SAMPLE_CHARS.  When not sure, the language is the
    plausible leader or ``None``.
    """
    best, sure, plausible = None, False, False
    sizes = (FIRST_CHARS, SAMPLE_CHARS) if len(text) > FIRST_CHARS else (SAMPLE_CHARS,)
    for size in sizes:
        sample = text[:size]
        tokens = _TOKEN_RE.findall(sample.lower())
        letters = sum(map(len, tokens))
        if letters == 0:
            if size == sizes[-1]:
                return None, True  # nothing to detect: no language-specific rule applies
            continue
        if len(_NON_LATIN_RE.findall(sample)) > 0.4 * letters:
            lang = _script(sample, letters)
            return lang, lang is not None  # other scripts: function words say nothing
        best, sure, plausible = _judge(tokens)
        if sure:
            return best, True
    return (best if plausible else None), False


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

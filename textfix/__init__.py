"""textfix: repair the damage scraping leaves in text, explaining every edit.

>>> import textfix
>>> textfix.fix("Le prix a baissé.Il reste élevé.")
'Le prix a baissé. Il reste élevé.'
"""

from __future__ import annotations

from .config import Config
from .edits import Edit, Result, apply_edits
from .pipeline import Pipeline, pipeline_for

__version__ = "0.1.0"
__all__ = [
    "Config",
    "Edit",
    "Pipeline",
    "Result",
    "apply_edits",
    "fix",
    "fix_and_explain",
    "fix_batch",
    "fix_batch_and_explain",
]


_pipeline = pipeline_for  # one pipeline per config and process, shared with the integrations


def _config(normalize: str | None, config: Config | None) -> Config:
    base = config or Config()
    if normalize is not None:
        base = base.with_(normalize=normalize)
    return base


def fix(text: str, lang: str | None = None, *, normalize: str | None = None,
        config: Config | None = None) -> str:
    """Repair ``text`` with the default, safe pipeline; returns the new text."""
    return _pipeline(_config(normalize, config)).run(text, lang).text


def fix_and_explain(text: str, lang: str | None = None, *, normalize: str | None = None,
                    config: Config | None = None) -> Result:
    """Like :func:`fix`, but returns a :class:`Result` with ``.text``, ``.lang``
    and ``.edits`` (each with code, input span, before/after, reason, safety)."""
    return _pipeline(_config(normalize, config)).run(text, lang)


def _langs(lang, n: int) -> list:
    if lang is None or isinstance(lang, str):
        return [lang] * n
    langs = list(lang)
    if len(langs) != n:
        raise ValueError(f"lang has {len(langs)} entries for {n} texts")
    return langs


def fix_batch_and_explain(texts, lang=None, *, normalize: str | None = None,
                          config: Config | None = None) -> list[Result]:
    """:func:`fix_and_explain` over many texts with one pipeline.

    ``lang`` is one language for all texts, ``None`` (detect each), or a
    sequence with one entry (a code or ``None``) per text.
    """
    texts = list(texts)
    pipe = _pipeline(_config(normalize, config))
    return [pipe.run(t, lg) for t, lg in zip(texts, _langs(lang, len(texts)))]


def fix_batch(texts, lang=None, *, normalize: str | None = None,
              config: Config | None = None) -> list[str]:
    """Repair many texts with one pipeline; returns the new texts, in order.

    >>> fix_batch(["Fish &amp; chips", "Déjà vu"], lang="en")
    ['Fish & chips', 'Déjà vu']
    """
    return [r.text for r in fix_batch_and_explain(texts, lang, normalize=normalize, config=config)]

"""textfix: repair the damage scraping leaves in text, explaining every edit.

>>> import textfix
>>> textfix.fix("Le prix a baissé.Il reste élevé.")
'Le prix a baissé. Il reste élevé.'
"""

from __future__ import annotations

from functools import lru_cache

from .config import Config
from .edits import Edit, Result, apply_edits
from .pipeline import Pipeline

__version__ = "0.1.0"
__all__ = [
    "Config",
    "Edit",
    "Pipeline",
    "Result",
    "apply_edits",
    "fix",
    "fix_and_explain",
]


@lru_cache(maxsize=32)
def _pipeline(config: Config) -> Pipeline:
    return Pipeline(config)


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

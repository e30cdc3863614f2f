"""Rule families, one module each; discovered on first use.

| codes  | module          | family                                   |
|--------|-----------------|------------------------------------------|
| TF1xx  | encoding.py     | mojibake, HTML entities, controls, NFC   |
| TF2xx  | markers.py      | scraper markers, ad labels               |
| TF3xx  | quotes.py       | unbalanced guillemets and quotes         |
| TF4xx  | spacing.py      | missing / doubled / trailing spaces      |
| TF5xx  | fused.py        | fused words (lost spaces)                |
| TF6xx  | apostrophes.py  | lost elision apostrophes, contractions   |
| TF7xx  | accents.py      | stripped accents                         |
| TF8xx  | duplicates.py   | degraded duplicate lines                 |
| TF9xx  | lines.py, interface.py | broken lines, page-interface labels |
| TN1xx+ | normalize.py    | opt-in normalizations (profiles)         |
"""

from __future__ import annotations

import importlib
import pkgutil

_DISCOVERED = False


def discover() -> None:
    """Import every module of this package once, so their rules register."""
    global _DISCOVERED
    if _DISCOVERED:
        return
    _DISCOVERED = True
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("_") and info.name != "base":
            importlib.import_module(f"{__name__}.{info.name}")

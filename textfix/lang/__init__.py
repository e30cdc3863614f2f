"""Language knowledge, kept apart from rule logic.

- :mod:`.data`: function words and elision words per language (plain tables);
- :mod:`.freq`: word frequencies from wordfreq, loaded lazily once per language;
- :mod:`.detect`: language detection (fast function-word pass, langdetect fallback).
"""

from .detect import detect
from .freq import frequencies, has_frequencies, zipf

__all__ = ["detect", "frequencies", "has_frequencies", "zipf"]

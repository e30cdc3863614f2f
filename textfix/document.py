"""The text a rule sees, with lazily computed, shared views of it.

Several rule families need the same evidence (the document's own vocabulary,
its lines, its apostrophe style).  A :class:`Document` computes each view on
first use and caches it for the stage, so no rule pays for what it does not
use and no view is computed twice.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

# Letters only (no digits, no underscore), apostrophes excluded: a "word".
WORD_RE = re.compile(r"[^\W\d_]+")
APOSTROPHES = "'’"


class Document:
    __slots__ = ("text", "lang", "config", "__dict__")

    def __init__(self, text: str, lang: str | None, config) -> None:
        self.text = text
        self.lang = lang
        self.config = config

    @cached_property
    def words(self) -> list[re.Match]:
        """Letter runs, as match objects (``.group()``, ``.start()``, ``.end()``)."""
        return list(WORD_RE.finditer(self.text))

    @cached_property
    def vocab(self) -> Counter:
        """How often each exact word form occurs in the document."""
        return Counter(m.group() for m in self.words)

    @cached_property
    def lower_vocab(self) -> Counter:
        """How often each word occurs, case-folded."""
        c: Counter = Counter()
        for w, n in self.vocab.items():
            c[w.lower()] += n
        return c

    @cached_property
    def lines(self) -> list[tuple[int, int]]:
        """(start, end) of each line, without its line break."""
        out = []
        pos = 0
        text = self.text
        n = len(text)
        while pos <= n:
            nl = text.find("\n", pos)
            if nl < 0:
                out.append((pos, n))
                break
            out.append((pos, nl))
            pos = nl + 1
        return out

    @cached_property
    def apostrophe(self) -> str:
        """The document's apostrophe style: ``’`` if it uses it more than ``'``."""
        curly = self.text.count("’")
        straight = len(re.findall(r"(?<=[^\W\d_])'(?=[^\W\d_])", self.text))
        return "’" if curly > straight else "'"

    @cached_property
    def line_structure(self):
        """Each line's kind and the soft breaks (see :mod:`textfix.lines`).

        Seams and hyphenation need the language: when the pipeline did not
        detect it (only language-neutral rules selected), it is detected here.
        """
        from .lines import classify

        lang = self.lang
        if lang is None:
            from .lang.detect import detect

            lang = detect(self.text, getattr(self.config, "detector", "auto"))
        return classify(self.text, lang)

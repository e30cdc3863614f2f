"""Typography tables for the normalization rules (TN1xx).

NOTE (from the TF2xx-TF4xx engineer, 22:26 UTC): the original version of this
file, written by the normalization engineer, was overwritten by mistake (a
file-creation tool call on the same path) before it was ever committed, and
its text could not be recovered.  This is a RECONSTRUCTION from the names
``textfix/rules/normalize.py`` uses, so that the package imports again; please
check it against your own version and replace it as you see fit.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NNBSP = "\u202f"

#: Every space character other than the ASCII space, tab and line breaks.
UNICODE_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"

LIGATURES: dict[str, str] = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
}
LIGATURES_RE = re.compile("[" + "".join(LIGATURES) + "]")

#: Runs of full-width ASCII forms and half-width katakana.
WIDTH_RE = re.compile("[\uff01-\uff5e\uff65-\uff9f]+")
CJK_RE = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff01-\uff60\uff66-\uff9f]")

#: Character-class contents (used inside ``[...]``).
SINGLE_QUOTES = "\u2018\u2019\u201a\u201b"
DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f"
GUILLEMETS: dict[str, str] = {"«": '"', "»": '"', "‹": "'", "›": "'"}

DASHES: dict[str, str] = {
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
    "\u2014": "--", "\u2015": "--",
}
DASHES_RE = re.compile("[" + "".join(DASHES) + "]")
ELLIPSIS = "\u2026"

BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
JOINERS = frozenset("\u200c\u200d")
INVISIBLE_RE = re.compile(
    "[\u00ad\u200b\u2060\ufeff" + "".join(sorted(BIDI)) + "".join(sorted(JOINERS)) + "]+"
)
RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")

LINE_BREAK_RE = re.compile("\r\n|\r|\u2028|\u2029")
BLANK_RUN_RE = re.compile(r"\n(?:[ \t]*\n){2,}")

_PROTECTED_RE = re.compile(
    r"`[^`\n]+`"
    r"|\b(?:https?|ftp)://[^\s<>\"]+"
    r"|\bwww\.[^\s<>\"]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) of code spans, URLs and e-mails."""
    return [m.span() for m in _PROTECTED_RE.finditer(text)]

"""Character tables of the normalization rules (TN1xx): spaces, quotes, dashes,
invisible characters, compatibility forms, and the spans they must not touch.

Tables and regexes are built once, at import; rules only look things up.
"""

from __future__ import annotations

import re

# -- spaces -------------------------------------------------------------------
NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space (French "espace fine insécable")
#: Unicode space characters other than the plain space (tab and line breaks excluded).
UNICODE_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)
UNICODE_SPACES_RE = re.compile(f"[{UNICODE_SPACES}]")

# -- invisible characters -------------------------------------------------------
#: Always invisible residue: zero-width space, soft hyphen, BOM / zero-width
#: no-break space, word joiner, invisible math operators.
INVISIBLE = "\u200b\u00ad\ufeff\u2060\u2061\u2062\u2063\u2064"
#: Bidirectional controls: meaningful only around right-to-left text.
BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: Joiners: needed by emoji sequences and by many scripts (Arabic, Indic, Persian).
JOINERS = "\u200c\u200d"
INVISIBLE_RE = re.compile(f"[{INVISIBLE}{BIDI}{JOINERS}]+")
# Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, ...).
RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")

# -- quotes and apostrophes -----------------------------------------------------
SINGLE_QUOTES = "\u2018\u2019\u201a\u201b"  # ‘ ’ ‚ ‛
DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f"  # “ ” „ ‟ (″ is a unit sign and stays)
GUILLEMETS = {"\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'"}  # « » ‹ ›

# -- dashes and ellipsis ---------------------------------------------------------
#: Hyphen-like and short dashes become "-"; long dashes become "--".
DASHES = {
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2013": "-",  # en dash
    "\u2212": "-",  # minus sign
    "\ufe63": "-",  # small hyphen-minus
    "\u2014": "--",  # em dash
    "\u2015": "--",  # horizontal bar
}
DASHES_RE = re.compile(f"[{''.join(DASHES)}]")
ELLIPSIS = "\u2026"

# -- compatibility forms ---------------------------------------------------------
#: Latin presentation ligatures (U+FB00..U+FB06); œ, æ, ĳ are letters and stay.
LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
}
LIGATURES_RE = re.compile(f"[{''.join(LIGATURES)}]")
#: Full-width ASCII (U+FF01..U+FF5E), half-width katakana/hangul and signs
#: (U+FF5F..U+FFEE).  U+3000 (ideographic space) is a space: see the spaces rule.
WIDTH_RE = re.compile("[\uff01-\uff5e\uff5f-\uffee]+")
# Scripts whose text uses full-width punctuation as its own (CJK).
CJK_RE = re.compile("[\u2e80-\u2fff\u3001-\u30ff\u3100-\u31ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")

# -- line breaks -------------------------------------------------------------------
LINE_BREAK_RE = re.compile("\r\n|[\r\u2028\u2029]")
BLANK_RUN_RE = re.compile(r"\n(?:[ \t]*\n){2,}")

# -- protected spans: URLs, e-mail addresses, code ---------------------------------
# A URL stops at whitespace, quotes and brackets; ’ followed by a letter is
# an apostrophe inside a path (wiki/Lake_Hawke’s_Bay) and stays in it.
_URL = r"(?:\b[A-Za-z][A-Za-z0-9+.-]{1,20}://|\bwww\.)(?:[^\s<>\"`“”‘’«»‹›\[\]]|’(?=\w))+"
_EMAIL = r"[\w.+'’-]+@[\w-]+(?:\.[\w-]+)+"
_CODE = r"```.*?```|`[^`\n]+`"
PROTECTED_RE = re.compile(f"{_CODE}|{_URL}|{_EMAIL}", re.S)
_TRAILING = ".,;:!?)…'"


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted (start, end) of URLs, e-mail addresses and code spans in ``text``.

    A URL's trailing sentence punctuation is not part of it.

    >>> protected_spans("voir https://a.org/x. Fin")
    [(5, 20)]
    """
    if "://" not in text and "www." not in text and "@" not in text and "`" not in text:
        return []
    out = []
    for m in PROTECTED_RE.finditer(text):
        s, e = m.span()
        if text[s] != "`":
            while e > s and text[e - 1] in _TRAILING:
                e -= 1
        if e > s:
            out.append((s, e))
    return out


# -- one scan for every precheck -----------------------------------------------------
APOSTROPHE_LIKE = "’‘‛ʼ"
WIDTH_CHARS = "".join(chr(c) for c in range(0xFF01, 0xFFEF))
_SPECIAL = (
    "".join(LIGATURES) + APOSTROPHE_LIKE + SINGLE_QUOTES + DOUBLE_QUOTES + "".join(GUILLEMETS)
    + "".join(DASHES) + ELLIPSIS + UNICODE_SPACES + INVISIBLE + BIDI + JOINERS
)
_SPECIAL_RE = re.compile("[" + "".join(sorted(set(_SPECIAL))) + "\uff01-\uffee]")
_last: tuple[str | None, frozenset] = (None, frozenset())


def special_chars(text: str) -> frozenset:
    """The typographic characters the TN rules look for that ``text`` holds.

    One regex scan serves every rule's precheck: the result for the last text
    is kept (rules of a stage, and stages that changed nothing, see the same
    string object).
    """
    global _last
    last = _last  # one read: safe if threads share the module
    if last[0] is text:
        return last[1]
    found = frozenset() if text.isascii() else frozenset(_SPECIAL_RE.findall(text))
    _last = (text, found)
    return found

"""TF1xx: encoding repairs, backed by ftfy.

ftfy's ``fix_text`` is a whole-document rewrite with no spans, and by default it
also changes typography (it uncurls quotes, expands ligatures, narrows
full-width letters).  These rules call only ftfy's repair steps, only on the
lines a cheap test flags, and turn each change into a span edit.  Typography is
left to the opt-in normalization rules.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from .base import Rule, register

_C1_RE = re.compile("[\x80-\x9f]")
# UTF-8 read as Latin-1 / Windows-1252 always yields a lead byte (Â..ô) followed
# by a continuation byte, which those codecs decode to U+0080..U+00BF or to one
# of Windows-1252's symbols; a lead byte before a space is the restored-NBSP
# case.  Box drawing, √ and Cyrillic cover the cp437, MacRoman and Windows-1251
# variants.  Only text this finds is given to ftfy's (slower) badness test.
_MOJIBAKE_HINT_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6"
    "\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014"
    "\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
    "|[\u00c2\u00c3\u00c5\u00ce\u00d0\u00d9] |[\u2500-\u257f\u221a\u0400-\u04ff\ufffd]"
)
_ENTITY_RE = re.compile(r"&(?:amp;)*(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_MARKUP_RE = re.compile(r"<[A-Za-z/!][^<>\n]{0,200}>")
_SURROGATE_RE = re.compile("[\ud800-\udfff]+")
_TERMINAL_RE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_NON_NFC_TOKEN_RE = re.compile(r"\S+")
_WORDISH = re.compile(r"\w")


@lru_cache(maxsize=1)
def _control_re() -> re.Pattern:
    from ftfy.chardata import CONTROL_CHARS

    chars = "".join(re.escape(chr(c)) for c in sorted(CONTROL_CHARS))
    return re.compile(f"[{chars}]+")


def changed_regions(old: str, new: str, sync: int = 3) -> list[tuple[int, int, int, int]]:
    """(a0, a1, b0, b1) regions where ``old`` and ``new`` differ, in linear time.

    Encoding repairs are local (a few characters become one), so a greedy walk
    that resynchronises on ``sync`` equal characters finds them; difflib would
    be quadratic on long lines.

    >>> changed_regions("un cafÃ© ici", "un café ici")
    [(6, 8, 6, 7)]
    """
    out = []
    i = j = 0
    n, m = len(old), len(new)
    while i < n and j < m:
        if old[i] == new[j]:
            i += 1
            j += 1
            continue
        found = None
        for total in range(1, 13):
            for da in range(0, min(total, 8) + 1):
                db = total - da
                if db > 4:
                    continue
                a, b = i + da, j + db
                if old[a : a + sync] == new[b : b + sync] and (a + sync <= n or old[a:] == new[b:]):
                    found = (a, b)
                    break
            if found:
                break
        if found is None:
            out.append((i, n, j, m))
            return out
        out.append((i, found[0], j, found[1]))
        i, j = found
    if i < n or j < m:
        out.append((i, n, j, m))
    return out


@lru_cache(maxsize=1)
def _control_tables() -> tuple[bytes, tuple[str, ...]]:
    """Bytes that are never a control (to delete), and the non-ASCII controls."""
    from ftfy.chardata import CONTROL_CHARS

    ascii_ctl = {c for c in CONTROL_CHARS if c < 128}
    keep = bytes(b for b in range(256) if b not in ascii_ctl)
    return keep, tuple(chr(c) for c in sorted(CONTROL_CHARS) if c >= 128)


def _has_control(text: str) -> bool:
    """Whether ``text`` holds a control character that TF103 removes.

    A byte-level pass in C (ASCII controls survive deleting every other
    byte; UTF-8 continuation and lead bytes are >= 0x80) plus substring tests
    for the few non-ASCII ones: several times cheaper than a regex scan.
    """
    keep, wide = _control_tables()
    if text.encode("utf-8", "surrogatepass").translate(None, keep):
        return True
    return not text.isascii() and any(c in text for c in wide)


def _diff_edits(rule: Rule, doc, start: int, old: str, new: str, reason: str):
    """One edit per changed region of a line, so two repairs give two spans."""
    for a0, a1, b0, b1 in changed_regions(old, new):
        yield rule.edit(doc, start + a0, start + a1, new[b0:b1], reason)


def _lines(text: str):
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, line
        pos += len(line)


@register
class Mojibake(Rule):
    """Repairs mojibake: UTF-8 text that was decoded with the wrong codec.

    Why: a page served as UTF-8 but read as Windows-1252 or Latin-1 turns every
    accented letter into two or three symbols; the words become unreadable and
    unsearchable.

    Example::

        Le cafÃ© est fermÃ©.   ->   Le café est fermé.

    How: lines that ftfy's badness heuristic flags (or that hold C1 control
    characters) go through ``ftfy.fix_encoding``; only the changed characters
    become edits.

    Stays off: text that ftfy does not find suspicious, which covers correct
    text in any language.
    """

    code = "TF101"
    name = "mojibake"
    family = "encoding"
    summary = "Mojibake (UTF-8 decoded with the wrong codec)"
    stage = 0

    def precheck(self, text: str) -> bool:
        return not text.isascii() and bool(_MOJIBAKE_HINT_RE.search(text) or _C1_RE.search(text))

    def propose(self, doc):
        import ftfy
        from ftfy.badness import is_bad

        for start, line in _lines(doc.text):
            if line.isascii() or not (_MOJIBAKE_HINT_RE.search(line) or _C1_RE.search(line)):
                continue
            if not (is_bad(line) or _C1_RE.search(line)):
                continue
            fixed = ftfy.fix_encoding(line)
            if fixed != line:
                yield from _diff_edits(self, doc, start, line, fixed, "mojibake decoded")


@register
class HtmlEntities(Rule):
    """Decodes HTML character entities left in plain text.

    Why: ``&amp;``, ``&eacute;`` or ``&#8217;`` in extracted text are markup
    residue; readers and models see the entity, not the character.

    Example::

        Rock &amp; roll, l&#8217;été   ->   Rock & roll, l’été

    Double-escaped entities (``&amp;eacute;``) are decoded to the character.

    Stays off: documents that contain markup tags (``<p>``, ``</a>``), where
    entities are legitimate; unknown entity names; entities without ``;``.
    """

    code = "TF102"
    name = "html-entities"
    family = "encoding"
    summary = "HTML character entities in plain text"
    stage = 1

    def precheck(self, text: str) -> bool:
        return "&" in text and ";" in text and not _MARKUP_RE.search(text)

    def propose(self, doc):
        for m in _ENTITY_RE.finditer(doc.text):
            value = m.group()
            decoded = value
            for _ in range(4):  # double-escaped: &amp;eacute; -> &eacute; -> é
                nxt = html.unescape(decoded)
                if nxt == decoded:
                    break
                decoded = nxt
            if decoded != value:
                decoded = _safe_entity(decoded)
                if decoded is not None:
                    yield self.edit(doc, m.start(), m.end(), decoded, "HTML entity decoded")


def _safe_entity(decoded: str) -> str | None:
    # Never produce characters that other repairs would remove (NUL, controls)
    # or lone surrogates: the output would not be stable.
    for ch in decoded:
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs") and ch not in "\t\n":
            return None
    return decoded


@register
class ControlCharacters(Rule):
    """Removes control characters and terminal escape codes.

    Why: NUL, bell, escape sequences, the object replacement character or a
    stray byte order mark are invisible residue of conversions; they break
    tokenizers and comparisons.

    Example::

        Prix\\x00 net\\x1b[0m : 12 €   ->   Prix net : 12 €

    A control character that stood between two words (a vertical tab used as a
    line break) becomes a space, so no words are fused.

    Stays off: tab, line feed, carriage return, form feed, joiners and bidi
    marks (they carry meaning), C1 controls (clues for the mojibake repair).
    """

    code = "TF103"
    name = "control-characters"
    family = "encoding"
    summary = "Control characters and terminal escapes"
    stage = 2

    def precheck(self, text: str) -> bool:
        return _has_control(text)

    def propose(self, doc):
        text = doc.text
        for m in _TERMINAL_RE.finditer(text):
            yield self.edit(doc, m.start(), m.end(), "", "terminal escape removed")
        for m in _control_re().finditer(text):
            s, e = m.span()
            if text[s] == "\x1b" and _TERMINAL_RE.match(text, s):
                continue
            between_words = (
                s > 0 and e < len(text) and _WORDISH.match(text[s - 1]) and _WORDISH.match(text[e])
            )
            sep = between_words and any(c in "\x0b\x1c\x1d\x1e\x1f" for c in m.group())
            yield self.edit(doc, s, e, " " if sep else "", "control character removed")


@register
class Surrogates(Rule):
    """Repairs surrogate code points.

    Why: a pair of UTF-16 surrogates stored as two code points (from JSON
    ``\\ud83d\\ude00`` escapes or CESU-8) is one character split in two; a
    lone surrogate cannot even be written as UTF-8.

    Example::

        \\ud83d\\ude00   ->   😀        a lone \\udc80 -> U+FFFD

    Stays off: text without surrogates (every valid string).
    """

    code = "TF104"
    name = "surrogates"
    family = "encoding"
    summary = "Surrogate pairs joined, lone surrogates replaced"
    stage = 3

    def precheck(self, text: str) -> bool:
        try:  # surrogates are the only code points UTF-8 cannot encode
            text.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False

    def propose(self, doc):
        from ftfy.fixes import fix_surrogates

        for m in _SURROGATE_RE.finditer(doc.text):
            fixed = fix_surrogates(m.group())
            fixed = _SURROGATE_RE.sub(lambda r: "\ufffd" * len(r.group()), fixed)
            yield self.edit(doc, m.start(), m.end(), fixed, "surrogates repaired")


@register
class UnicodeNFC(Rule):
    """Composes text to Unicode NFC.

    Why: the same letter stored decomposed (``e`` + combining accent) and
    composed (``é``) makes identical words compare different.

    Example::

        cafe\\u0301   ->   café

    Stays off: text already in NFC (almost all text).  Compatibility forms
    (ligatures, full-width letters) are kept: that is NFKC, an opt-in
    normalization.
    """

    code = "TF105"
    name = "unicode-nfc"
    family = "encoding"
    summary = "Unicode canonical composition (NFC)"
    stage = 4

    def precheck(self, text: str) -> bool:
        return not unicodedata.is_normalized("NFC", text)

    def propose(self, doc):
        for m in _NON_NFC_TOKEN_RE.finditer(doc.text):
            tok = m.group()
            if not unicodedata.is_normalized("NFC", tok):
                yield self.edit(doc, m.start(), m.end(), unicodedata.normalize("NFC", tok),
                                "composed to NFC")

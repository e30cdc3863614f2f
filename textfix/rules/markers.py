"""TF2xx: scraper markers and stand-alone ad labels.

Both rules remove whole lines.  Their decisions are planned together, once per
document (:func:`_plan`): a run of removed lines between two kept paragraphs
becomes one edit that leaves the paragraphs separated exactly as before (one
blank line if the removed lines stood between blank lines), so the result is
stable however many labels and markers follow each other.
"""

from __future__ import annotations

import re

from ..lang.markers import AD_TOPIC_STEMS, ALL_AD_LABELS, LANGUAGE_CODES
from .base import STAGE_LINES, Rule, register

# A language or section code, a separator, a number: ``fr-03``, ``en_12``,
# ``fr-FR-3``, ``[de-01]``.  Lower case is what scrapers write; upper case is
# accepted for language codes only, and only on an isolated line.
_MARKER_LOWER = re.compile(r"[\[(]?[a-z]{2,3}(?:[-_][a-zA-Z]{2})?[-_]\d{1,4}[\])]?")
_MARKER_UPPER = re.compile(r"[\[(]?([A-Z]{2})(?:[-_][A-Z]{2})?[-_]\d{1,4}[\])]?")
_GLUED_END = re.compile(r"(?<=[.!?…»”\")\]])[ \t]*([a-z]{2})[-_]\d{1,4}[ \t]*(?=\s*\Z)")
_GLUED_START = re.compile(r"\A[ \t]*([a-z]{2})[-_]\d{1,4}[ \t]*(?=[A-ZÀ-Ý«“\"])")
_LABEL_STRIP = " \t\r\u00a0-–—_*•·|[]()"
_PARA_END = tuple(".!?…»”\")]")
_LABEL_MAX = 45
_MARKER, _LABEL = "TF201", "TF202"
_MARKER_LINE = re.compile(r"(?m)^[ \t]*[\[(]?[a-zA-Z]{2,3}(?:[-_][a-zA-Z]{2})?[-_]\d{1,4}[\])]?[ \t\r]*$")
_LABEL_LINE = re.compile(
    r"(?im)^[^\S\n]*[-–—_*•·|\[(]*[^\S\n]*(?:"
    + "|".join(sorted((re.escape(w) for w in ALL_AD_LABELS), key=len, reverse=True))
    + r")[^\S\n]*[-–—_*•·|\])]*[^\S\n]*$"
)


def _is_marker(stripped: str) -> str | None:
    """'lower' or 'upper' when the line is a scraper code, else None."""
    if len(stripped) > 16:
        return None
    if _MARKER_LOWER.fullmatch(stripped):
        return "lower"
    m = _MARKER_UPPER.fullmatch(stripped)
    if m and m.group(1).lower() in LANGUAGE_CODES:
        return "upper"
    return None


def _is_label(stripped: str) -> bool:
    if len(stripped) > _LABEL_MAX or not stripped[:1].isalpha() and stripped[:1] not in _LABEL_STRIP:
        return False
    return stripped.strip(_LABEL_STRIP).lower() in ALL_AD_LABELS


def _about_ads(text: str) -> bool:
    low = text[:200].lower()
    return any(s in low for s in AD_TOPIC_STEMS)


def _label_in_context(lines: list, gaps: list[int], i: int) -> bool:
    """Is the label line ``i`` alone between paragraphs (removed lines skipped)?"""
    p = i - 1
    while p >= 0 and lines[p][3] is not None:
        p -= 1
    q = i + 1
    while q < len(lines) and lines[q][3] is not None:
        q += 1
    prev = lines[p][2] if p >= 0 else None
    nxt = lines[q][2] if q < len(lines) else None
    before_free = prev is None or max(gaps[p:i]) >= 2
    after_free = nxt is None or max(gaps[i:q]) >= 2
    if prev is not None and prev.endswith(":") and not (before_free and after_free):
        return False  # an item of a list introduced by a colon
    if not (before_free or prev.endswith(_PARA_END)):
        return False
    if not (after_free or nxt[:1].isupper() or nxt[:1] in "«“\"'‘„¿¡—–-"):
        return False
    # A label-like line followed by a text about advertising is its heading.
    return nxt is None or not _about_ads(nxt)


def _plan(doc, enabled: frozenset[str]) -> list[tuple[str, int, int, str, str]]:
    """Edits (code, start, end, replacement, reason) of every enabled TF2 rule."""
    key = ("_tf2_plan", enabled)
    cache = doc.__dict__.setdefault("_tf2_cache", {})
    if key in cache:
        return cache[key]
    text = doc.text
    # Non-blank lines: (start, end, stripped, kind or None).
    lines = []
    for s, e in doc.lines:
        stripped = text[s:e].strip()
        if stripped:
            lines.append([s, e, stripped, None])
    n = len(lines)
    gaps = [text[lines[k][1]:lines[k + 1][0]].count("\n") for k in range(n - 1)]
    if _MARKER in enabled:
        for i, row in enumerate(lines):
            kind = _is_marker(row[2])
            isolated = (i == 0 or gaps[i - 1] >= 2) and (i == n - 1 or gaps[i] >= 2)
            if kind == "lower" or (kind == "upper" and isolated):
                row[3] = _MARKER
    if _LABEL in enabled:
        candidates = [i for i, row in enumerate(lines) if row[3] is None and _is_label(row[2])]
        changed = bool(candidates)
        while changed:  # a removal changes its neighbours' context: to a fixpoint
            changed = False
            for i in candidates:
                if lines[i][3] is None and _label_in_context(lines, gaps, i):
                    lines[i][3] = _LABEL
                    changed = True
    out: list[tuple[str, int, int, str, str]] = []
    if any(r[3] is None for r in lines):  # never empty a document
        i = 0
        while i < n:
            if lines[i][3] is None:
                i += 1
                continue
            j = i
            while j < n and lines[j][3] is not None:
                j += 1
            code = lines[i][3]
            what = "scraper marker" if code == _MARKER else "ad label"
            if j - i > 1:
                what = "scraper markers and ad labels" if {r[3] for r in lines[i:j]} == {
                    _MARKER, _LABEL} else what + "s"
            # Region from the end of the kept line before to the start of the
            # kept line after; keep the widest separator it held.
            if i == 0:
                start, end, repl = 0, lines[j][0], ""
            elif j == n:
                start, end, repl = lines[i - 1][1], len(text), text[lines[j - 1][1]:]
            else:
                start, end = lines[i - 1][1], lines[j][0]
                gaps = [text[lines[k][1]:lines[k + 1][0]] for k in range(i - 1, j)]
                repl = max(gaps, key=lambda g: g.count("\n"))
            out.append((code, start, end, repl, what + " removed"))
            i = j
    # Markers glued to the first or last sentence of the document.
    if _MARKER in enabled and n:
        m = _GLUED_END.search(text, max(0, len(text) - 40))
        if m and m.group(1) in LANGUAGE_CODES and lines[-1][3] is None:
            out.append((_MARKER, m.start(), m.end(), "", "scraper marker glued to the text removed"))
        m = _GLUED_START.match(text)
        if m and m.group(1) in LANGUAGE_CODES and lines[0][3] is None:
            out.append((_MARKER, m.start(), m.end(), "", "scraper marker glued to the text removed"))
    cache[key] = out
    return out


class _LineRemoval(Rule):
    stage = STAGE_LINES
    family = "markers"

    def _enabled(self) -> frozenset[str]:
        enabled = getattr(self, "_enabled_codes", None)
        if enabled is None:
            from ..pipeline import select_rules

            enabled = frozenset(r.code for r in select_rules(self.config) if r.code in (_MARKER, _LABEL))
            self._enabled_codes = enabled
        return enabled

    def propose(self, doc):
        for code, start, end, repl, reason in _plan(doc, self._enabled()):
            if code == self.code:
                yield self.edit(doc, start, end, repl, reason)


@register
class ScraperMarker(_LineRemoval):
    """Removes stray scraper markers: a language or section code and a number.

    Why: crawlers tag the pieces they stitch together with codes such as
    ``fr-03`` or ``en_12`` and sometimes leave them in the text, alone on a
    line or glued to the first or last sentence.  They are not part of the
    text.

    Example::

        La séance est levée.\\n\\nfr-03   ->   La séance est levée.
        The vote is on Monday.en-12    ->   The vote is on Monday.

    The line goes with its line break; paragraphs stay separated by one blank
    line.  Markers are lower-case codes of two or three letters, a ``-`` or
    ``_`` and at most four digits (``fr-FR-03`` and ``[de-01]`` too); upper
    case (``FR-03``) only for language codes and only on an isolated line;
    glued to a sentence only at the very start or end of the document, with a
    language code.

    Stays off: any line with other text (``covid-19 cases rose``), codes of
    one letter or more than three (``F-16``, ``covid-19``), upper-case codes
    that are not language codes (``MH-17``), a document made of markers only.
    """

    code = _MARKER
    name = "scraper-marker"
    summary = "Stray scraper markers (fr-03) on their own line or at the document's edges"

    def precheck(self, text: str) -> bool:
        return bool(_MARKER_LINE.search(text) or _GLUED_END.search(text, max(0, len(text) - 40))
                    or _GLUED_START.match(text))


@register
class AdLabel(_LineRemoval):
    """Removes stand-alone ad labels left between paragraphs.

    Why: news pages print ``Publicité``, ``Advertisement``, ``Werbung``,
    ``Anzeige``, ``Pubblicità``, ``Publicidad`` or ``Sponsored`` where an ad
    was; a scraper keeps the label as a line of its own, in the middle of the
    article.

    Example::

        Le maire a parlé.\\n\\nPublicité\\n\\nIl a ensuite...   ->   Le maire a parlé.\\n\\nIl a ensuite...

    The line goes with its line break; paragraphs stay separated by one blank
    line.  Labels come from a table per language (``textfix/lang/markers.py``);
    case, dashes and brackets around them do not matter.

    Stays off: a label that is not alone between paragraphs (a line in a
    list or menu, a line after a colon), and a label followed by a paragraph
    about advertising, which makes it a section heading.
    """

    code = _LABEL
    name = "ad-label"
    summary = "Stand-alone ad labels (Publicité, Advertisement, Werbung) between paragraphs"

    def precheck(self, text: str) -> bool:
        return bool(_LABEL_LINE.search(text))

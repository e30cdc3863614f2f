"""TF90x: broken lines: hard wraps, line-end hyphenation, link-broken phrases.

The decisions come from the line classifier (:mod:`textfix.lines`, shown by
``textfix lines FILE``); these rules only turn its soft breaks into edits.
"""

from __future__ import annotations

import re

from ..lang.freq import frequencies, has_frequencies, zipf
from .base import STAGE_JOIN, Rule, register

# A line break inside a paragraph: nothing to do without one.
_INNER_BREAK_RE = re.compile(r"[^\n]\n[^\n]")
_HYPHEN_SEAM_RE = re.compile(r"([^\W\d_]+)-[ \t]*\r?\n[ \t]*([^\W\d_]+)")
_SPACES_BEFORE_RE = re.compile(r"[ \t\r]*$")
_SPACES_AFTER_RE = re.compile(r"^[ \t]*")


def _seam_span(doc, index: int) -> tuple[int, int]:
    """From the end of line ``index``'s text to the first character of the next line."""
    lines = doc.line_structure.lines
    a, b = lines[index], lines[index + 1]
    start = a.start + len(a.text.rstrip())
    end = b.start + (len(b.text) - len(b.text.lstrip()))
    return start, end


def _hyphen_seam(doc, index: int) -> re.Match | None:
    """The match of ``left-\\nright`` at this break, when the line ends with a cut word."""
    lines = doc.line_structure.lines
    a = lines[index]
    text = a.text.rstrip()
    if not text.endswith("-") or len(text) < 2 or not text[-2].isalpha():
        return None
    m = re.search(r"[^\W\d_]+$", text[:-1])
    if m is None:
        return None
    return _HYPHEN_SEAM_RE.match(doc.text, a.start + m.start(), lines[index + 1].end)


#: Languages that write compounds as one word (a cut compound is not in the list).
_COMPOUNDING = frozenset({"de", "nl", "sv", "da", "no"})
#: After a suspended hyphen (``Rohstoff- und Energiepreise``) comes a conjunction.
_CONJUNCTIONS = {
    "de": frozenset({"und", "oder", "bis", "sowie", "bzw", "als", "wie"}),
    "en": frozenset({"and", "or", "to"}),
    "fr": frozenset({"et", "ou"}),
    "es": frozenset({"y", "o", "e", "u"}),
    "it": frozenset({"e", "o", "ed"}),
}
_MIN_PART = 1e-7  # zipf 2


def _compound(word: str, freq: dict, parts: int = 3) -> bool:
    """Is ``word`` two or three known words written together (with a linking s/es/n/en)?"""
    n = len(word)
    for k in range(3, n - 2):
        if freq.get(word[:k], 0.0) < _MIN_PART:
            continue
        tail = word[k:]
        for link in ("", "s", "es", "n", "en"):
            if link and not tail.startswith(link):
                continue
            rest = tail[len(link):]
            if len(rest) >= 3 and (freq.get(rest, 0.0) >= _MIN_PART
                                   or (parts > 2 and _compound(rest, freq, parts - 1))):
                return True
    return False


class _JoinRule(Rule):
    stage = STAGE_JOIN
    family = "lines"
    kind = ""

    def precheck(self, text: str) -> bool:
        return _INNER_BREAK_RE.search(text) is not None

    def propose(self, doc):
        struct = doc.line_structure
        for index, join in sorted(struct.joins.items()):
            if join.kind != self.kind or _hyphen_seam(doc, index) is not None:
                continue
            start, end = _seam_span(doc, index)
            yield self.edit(doc, start, end, " ", join.reason, safe=join.safe,
                            confidence=0.95 if join.safe else 0.6)


@register
class HardWrap(_JoinRule):
    """Joins the lines of a hard-wrapped paragraph into one line.

    Why: exports, mail archives and digitised print cut paragraphs every 60-80
    characters; tokenizers and models then see sentence fragments.

    Example::

        Le conseil municipal a voté hier soir le budget de l’année, après un\\n
        long débat sur les écoles.   ->   Le conseil municipal a voté hier soir
        le budget de l’année, après un long débat sur les écoles.

    How: a line is "full" when the next line's first word would not have fitted
    on it within the paragraph's width (its longest line, 30 to 120 characters);
    chains of full lines are a wrapped paragraph.  The join is safe when the
    sentence visibly runs on (no final punctuation and a lower-case letter, a
    comma or a function word at the seam) or the paragraph has three or more
    such lines; otherwise unsafe.  ``textfix lines FILE`` shows every decision.

    Stays off: verse (lines that each start with a capital or end with
    punctuation, or short lines), lists, dialogue, addresses, signatures,
    tables, code, headings (a heading is never "full"), lines longer than 120
    characters, and text whose paragraphs are single lines.
    """

    code = "TF901"
    name = "hard-wrapped-paragraph"
    summary = "Hard-wrapped paragraph lines joined"
    kind = "wrap"


@register
class LinkBroken(_JoinRule):
    """Rejoins a word or short phrase that a link put on a line of its own.

    Why: extraction often breaks the line on both sides of a link's text, so a
    sentence comes out in three pieces (``les\\nParteien\\nsont``).

    Example::

        Le rapport cite les\\nParteien\\nsont d’accord.   ->
        Le rapport cite les Parteien sont d’accord.

    How: a short line (at most five words) between text lines, next to a long
    line, where the sentence runs on across both breaks (no final punctuation
    before it; a lower-case letter, a comma or a function word at a seam).
    Safe when at least one seam shows that clearly, unsafe otherwise.

    Stays off: short lines after a sentence's end, verse, lists, headings,
    addresses, dialogue.
    """

    code = "TF903"
    name = "link-broken-line"
    summary = "Line breaks around a phrase that was a link removed"
    kind = "link"


@register
class LineEndHyphen(Rule):
    """Rejoins a word cut by a hyphen at the end of a wrapped line.

    Why: print and PDF layout hyphenate words at line ends (``gouver-\\nnement``);
    once lines are joined the word must be whole again, but a hyphen that
    belongs to the word (``Jean-Pierre``, ``porte-parole``, ``e-mail``) stays.

    Example::

        le gouver-\\nnement a décidé   ->   le gouvernement a décidé
        le porte-\\nparole a dit       ->   le porte-parole a dit

    How: at a break the classifier found soft, the joined form is kept when it
    is a word (the document's own vocabulary, then word frequencies); the
    hyphen is kept when the document writes the hyphenated form, when the
    second part starts with a capital, when the first part is one letter or
    when both parts are words and the joined form is not.  German (and other
    compounding languages): a joined form made of known words is a word.  A
    second part that is no word at all means a cut word.  Before a conjunction
    the hyphen is a suspended one and the space comes back (``Rohstoff-\nund``
    -> ``Rohstoff- und``).  Other unknown words are joined only as an unsafe
    edit; without a word list (other languages) only the document's own
    vocabulary decides.

    Stays off: breaks the classifier keeps (verse, lists, headings, ...), a
    dash after a space (``mot -``), numbers.
    """

    code = "TF902"
    name = "line-end-hyphen"
    family = "lines"
    summary = "Word cut by a line-end hyphen rejoined"
    stage = STAGE_JOIN

    def precheck(self, text: str) -> bool:
        return "-\n" in text or "-\r\n" in text or "- \n" in text

    def propose(self, doc):
        struct = doc.line_structure
        for index, join in sorted(struct.joins.items()):
            m = _hyphen_seam(doc, index)
            if m is None:
                continue
            after, safe, why = self.decide(doc, m.group(1), m.group(2))
            safe = safe and join.safe
            # From the hyphen to the next line's first letter.
            yield self.edit(doc, m.end(1), m.start(2), after, why, safe=safe,
                            confidence=0.9 if safe else 0.5)

    def decide(self, doc, left: str, right: str) -> tuple[str, bool, str]:
        """(replacement of the hyphen and break, safe, reason) for ``left-`` + newline + ``right``.

        The replacement is ``""`` (a cut word), ``"-"`` (a hyphenated word) or
        ``"- "`` (a suspended hyphen before a conjunction: ``Rohstoff- und``).
        """
        joined = (left + right).lower()
        hyphenated = re.compile(rf"(?<![^\W\d_]){re.escape(left)}-{re.escape(right)}(?![^\W\d_])",
                                re.IGNORECASE)
        in_doc_hyphen = hyphenated.search(doc.text) is not None
        in_doc_joined = doc.lower_vocab.get(joined, 0) > 0
        if in_doc_hyphen and not in_doc_joined:
            return "-", True, f"the document writes {left}-{right}"
        if in_doc_joined and not in_doc_hyphen:
            return "", True, f"the document writes {left}{right}"
        if right.lower() in _CONJUNCTIONS.get(doc.line_structure.lang, ()):
            return "- ", True, f"suspended hyphen before '{right}' (a compound shortened)"
        if right[:1].isupper() and not right.isupper():
            return "-", True, "the second part starts with a capital: a compound or a name"
        if len(left) == 1:
            return "-", True, "one-letter first part (e-mail)"
        lang = doc.line_structure.lang
        if not has_frequencies(lang):
            return "", False, "word cut at the line end (no word list to confirm)"
        zj = zipf(joined, lang)
        zl, zr = zipf(left, lang), zipf(right, lang)
        parts_are_words = zl >= 2.5 and zr >= 2.5 and len(left) > 1 and len(right) > 1
        if zj >= 2.5:
            # German writes a hyphenated compound with a capital after the
            # hyphen (handled above): a lower-case second part means a cut.
            safe = zj >= 3.0 or not parts_are_words or lang in _COMPOUNDING
            return "", safe, f"{left}{right} is a word (zipf {zj:.1f})"
        if lang in _COMPOUNDING and _compound(joined, frequencies(lang)):
            return "", True, f"{left}{right} is a compound of known words"
        if parts_are_words:
            return "-", zl >= 3.0 and zr >= 3.0, f"{left}-{right}: both parts are words, {left}{right} is not"
        if zr == 0.0 and (zl < 3.0 or lang in _COMPOUNDING):
            # The second part is no word at all: the hyphen cannot join two words.
            return "", True, f"{right} is no word: a word cut at the line end"
        return "", False, f"word cut at the line end ({left}{right} not in the word list)"



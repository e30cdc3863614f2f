"""TF95x: page-interface labels left by extraction (``Lire la suite``, ``Read more``).

The labels live in :mod:`textfix.lang.interface` (easy to extend); which lines
are labels comes from the line classifier (:mod:`textfix.lines`).
"""

from __future__ import annotations

import re

from ..lang import interface
from ..lang.freq import zipf
from .base import STAGE_LINES, Rule, register

_ENDINGS = ("are", "ere", "ire", "en", "er", "ir", "re", "ar", "e", "s")
_INFLECTIONS = (r"(?:e|es|er|ez|é|ée|és|ées|ons|ent|ing|ed|s|en|t|te|ten|ir|ire|o|a|i|ando|endo|"
                r"iendo|ato|ata|ido|ida|ung)?")


def _related_regex(label_line: str) -> re.Pattern | None:
    """Forms of the label's words (``partag`` + ending), to find them in the text after it."""
    stems = []
    for w in re.findall(r"[^\W\d_]+", label_line.lower()):
        for end in _ENDINGS:
            if w.endswith(end) and len(w) - len(end) >= 4:
                w = w[: -len(end)]
                break
        if len(w) >= 4:
            stems.append(re.escape(w))
    if not stems:
        return None
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(stems)}){_INFLECTIONS}(?![^\W\d_])", re.IGNORECASE)


def _takes_up(label_line: str, following: str, lang: str | None) -> bool:
    """Does the text after a one-word label use the same word (then the label is a heading)?"""
    rx = _related_regex(label_line)
    if rx is None:
        return False
    label = label_line.strip().lower()
    for m in rx.finditer(following):
        w = m.group().lower()
        # A very common word that merely shares the stem ("comment" after
        # "Commenter") says nothing.
        if w != label and lang and zipf(w, lang) >= 5.5:
            continue
        return True
    return False


@register
class LabelLine(Rule):
    """Removes a line that is only a page-interface label.

    Why: extraction keeps the text of buttons and teasers (``Lire la suite``,
    ``Read more``, ``Weiterlesen``, ``Leer más``, ``Leggi anche``, a share bar
    ``Partager | Facebook | Twitter``) as lines between paragraphs; they are not
    part of the text.

    Example::

        Le maire a présenté son budget.\\n\\nLire la suite\\n\\nLes élus ont voté.
        ->   Le maire a présenté son budget.\\n\\nLes élus ont voté.

    How: the whole line must match labels of the table (any of the five
    languages, ignoring case and a trailing ``…``, ``»`` or arrow).  Phrases
    such as ``Lire la suite`` are removed safely.  A single common word that
    can be a heading (``Partager``, ``Share``, ``Teilen``) is removed only when
    the text after it does not take up the same word (``Partager`` above a
    paragraph about sharing is a heading and stays).

    Stays off: a line where the label words are part of a sentence (``Lire la
    suite de l’histoire, c’est ...``), a document that is nothing but labels.
    """

    code = "TF951"
    name = "interface-label-line"
    family = "interface"
    summary = "Line made only of page-interface labels removed"
    stage = STAGE_LINES

    def precheck(self, text: str) -> bool:
        return "\n" in text and interface.has_label_line(text)

    def propose(self, doc):
        lines = doc.line_structure.lines
        content = [i for i, l in enumerate(lines) if l.kind not in ("blank", "label")]
        if not content:
            return
        decisions: dict[int, bool | None] = {}  # index -> safe, or None: keep
        for i, l in enumerate(lines):
            if l.kind == "label":
                decisions[i] = self._decide(lines, i, doc.line_structure.lang)
        if not any(v is not None for v in decisions.values()):
            return
        # Each gap between two content lines is rewritten at once.
        bounds = [-1] + content + [len(lines)]
        for a, b in zip(bounds, bounds[1:]):
            gap = range(a + 1, b)
            labels = [i for i in gap if i in decisions]
            if not labels:
                continue
            if any(decisions[i] is None for i in labels):
                for i in labels:
                    if decisions[i] is not None:
                        l = lines[i]
                        end = min(l.end + 1, len(doc.text))
                        k = i + 1
                        # Between blank lines: take the blank lines after it too.
                        while i > 0 and lines[i - 1].kind == "blank" and k < len(lines) - 1 \
                                and lines[k].kind == "blank":
                            end = lines[k].end + 1
                            k += 1
                        yield self.edit(doc, l.start, end, "", "interface label alone on a line",
                                        safe=decisions[i])
                continue
            safe = all(decisions[i] for i in labels)
            start = 0 if a < 0 else lines[a].end
            if b >= len(lines):  # trailing labels: keep what follows the last one
                end = lines[labels[-1]].end
                after = ""
            else:
                end = lines[b].start
                run = best = 0
                for i in gap:
                    run = run + 1 if lines[i].kind == "blank" else 0
                    best = max(best, run)
                after = "" if a < 0 else "\n" * (1 + best)
            if doc.text[start:end] != after:
                yield self.edit(doc, start, end, after, "interface label alone on a line", safe=safe)

    def _decide(self, lines, i: int, lang: str | None) -> bool | None:
        l = lines[i]
        strength = l.note.split()[0] if l.note else ""
        if strength == "strong":
            return True
        # A weak label (one common word): a heading when the text after it
        # takes up the same word.
        following = ""
        for nxt in lines[i + 1 : i + 4]:
            if nxt.kind not in ("blank", "label"):
                following += " " + nxt.text[:300]
        if _takes_up(l.text, following, lang):
            return None
        neighbours = [lines[k].kind for k in (i - 1, i + 1) if 0 <= k < len(lines)]
        return "label" in neighbours or all(k == "blank" for k in neighbours)


@register
class GluedLabel(Rule):
    """Removes a page-interface label glued to the end of a paragraph.

    Why: a teaser link (``Lire la suite``, ``Read more``) right after a
    paragraph often loses its line break in extraction and sticks to the last
    word: ``les chercheursLire la suite``.

    Example::

        Une découverte attendue par les chercheursLire la suite
        ->   Une découverte attendue par les chercheurs

    How: a label of the table at the very end of a text line, glued to a
    lower-case letter or to a sentence's final punctuation (safe), or after a
    sentence's final punctuation and a space (safe for phrases such as ``Read
    more``, unsafe for single common words such as ``Share``).  Glued single
    common words are unsafe too (``sendEmail`` in code).

    Stays off: a label followed by more text, a label after a word and a space
    (``ils veulent en savoir plus``), lines of code, tables and lists.
    """

    code = "TF952"
    name = "interface-label-glued"
    family = "interface"
    summary = "Page-interface label glued to the end of a paragraph removed"
    stage = STAGE_LINES

    def precheck(self, text: str) -> bool:
        return interface.has_glued_label(text)

    def propose(self, doc):
        strong = interface.strong_set()
        for l in doc.line_structure.lines:
            if l.kind in ("table", "blank", "label") or len(l.text) < 4:
                continue
            m = interface.glued_at_end(l.text)
            if m is None or not l.text[: m.start()].strip():
                continue
            label = interface.strip_decoration(m.group())
            is_strong = label in strong
            # A one-word label glued to a short line could be part of a name.
            if (" " not in label or not is_strong) and m.start() < 15:
                continue
            yield self.edit(doc, l.start + m.start(), l.start + m.end(), "",
                            "interface label glued to the end of a paragraph",
                            safe=is_strong, confidence=0.9 if is_strong else 0.5)

"""TF3xx: unbalanced quotation marks.

A closing guillemet or curly quote that a scraper (or an input method) wrote
as an opening one: ``« Orechnik« )``.  The repair is made only when the
paragraph's marks pair up cleanly once it is made; anything else is left as
it is.
"""

from __future__ import annotations

import re

from ..lang.punctuation import QUOTE_SPACES
from .base import Rule, register
from .spacing import STAGE_EARLY_SPACING

_OPEN_CONTEXT = "([{«“‘'’\"-—–/"
_CLOSING_NEXT = ")]},.…;:!?"
_HIGH_PUNCT = ";:!?"
# German and Danish reversed guillemets: »Text«.
_REVERSED_GUILLEMETS = re.compile(r"»[^\W\d_][^«»\n]{0,300}?[^\s«»]«")


def _balanced(kinds: list[str]) -> bool:
    """'o'/'c' marks alternate.  A first closing mark may end a quotation
    opened in an earlier paragraph, a last opening one may stay open (a
    quotation continued in the next paragraph)."""
    start = 1 if kinds and kinds[0] == "c" else 0
    for k in range(start, len(kinds)):
        if kinds[k] != ("o" if (k - start) % 2 == 0 else "c"):
            return False
    return True


def _line_fixes(text: str, s: int, e: int, opener: str, closer: str, reverse: bool):
    """(position, new kind) of the marks of text[s:e] to turn around."""
    marks = [i for i in range(s, e) if text[i] in (opener, closer)]
    if not marks:
        return []
    kinds = ["o" if text[i] == opener else "c" for i in marks]
    fixed = list(kinds)
    flips = []
    weak = False
    for k, i in enumerate(marks):
        prev = text[i - 1] if i > s else "\n"
        j = i + 1
        while j < e and text[j] in QUOTE_SPACES:
            j += 1
        nxt = text[j] if j < e else "\n"
        glued_before = not prev.isspace() and prev not in QUOTE_SPACES and prev not in _OPEN_CONTEXT
        closing_after = nxt == "\n" or nxt in _CLOSING_NEXT
        if kinds[k] == "o" and (k == 0 or fixed[k - 1] == "c") and glued_before and closing_after:
            # ``mot« ,``: an opening mark never stands there; it closes a
            # quotation opened before this paragraph or sentence.
            fixed[k] = "c"
            flips.append((k, i))
        elif kinds[k] == "o" and k > 0 and fixed[k - 1] == "o" and (glued_before or closing_after):
            if nxt.isalnum():
                if not glued_before:
                    continue
                weak = True  # «oui« et: only if the paragraph then closes all
            fixed[k] = "c"
            flips.append((k, i))
        elif (reverse and kinds[k] == "c" and (k == 0 or fixed[k - 1] == "c")
              and k + 1 < len(marks) and kinds[k + 1] == "c"
              and i > s and text[s:i].strip() and (prev.isspace() or prev in "(")
              and nxt.isalpha()):
            fixed[k] = "o"
            flips.append((k, i))
    if not flips or not _balanced(fixed) or (weak and fixed[-1] == "o"):
        return []
    return [(i, fixed[k], marks, fixed) for k, i in flips]


class _QuoteRule(Rule):
    family = "quotes"
    stage = STAGE_EARLY_SPACING  # before the joins, like spacing
    opener = closer = ""
    reverse = False
    what = ""

    def precheck(self, text: str) -> bool:
        return text.count(self.opener) != text.count(self.closer)

    def skip_document(self, doc) -> bool:
        return False

    def propose(self, doc):
        if self.skip_document(doc):
            return
        text = doc.text
        for s, e in doc.lines:
            if self.opener not in text[s:e] and self.closer not in text[s:e]:
                continue
            for i, kind, marks, fixed in _line_fixes(text, s, e, self.opener, self.closer,
                                                    self.reverse):
                yield from self._edit(doc, i, kind, marks, fixed, e)

    def _edit(self, doc, i, kind, marks, fixed, line_end):
        text = doc.text
        k = marks.index(i)
        if kind == "c":
            if k and fixed[k - 1] == "o":
                o = marks[k - 1]
                inner = text[o + 1] if text[o + 1] in QUOTE_SPACES else ""
            else:  # no opening mark here: the space the scraper moved after it
                inner = text[i + 1] if i + 1 < line_end and text[i + 1] in QUOTE_SPACES else ""
            a = i
            while a > 0 and text[a - 1] in QUOTE_SPACES:
                a -= 1
            b = i + 1
            while b < line_end and text[b] in QUOTE_SPACES:
                b += 1
            nxt = text[b] if b < line_end else "\n"
            ws_after = text[i + 1:b]
            if nxt == "\n" or nxt in ")]},.…":
                tail = ""
            else:  # a word, or French spacing before ; : ! ?
                tail = ws_after[-1:]
            new = inner + self.closer + tail
            yield self.edit(doc, a, b, new, f"{self.what} written as an opening one",
                            confidence=0.9)
        else:
            c = marks[k + 1]
            inner = text[c - 1] if text[c - 1] in QUOTE_SPACES else ""
            b = i + 1
            while b < line_end and text[b] in QUOTE_SPACES:
                b += 1
            yield self.edit(doc, i, b, self.opener + inner,
                            f"opening {self.what[8:]} written as a closing one", confidence=0.85)


@register
class UnbalancedGuillemets(_QuoteRule):
    """Repairs a guillemet written the wrong way round: ``« … «`` -> ``« … »``.

    Why: a closing ``»`` typed or converted as ``«`` (or an opening one as
    ``»``) leaves the quotation open for the rest of the text; readers and
    quote-aware tools lose track of what is quoted.

    Example::

        (appelé « Orechnik« )   ->   (appelé « Orechnik »)

    The new closing mark copies the spacing of its own opening mark (no-break
    space, narrow no-break space, plain space or none, as in Swiss
    ``«Text»``), so a document mixing conventions keeps each quote's own.
    A mark is turned only when it stands in the other mark's position (glued
    to the word before it and followed by punctuation or the line end) and
    the paragraph's guillemets then pair up.

    Stays off: paragraphs where pairing is ambiguous (nested quotes, two
    open marks with text after them); a quotation left open at a paragraph
    end (continued quotations reopen each paragraph); German and Danish
    ``»Text«``; documents in German.
    """

    code = "TF301"
    name = "unbalanced-guillemets"
    summary = "Guillemet written the wrong way round (« Orechnik« -> « Orechnik »)"
    opener, closer = "«", "»"
    reverse = True
    what = "closing guillemet"

    def skip_document(self, doc) -> bool:
        return doc.lang == "de" or _REVERSED_GUILLEMETS.search(doc.text) is not None


@register
class UnbalancedCurlyQuotes(_QuoteRule):
    """Repairs a closing curly quote written as an opening one: ``“…“`` -> ``“…”``.

    Why: converters that guess quote direction from context get the closing
    quote wrong after a word at a tag edge; the quotation then never closes.

    Example::

        He called it “the plan“, then left.   ->   He called it “the plan”, then left.

    Stays off: lines with German low quotes ``„…“`` (there ``“`` is the
    closing mark); Swedish and Finnish ``”…”`` (never turned into ``“``);
    paragraphs where pairing is ambiguous; documents in German.
    """

    code = "TF302"
    name = "unbalanced-curly-quotes"
    summary = "Closing curly quote written as an opening one (“plan“ -> “plan”)"
    opener, closer = "“", "”"
    what = "closing quote"

    def precheck(self, text: str) -> bool:
        return text.count("“") > text.count("”") and "„" not in text

    def skip_document(self, doc) -> bool:
        return doc.lang in ("de", "sv", "fi", "pl", "hu", "cs", "sk", "ro", "nl", "da")

"""TF4xx: spacing repairs.

A space lost after sentence punctuation (``fin.Début``), runs of spaces inside
a line, spaces at line ends, a space before a comma or full stop.  Every rule
looks at the whole non-space token around a candidate first: URLs, e-mail
addresses, domain and file names, numbers, abbreviations, initials, code and
version strings are tokens of their own and are never split.

The spacing rules run early, right after the whole-line removals
(``STAGE_EARLY_SPACING``): the line-join rules measure line lengths and ends
and must see the repaired lines, or a second pass would decide differently.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang.data import FUNCTION_WORDS
from ..lang.freq import zipf
from ..lang.punctuation import TITLE_ABBREVIATIONS, TLDS_AND_EXTENSIONS
from .base import STAGE_JOIN, STAGE_LINES, Rule, register

# Spacing and quote repairs change line lengths; the line-join rules measure
# line lengths and ends, so these run before them (after whole-line
# removals), or a second pass over the output could decide differently.
STAGE_EARLY_SPACING = (STAGE_LINES + STAGE_JOIN) // 2

_L = r"[^\W\d_]"
# word . Word  (also ! ? … and runs like ?! or ...; French may put a space
# or no-break space before ! and ?).
_SENTENCE_RE = re.compile(
    rf"(?P<left>(?<![^\W_]){_L}+|(?<![\w.,])\d{{4}}|[)\]»”\"])(?P<punct>\.\.\.|…|\.|[ \u00a0\u202f]?[!?]{{1,3}})"
    rf"(?=(?P<right>[^\W\d_a-zß-ÿ]{_L}*))"
)
# Cheap first pass: punctuation directly followed by a capital letter.
_CANDIDATE_RE = re.compile(r"[.!?…](?=[^\W\d_a-zß-ÿ])")
_LEFT_CLOSERS = ")]»”\""
_LETTER = re.compile(_L)


def _sentence_matches(text: str):
    """_SENTENCE_RE matches, found from the rare candidates only (fast)."""
    last = -1
    for c in _CANDIDATE_RE.finditer(text):
        p = c.start()
        if text[p] in "!?":
            while p > 0 and text[p - 1] in "!?":
                p -= 1
            if p > 0 and text[p - 1] in " \u00a0\u202f":
                p -= 1
        elif text[p] == "." and text[p - 2:p] == "..":
            p -= 2
        i = p
        while i > 0 and _LETTER.match(text, i - 1):
            i -= 1
        if i == p and p > 0:
            i = p - 1 if text[p - 1] in _LEFT_CLOSERS else max(0, p - 4)
        if i <= last:
            continue
        m = _SENTENCE_RE.match(text, i)
        if m is not None and m.end("punct") == c.end():
            last = i
            yield m


_COMMA_RE = re.compile(rf",(?<={_L}{_L},)(?={_L}{_L})")  # literal first: fast scan
_RUN_RE = re.compile(r"(?<=[^\s]) {2,}(?=[^\s])")
_TRAILING_RE = re.compile(r"[ \t]+(?=\r?\n|\Z)")
_SPACE_BEFORE_RE = re.compile(rf"(?<={_L}) +(?=,[ \n]|\.(?! \.)(?:[ \n]|\Z))")
# A token is a suspect of being a URL, address, path, code or number.
_TECH_CHARS = re.compile(r"[@/\\_=<>{}|#~^*&%$]|://|www\.")
# Signs that a document discusses code (where Name.Member is an identifier).
_CODE_SIGNS = re.compile(r"[A-Za-z_]\w*\.[A-Za-z_]\w*\(|[{}]|==|=>|->|;[ \t]*\n|</?[a-z]+>|\bdef |\bfunction\b")
_CAMEL = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")


def _token(text: str, start: int, end: int) -> tuple[str, int]:
    """The whitespace-delimited token holding text[start:end], and its start."""
    s = start
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    e = end
    n = len(text)
    while e < n and not text[e].isspace():
        e += 1
    return text[s:e], s


@lru_cache(maxsize=64)
def _selected(config, code: str) -> bool:
    """Does ``config`` run rule ``code``?"""
    from ..pipeline import select_rules

    return any(r.code == code for r in select_rules(config))


@lru_cache(maxsize=1)
def _all_function_words() -> frozenset[str]:
    return frozenset().union(*FUNCTION_WORDS.values())


def _is_function_word(word: str, lang: str | None) -> bool:
    """A closed-class word of the language (of any known one if unknown)."""
    low = word.lower()
    words = FUNCTION_WORDS.get(lang) if lang else None
    if words is None:  # unknown language: no word that could be a domain part
        return low in _all_function_words() and low not in TLDS_AND_EXTENSIONS
    return low in words


@register
class MissingSpaceAfterSentence(Rule):
    """Restores the space lost after sentence punctuation.

    Why: when a scraper joins two text nodes (a paragraph end and the next
    sentence, a link and its sentence) the space between them is often lost:
    ``fin.Début`` reads as one token to every tokenizer.

    Example::

        La séance est levée.Le maire a parlé.   ->   La séance est levée. Le maire a parlé.

    The left side is a word (not an acronym, not one letter: ``U.S``, ``e.g.``
    and initials never match), the right side a capitalized word (not
    camelCase).  After a capitalized word, a 4-digit year or a closing
    bracket or quote, the right word must be a function word of the language
    (``Paris.Le``); after a capitalized word a common word will do
    (``Lorraine.Toutefois``) unless the document shows code, otherwise the
    edit is unsafe (``String.Format`` may be code, ``St.John`` an
    abbreviation).

    Stays off: URLs, e-mail addresses, paths, domain and file names
    (``Newsfeed.Com``, ``report.Pdf``), any token with digits or code
    characters, dotted chains (``a.b.C``), numbers, citations (``out.[2]``).
    """

    code = "TF401"
    name = "missing-space-after-sentence"
    family = "spacing"
    summary = "Missing space after sentence punctuation (fin.Début -> fin. Début)"
    stage = STAGE_EARLY_SPACING

    def precheck(self, text: str) -> bool:
        return _CANDIDATE_RE.search(text) is not None

    def propose(self, doc):
        text = doc.text
        lang = doc.lang
        code_doc = None
        inserted = -1
        for m in _sentence_matches(text):
            left, punct, right = m.group("left", "punct", "right")
            function = _is_function_word(right, lang)
            if len(right) < 2 or (right.lower() in TLDS_AND_EXTENSIONS and not function
                                  and not (left.islower() and right.istitle())):
                continue  # Newsfeed.Com, Report.Pdf (but région.Au, fin.De)
            right_caps = right.isupper()
            if not right_caps and (_CAMEL.search(right) or right[1:].lower() != right[1:]):
                continue
            s = m.start()
            before = text[s - 1] if s else " "
            if (before not in " \t\n\u00a0(«“\"'‘—–-" and not (left[0] in ")]»”\"" and s)
                    and s != inserted):  # water!Ridiculous!Don't: both
                continue  # part of a longer token (a.b.Cd, 3.Le)
            tok, tok_start = _token(text, m.start("punct"), m.end("punct"))
            if s == inserted:  # the token starts where the last space went in
                tok, tok_start = tok[s - tok_start:], s
            if _TECH_CHARS.search(tok) or any(c.isdigit() for c in text[tok_start:s]):
                continue  # URL, address, path, code, version
            if tok.rstrip(".!?…»”\"')]").count(".") > punct.count("."):
                continue  # a dotted chain: module path, abbreviation, domain
            after = text[m.end("right"):m.end("right") + 2]
            if after[:1] in "(_[" and after or after[:1] == "." and after[1:].isalnum():
                continue  # String.Format(...), a.b.c
            safe = True
            if left.isdigit() or left[0] in ")]»”\"":
                # 2023.Le, (ZEP).Le: only before a word that starts sentences.
                if not function:
                    continue
            elif left.isupper():
                # An acronym ending a sentence: EDF.Le; one letter is an initial.
                if len(left) < 2 or not function:
                    continue
            elif left[0].isupper():
                if _CAMEL.search(left):
                    continue  # iPhone.Next, McKusick
                # A name ending a sentence (Paris.Le) or code (String.Format):
                # a common word of the language after it decides.
                if len(left) <= 3 or left.lower() in TITLE_ABBREVIATIONS:
                    safe = function  # St.John, Dr.Who, Prof.Martin: abbreviations
                else:
                    if code_doc is None:
                        code_doc = _CODE_SIGNS.search(text) is not None
                    if not function and (code_doc or not (
                            lang and zipf(right.lower(), lang) >= 3.5)):
                        safe = False
            elif len(left) < 2 or _CAMEL.search(left):
                continue
            if right_caps and (left[0].isupper() or len(left) < 3):
                continue
            at = m.end("punct")
            inserted = at
            yield self.edit(doc, at, at, " ", "space after sentence punctuation", safe=safe,
                            confidence=0.95 if safe else 0.6)


@register
class MissingSpaceAfterComma(Rule):
    """Restores the space lost after a comma between two words (unsafe).

    Why: ``nom,parce`` is two words glued by a comma; scrapers lose that
    space at the edge of an inline element.

    Example::

        le nom,parce que   ->   le nom, parce que

    Unsafe: writers also type commas without spaces on purpose (lists in
    forums, data), so the edit is offered, not applied by default.  Both
    sides must be words of the language (frequency list or the document
    itself).

    Stays off: URLs, paths, code, numbers (``1,5``), tokens with two or more
    such commas (``a,b,c`` data), words the language does not know.
    """

    code = "TF402"
    name = "missing-space-after-comma"
    family = "spacing"
    summary = "Missing space after a comma between words (nom,parce -> nom, parce)"
    stage = STAGE_EARLY_SPACING

    def precheck(self, text: str) -> bool:
        return _COMMA_RE.search(text) is not None

    def propose(self, doc):
        text = doc.text
        lang = doc.lang
        vocab = doc.lower_vocab
        for m in _COMMA_RE.finditer(text):
            tok = _token(text, m.start(), m.end())[0]
            core = tok.strip(".,;:!?…»”\"()[]«“'")
            if core.count(",") != 1 or _TECH_CHARS.search(core) or _CAMEL.search(core):
                continue
            a, b = core.split(",")
            if not (a.isalpha() and b.isalpha()):
                continue

            def known(w: str) -> bool:
                return zipf(w.lower(), lang) >= 3.0 if lang else vocab[w.lower()] > 1

            if known(a) and known(b):
                yield self.edit(doc, m.end(), m.end(), " ", "space after comma", safe=False,
                                confidence=0.7)


@register
class SpaceRuns(Rule):
    """Collapses runs of spaces inside a line to one space.

    Why: a scraper that replaces each tag or line break by a space leaves two
    or more spaces between words.

    Example::

        le  conseil    municipal   ->   le conseil municipal

    Stays off: leading indentation; tables (a run ending at the same column
    as one on the line above or below, or neighbouring lines with two runs
    or more); two spaces after a sentence when
    the document does that consistently (a typing style, not damage);
    no-break and other Unicode spaces.
    """

    code = "TF403"
    name = "space-runs"
    family = "spacing"
    summary = "Runs of spaces inside a line collapsed"
    stage = STAGE_EARLY_SPACING

    def precheck(self, text: str) -> bool:
        return "  " in text and _RUN_RE.search(text) is not None

    def propose(self, doc):
        text = doc.text
        runs = list(_RUN_RE.finditer(text))
        if not runs:
            return
        removes_before = self.config.unsafe_fixes and _selected(self.config, "TF405")
        # Two spaces after a sentence as a style of the whole document.
        after_stop = [r for r in runs if text[r.start() - 1] in ".!?:" and text[r.end()].isupper()]
        singles = len(re.findall(r"[.!?] [A-Z]", text))
        two_space_style = len(after_stop) >= 2 and len(after_stop) >= singles
        # Tables: a run ending at the same column as a run on the line above
        # or below, or two lines in a row with two runs or more.  Both are
        # relations between neighbours: collapsing a line that has no such
        # neighbour never changes the other lines' decision (stable).
        cols: dict[int, set[int]] = {}
        where = []
        nl = 0
        pos = 0
        for r in runs:
            nl += text.count("\n", pos, r.start())
            pos = r.start()
            col = r.end() - (text.rfind("\n", 0, r.start()) + 1)
            cols.setdefault(nl, set()).add(col)
            where.append((nl, col))
        counts = {ln: sum(1 for w in where if w[0] == ln) for ln in cols}
        for r, (ln, col) in zip(runs, where):
            if col in cols.get(ln - 1, ()) or col in cols.get(ln + 1, ()):
                continue  # aligned columns
            if counts[ln] >= 2 and max(counts.get(ln - 1, 0), counts.get(ln + 1, 0)) >= 2:
                continue  # a table: rows of several cells (numbers aligned right)
            if two_space_style and r in after_stop:
                continue
            if removes_before and _SPACE_BEFORE_RE.match(text, r.start()):
                continue  # TF405 removes the whole run (same stage, one pass)
            yield self.edit(doc, r.start(), r.end(), " ", "run of spaces collapsed")


@register
class TrailingSpaces(Rule):
    """Removes spaces and tabs at the end of lines.

    Why: invisible, but they make identical lines compare different and
    come from the markup a scraper dropped, not from the text.

    Example::

        fin de ligne   \\nsuite   ->   fin de ligne\\nsuite

    Stays off: leading indentation, spaces inside lines, no-break spaces.
    """

    code = "TF404"
    name = "trailing-spaces"
    family = "spacing"
    summary = "Spaces and tabs at line ends removed"
    stage = STAGE_EARLY_SPACING

    def precheck(self, text: str) -> bool:
        return " \n" in text or "\t\n" in text or text.endswith((" ", "\t")) or " \r\n" in text

    def propose(self, doc):
        for m in _TRAILING_RE.finditer(doc.text):
            yield self.edit(doc, m.start(), m.end(), "", "trailing spaces removed")


@register
class SpaceBeforeComma(Rule):
    """Removes a space before a comma or full stop (unsafe).

    Why: ``six weeks , according`` -- no language puts a space before a comma
    or full stop; it comes from text rebuilt from tokens.

    Example::

        lasts six weeks , according to   ->   lasts six weeks, according to

    Unsafe: informal writers type it on purpose too, so the edit is offered
    only with unsafe fixes.

    Stays off: ellipses (``wait ...``, `` . . .``), a period starting a
    domain or extension (``the .com bubble``), numbers, French ``; : ! ?``
    (their space is correct French).
    """

    code = "TF405"
    name = "space-before-comma"
    family = "spacing"
    summary = "Space before a comma or full stop removed (weeks , according -> weeks, according)"
    stage = STAGE_EARLY_SPACING

    def precheck(self, text: str) -> bool:
        return " ," in text or " ." in text

    def propose(self, doc):
        for m in _SPACE_BEFORE_RE.finditer(doc.text):
            yield self.edit(doc, m.start(), m.end(), "", "space before punctuation removed",
                            safe=False, confidence=0.6)

"""The line classifier: what each line of a document is, and which breaks are soft.

Pure functions over a text (and its language); the rules of the line families
read the result through the cached view ``Document.line_structure``, and
``textfix lines FILE`` prints it, so that every join can be understood.

Each line gets one kind:

- ``blank``; ``label`` (page-interface residue, see :mod:`textfix.lang.interface`);
  ``marker`` (a separator or a short code such as ``***`` or ``fr-03``);
- ``list`` (bullets, numbering, recipe quantities), ``dialogue`` (dashes,
  ``SPEAKER:`` turns, timestamps), ``table`` (tabs, pipes, aligned columns,
  code), ``address`` (a block of short lines with a postal code, phone number,
  e-mail or closing formula);
- ``heading`` (a short line without final punctuation above text);
- ``verse`` (a block of short lines, or lines that each start with a capital
  or end with punctuation, as in poems and songs);
- ``paragraph`` (a line of running text).

A break between two paragraph lines is *soft* (a join) when the evidence says
the line was cut by a width limit, not by the author:

- ``wrap``: the line is "full": the next line's first word would not have
  fitted on it within the paragraph's width (a high percentile of its lines,
  between 30 and 120 characters), and the paragraph is not verse;
- ``link``: a short line (a word or a short phrase that was a link) between
  text lines, where the sentence visibly continues across both breaks (no
  final punctuation before, a lower-case letter, a comma or a function word at
  the seam).

Each join is safe or unsafe; the rules turn safe joins into default edits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .lang.data import FUNCTION_WORDS
from .lang import interface

MIN_WIDTH = 30  # narrower "paragraphs" are verse or lists
SAFE_WIDTH = 45  # wraps narrower than this are only unsafe joins
MAX_WIDTH = 120  # nobody hard-wraps prose wider than this
LINK_MAX_CHARS = 50
LINK_MAX_WORDS = 5
LONG_LINE = 50
VERSE_WIDTH = 60  # rhymes are looked for in lines up to this long
PROSE_LINE = 100  # verse lines are shorter: a document with such lines is prose

_BULLET_RE = re.compile(r"\s*(?:[-*•·▪◦‣+>]|\d{1,3}[.)]|\(\d{1,3}\)|[a-zA-Z][.)]\s|[ivxIVX]{1,4}[.)])\s")
_QUANTITY_RE = re.compile(r"\s*\d+(?:[.,/]\d+)?\s?(?:[a-zA-Zµ]{1,4}\b|%|½|¼)?\s")
_DIALOGUE_RE = re.compile(
    r"\s*(?:[—–]|«\s|“|\[?\d{1,2}:\d{2}"
    # SPEAKER: / Marie : / Q: / Dr. Smith: (one to three capitalised words)
    r"|[A-ZÀ-ÖØ-Þ][\w.'’-]*(?: [A-ZÀ-ÖØ-Þ][\w.'’-]*){0,2}\s?:\s"
    r"|\[[A-Za-zÀ-ÿ ]{2,20}\]\s*$)"  # [laughs]
)
_MARKER_RE = re.compile(r"\s*(?:[\W_]{2,}|(?=[^\s]*\d)[^\s]{1,12}|\[\d+\])\s*")
_CODE_START_RE = re.compile(
    r"\s*(?:def |class |import |from \S+ import|return\b|#include|//|/\*|\*/|<[a-zA-Z/!]|\$ |>>> |"
    r"if\s*\(|for\s*\(|while\s*\(|function\b|var |let |const |SELECT |@\w+\()"
)
_CODE_ANY_RE = re.compile(r"=>|==|!=|::|\w\(\)|\w+\[\w*\]\s*=|\w=\w")
_NON_LETTER_RE = re.compile(r"[\d_]|[^\w\s]")
_COLUMNS_RE = re.compile(r"\S(?: {3,}|\t)\S")
_ADDRESS_RE = re.compile(
    r"\b\d{4,5}\s+[A-ZÀ-Ý]|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b|\+?\d[\d .()-]{7,}\d|\S+@\S+\.\w+|"
    r"(?:https?://|www\.)\S+|\b(?:Tél|Tel|Fax|Phone|Mobile|Tlf|Telefon|Teléfono|Telefono)\b\.?\s?:?"
)
# A closing formula, alone or followed by a name.
_CLOSING_RE = re.compile(
    r"\s*(?:Cordialement|Bien à vous|Bien cordialement|Sincères salutations|Best regards|Kind regards|"
    r"Regards|Sincerely|Yours sincerely|Yours faithfully|Cheers|Best|Mit freundlichen Grüßen|Viele Grüße|"
    r"Liebe Grüße|Beste Grüße|Saludos|Un saludo|Atentamente|Saludos cordiales|Cordiali saluti|Distinti saluti|"
    r"Un caro saluto|Saluti)\b[,.!]?(?:\s+\S+){0,3}\s*",
    re.IGNORECASE,
)
_TERMINAL_RE = re.compile(r"[.!?…:;][»”\"'’)\]]*$")
_WORD_END_RE = re.compile(r"([^\W\d_]+)[,]?$")
_HYPHEN_END_RE = re.compile(r"[^\W\d_]-$")

TEXT_KINDS = frozenset({"paragraph", "heading", "verse"})


@dataclass(slots=True)
class Line:
    start: int
    end: int
    text: str
    kind: str = "paragraph"
    note: str = ""


@dataclass(frozen=True, slots=True)
class Join:
    """A soft break after line ``index`` (to be joined with the next line)."""

    index: int
    kind: str  # "wrap" or "link"
    safe: bool
    reason: str


@dataclass
class LineStructure:
    lines: list[Line]
    joins: dict[int, Join] = field(default_factory=dict)
    lang: str | None = None
    width: int = 0
    #: The document has lines of unwrapped prose (longer than any hard wrap).
    prose: bool = False
    #: Paragraphs are separated by blank lines (so a single line break is not one).
    blank_separated: bool = False
    #: Wrapped paragraphs found: (first line, number of lines, width).
    chains: list[tuple[int, int, int]] = field(default_factory=list)

    def kinds(self) -> list[str]:
        return [l.kind for l in self.lines]


# -- shapes of single lines ----------------------------------------------------
def label_strength(text: str) -> str:
    """"strong", "weak" or "" for a line made only of interface labels."""
    labels = interface.split_labels(text.strip())
    if not labels:
        return ""
    strong, weak, buttons = interface.strong_set(), interface.weak_set(), interface.button_set()
    if any(l in strong for l in labels):
        return "strong"
    if len(labels) >= 2 and any(l not in buttons for l in labels):
        return "strong"  # a share bar: "Partager | Facebook | Twitter"
    if len(labels) >= 3:
        return "strong"  # "Facebook Twitter LinkedIn"
    if any(l in weak for l in labels):
        return "weak"
    return ""


def _plain_prose(text: str, s: str) -> bool:
    """A fast test for the common case: a line of running text, no structure."""
    return (s[:1].isalpha() and s[-1:] not in "{});" and text[:1] != " " and "\t" not in s
            and "|" not in s and "   " not in s and "=" not in s and "::" not in s
            and "()" not in s and ":" not in s[:40] and "(" not in s[:8]
            and s[1:2] not in ".)" and not s.startswith(_CODE_WORDS))


_CODE_WORDS = ("def ", "class ", "import ", "from ", "return", "function", "var ", "let ",
               "const ", "SELECT ")


def shape(text: str) -> tuple[str, str]:
    """(kind, note) from the line alone; ``paragraph`` when nothing else fits."""
    s = text.strip()
    if not s:
        return "blank", ""
    if len(s) > 60 and _plain_prose(text, s):
        return "paragraph", ""
    strength = label_strength(s) if len(s) <= 60 else ""
    if strength:
        return "label", strength + " interface label"
    if _MARKER_RE.fullmatch(text):
        return "marker", "separator or short code"
    if "\t" in text or s.count("|") >= 2 or ("   " in s and _COLUMNS_RE.search(s)):
        return "table", "columns"
    if (s.endswith(("{", "}", ");", "];", "};")) or _CODE_START_RE.match(text)
            or (("=" in s or "::" in s or "()" in s) and _CODE_ANY_RE.search(s))
            or (text.startswith("    ") and not s[:1].isalpha())):
        return "table", "code"
    if text.startswith("    "):
        return "table", "indented"
    if _BULLET_RE.match(text):
        return "list", "bullet or number"
    if _DIALOGUE_RE.match(text):
        return "dialogue", "dialogue turn"
    if "," in s and " " not in s and s.count(",") >= 2:
        return "table", "comma-separated values"
    if 8 <= len(s) <= 200 and not (s[:1].isalpha() and s[-1:].isalpha()):
        compact = len(s) - s.count(" ")
        if len(_NON_LETTER_RE.findall(s)) > 0.5 * compact:
            return "table", "mostly symbols or digits"
    return "paragraph", ""


# -- seams between lines -------------------------------------------------------
def _first_word(text: str) -> str:
    parts = text.split(None, 1)
    return parts[0] if parts else ""


def seam(prev: str, nxt: str, lang: str | None) -> str:
    """How clearly a sentence runs on from ``prev`` into ``nxt``.

    ``strong``: no final punctuation before, and a lower-case letter, a comma,
    a closing sign, or a function word at the seam; ``weak``: no final
    punctuation; ``none``: ``prev`` ends a sentence.
    """
    p, n = prev.rstrip(), nxt.lstrip()
    if not p or not n:
        return "none"
    if _TERMINAL_RE.search(p[-12:]):
        return "none"
    c = n[0]
    if c.islower() or c in ",;:)]%":
        return "strong"
    if p.endswith(",") and not _HYPHEN_END_RE.search(p[-3:]):
        return "strong"
    m = _WORD_END_RE.search(p[-40:])
    if m and not p.endswith(",") and lang in FUNCTION_WORDS and m.group(1).lower() in FUNCTION_WORDS[lang]:
        return "strong"
    return "weak"


def _last_word(text: str) -> str:
    words = text[-30:].rsplit(None, 1)
    return words[-1].lower() if words and words[-1].isalpha() else ""


def _ends_with_punctuation(text: str) -> bool:
    last = text.rstrip()[-2:].rstrip("'’»”\"")[-1:]
    return bool(last) and last in ",;:.!?…"


def _rhyme_key(text: str) -> str:
    words = text[-40:].rstrip(" \t.,;:!?…»”\"'’)]-").rsplit(None, 1)
    if not words or not words[-1].isalpha():
        return ""
    w = unicodedata.normalize("NFD", words[-1][-5:].lower())
    w = "".join(c for c in w if not unicodedata.combining(c)).rstrip("sx")
    return w[-2:] if len(w) >= 3 else ""


def _rhymes(run: list[Line]) -> int:
    """How many lines end like a line one or two lines away (AABB, ABAB)."""
    keys = [_rhyme_key(l.text) for l in run]
    hit = set()
    for i, k in enumerate(keys):
        for j in (i + 1, i + 2):
            if k and j < len(keys) and keys[j] == k:
                hit.update((i, j))
    return len(hit)


def _is_verse(run: list[Line], width: int, lang: str | None) -> bool:
    """Lines that each start with a capital, or each end with punctuation.

    German capitalises nouns, and wide lines (60+) are rarely verse: there a
    capital at each line start counts only with punctuation at line ends.
    """
    n = len(run)
    if n < 2:
        return False
    breaks = n - 1
    upper = sum(1 for l in run[1:] if l.text.lstrip()[:1].isupper())
    punct = sum(1 for l in run[:-1] if _ends_with_punctuation(l.text))
    if n >= 4 and width <= VERSE_WIDTH and _rhymes(run) >= 0.75 * n:
        return True
    limit = 0.9 if lang == "de" else 0.75
    # A line ending with an article or a preposition runs on: prose.
    words = FUNCTION_WORDS.get(lang or "", frozenset())
    runs_on = any(_last_word(l.text) in words for l in run[:-1])
    if breaks >= 2 and upper >= limit * breaks and not runs_on:
        if (lang != "de" and width < 60) or punct >= 0.5 * breaks:
            return True
    if breaks >= 2 and punct >= 0.7 * breaks and (width < 60 or upper >= 0.5 * breaks):
        return True
    return breaks == 1 and upper == 1 and punct == 1


# -- the classifier ------------------------------------------------------------
def classify(text: str, lang: str | None = None) -> LineStructure:
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        body = raw[:-1] if raw.endswith("\r") else raw
        kind, note = shape(body)
        lines.append(Line(pos, pos + len(body), body, kind, note))
        pos = end + 1
    struct = LineStructure(lines, lang=lang)
    if "\n" not in text:
        return struct
    struct.prose = any(l.end - l.start > PROSE_LINE and l.kind == "paragraph" for l in lines)
    # Blocks: maximal runs of non-blank lines.
    blocks = _blocks(lines)
    if not struct.prose:
        # Paragraphs on single lines between blank lines: a document of prose.
        single = sum(1 for a, b in blocks if b - a == 1 and lines[a].kind == "paragraph")
        struct.prose = single >= 2 and single >= len(blocks) - single
    struct.blank_separated = len(blocks) >= 2
    for i, j in blocks:
        _classify_block(struct, lines[i:j], i, lang)
    _confirm_two_line_wraps(struct, lang)
    return struct


def _blocks(lines: list[Line]) -> list[tuple[int, int]]:
    out = []
    i, n = 0, len(lines)
    while i < n:
        if lines[i].kind == "blank":
            i += 1
            continue
        j = i
        while j < n and lines[j].kind != "blank":
            j += 1
        out.append((i, j))
        i = j
    return out


def _confirm_two_line_wraps(struct: LineStructure, lang: str | None) -> None:
    """A two-line wrap is clear when the document wraps other paragraphs at that width.

    The document's width is that of a wrapped paragraph of three or more lines,
    or one that two paragraphs share (within two characters).
    """
    long_chains = [w for _, n, w in struct.chains if n >= 3]
    pairs = sorted(w for _, n, w in struct.chains if n == 2)
    agreeing = [b for a, b in zip(pairs, pairs[1:]) if b - a <= 2]
    widths = long_chains + agreeing
    if not widths:
        return
    width = max(widths)
    if width < SAFE_WIDTH:
        return
    for first, n, w in struct.chains:
        join = struct.joins.get(first)
        if n != 2 or join is None or join.safe or w > width + 2 or w < 0.75 * width:
            continue
        a, b = struct.lines[first], struct.lines[first + 1]
        if len(a.text.rstrip()) + 1 + len(_first_word(b.text)) > width:
            struct.joins[first] = Join(first, "wrap", True,
                                       join.reason + f"; the document wraps at {width}")


def _classify_block(struct: LineStructure, block: list[Line], first: int, lang: str | None) -> None:
    # An address or signature: short lines, one of them with a postal code,
    # a phone number, an e-mail, a URL or a closing formula.
    if len(block) >= 2 and all(len(l.text.strip()) <= 60 for l in block) and any(
        _ADDRESS_RE.search(l.text) or _CLOSING_RE.fullmatch(l.text) for l in block
    ):
        for l in block:
            if l.kind in ("paragraph", "marker", "table"):
                l.kind, l.note = "address", "address or signature block"
        return
    # Recipe or plain list: several short lines starting with a quantity.
    quantities = sum(1 for l in block if _QUANTITY_RE.match(l.text))
    if quantities >= 2 and all(len(l.text) <= 60 for l in block if _QUANTITY_RE.match(l.text)):
        for l in block:
            if l.kind == "paragraph" and _QUANTITY_RE.match(l.text):
                l.kind, l.note = "list", "quantity"
    # A quote or a "Word:" after a line that runs on is part of the sentence
    # (``He announced this in\nJanuary: As of ...``), not a new turn.
    for prev, l in zip(block, block[1:]):
        if (l.kind == "dialogue" and l.text.lstrip()[:1] not in "—–" and prev.kind == "paragraph"
                and seam(prev.text, "x", lang) != "none"):
            l.kind, l.note = "paragraph", ""
    # Runs of text lines inside the block.
    k = 0
    while k < len(block):
        if block[k].kind != "paragraph":
            k += 1
            continue
        m = k
        while m < len(block) and block[m].kind == "paragraph":
            m += 1
        _classify_run(struct, block[k:m], first + k, lang)
        k = m


def _classify_run(struct: LineStructure, run: list[Line], first: int, lang: str | None) -> None:
    n = len(run)
    if n == 1:
        t = run[0].text.strip()
        if len(t) < LONG_LINE and t[:1].isupper() and not _TERMINAL_RE.search(t[-12:]):
            run[0].kind, run[0].note = "heading", "short line without final punctuation"
        return
    if n >= 4 and max(len(l.text) for l in run) <= VERSE_WIDTH and _rhymes(run) >= 0.75 * n:
        for l in run:
            l.kind, l.note = "verse", "rhyming lines"
        return
    lens = [len(l.text.rstrip()) for l in run]
    # The width: the longest line (the last line of a wrapped paragraph may be
    # the longest when the paragraph has two or three lines).
    candidates = [x for x in lens if x <= MAX_WIDTH]
    width = max(candidates) if candidates else 0
    # A break is a wrap candidate when the line is full.
    full = [False] * (n - 1)
    if MIN_WIDTH <= width <= MAX_WIDTH:
        for i in range(n - 1):
            nxt = run[i + 1].text
            if lens[i] > width or lens[i + 1] > width or lens[i] < 0.6 * width:
                continue
            if run[i].text[:1].isspace() and i > 0:
                continue
            if lens[i] + 1 + len(_first_word(nxt)) > width:
                full[i] = True
    # Link fragments first: a short line that is not full, with text running
    # on around it.  (In a wrapped paragraph only the last line is short.)
    for idx in range(n):
        if idx < n - 1 and full[idx]:
            continue
        if idx == n - 1 and idx > 0 and full[idx - 1]:
            continue
        if _link_fragment(struct, run, idx, first, lang):
            if idx > 0:
                full[idx - 1] = False
            if idx < n - 1:
                full[idx] = False
    # Chains of full breaks are wrapped paragraphs.
    i = 0
    while i < n - 1:
        if not full[i]:
            i += 1
            continue
        j = i
        while j < n - 1 and full[j]:
            j += 1
        _mark_wrapped(struct, run[i : j + 1], first + i, width, lang)
        i = j
    if any(full):
        struct.width = max(struct.width, width)
    in_chain = set()
    for idx in range(n - 1):
        if full[idx]:
            in_chain.update((idx, idx + 1))
    joined = {k - first for k in struct.joins} | {k - first + 1 for k in struct.joins}
    loose = [idx for idx in range(n) if idx not in in_chain and idx not in joined]
    for idx in loose:
        _heading(run, idx)
    # Several short lines in a row: verse (or a bare list).
    short = [idx for idx in loose if lens[idx] < LONG_LINE and run[idx].kind == "paragraph"]
    for idx in short:
        if idx - 1 in short or idx + 1 in short:
            run[idx].kind, run[idx].note = "verse", "short lines in a row"


def _mark_wrapped(struct: LineStructure, chain: list[Line], first: int, width: int,
                  lang: str | None) -> None:
    if _is_verse(chain, width, lang):
        for l in chain:
            l.kind, l.note = "verse", "lines start with capitals or end with punctuation"
        return
    breaks = len(chain) - 1
    seams = [seam(chain[k].text, chain[k + 1].text, lang) for k in range(breaks)]
    strong = sum(s == "strong" for s in seams)
    for k, s in enumerate(seams):
        if width < SAFE_WIDTH:
            safe = False  # narrow lines: verse as often as print columns
        elif breaks >= 2:
            safe = breaks >= 3 or strong >= 0.4 * breaks or s == "strong"
        else:
            safe = s == "strong"
        why = f"hard wrap at {width} characters ({len(chain)} lines, seam {s})"
        struct.joins[first + k] = Join(first + k, "wrap", safe, why)
    struct.chains.append((first, len(chain), width))
    for l in chain:
        l.note = f"wrapped at {width}"


def _link_fragment(struct: LineStructure, run: list[Line], idx: int, first: int,
                   lang: str | None) -> bool:
    """Mark the breaks around a short phrase that was a link; True if it is one."""
    line = run[idx]
    t = line.text.strip()
    if len(t) > LINK_MAX_CHARS or len(t.split()) > LINK_MAX_WORDS:
        return False
    prev = run[idx - 1] if idx > 0 else None
    nxt = run[idx + 1] if idx + 1 < len(run) else None
    before = seam(prev.text, t, lang) if prev else None
    after = seam(t, nxt.text, lang) if nxt else None
    long_side = any(x is not None and len(x.text.strip()) >= LONG_LINE for x in (prev, nxt))
    if not long_side:
        return _short_sentence(struct, run, idx, first, before, after)
    both_long = prev is not None and nxt is not None and min(
        len(prev.text.strip()), len(nxt.text.strip())) >= LONG_LINE
    reason = "line break around a short phrase that was a link"
    if before is not None and after is not None:
        if before == "none":
            # The link starts a sentence: only a lower-case run-on after it,
            # between two long lines, tells.
            if not (after == "strong" and both_long and t[:1].isupper()):
                return False
            safe_before = safe_after = True
        elif after == "none":
            # The link ended a sentence: only the first seam is clear; the
            # second is no paragraph break where blank lines separate them.
            if before != "strong" or not _TERMINAL_RE.search(t[-12:]):
                return False
            safe_before = True
            safe_after = struct.blank_separated and len(nxt.text.strip()) >= LONG_LINE
        else:
            safe_before = safe_after = "strong" in (before, after)
    elif after is not None:  # first line of its run
        if after != "strong":
            return False
        safe_before, safe_after = False, True
    else:  # last line of its run: must end its sentence
        if before != "strong" or not _TERMINAL_RE.search(t[-12:]):
            return False
        safe_before, safe_after = True, False
    line.note = "link fragment"
    if prev is not None:
        struct.joins[first + idx - 1] = Join(first + idx - 1, "link", safe_before, reason)
    if nxt is not None:
        struct.joins[first + idx] = Join(first + idx, "link", safe_after, reason)
    return True


def _short_sentence(struct: LineStructure, run: list[Line], idx: int, first: int,
                    before: str | None, after: str | None) -> bool:
    """Two or three short lines that are one sentence cut around a short phrase.

    Without a long line beside it, the shape is also that of verse; the join
    is safe only in a document of unwrapped prose, for a run that is exactly
    one sentence (capital first, final punctuation only at its end) with clear
    seams and a middle phrase of at most three words.
    """
    n = len(run)
    if n not in (2, 3) or (n == 3 and idx != 1) or (n == 2 and idx != 0 and idx != 1):
        return False
    seams = [s for s in (before, after) if s is not None]
    if not seams or any(s != "strong" for s in seams):
        return False
    texts = [l.text.strip() for l in run]
    one_sentence = (_TERMINAL_RE.search(texts[-1][-12:]) is not None
                    and not any(_TERMINAL_RE.search(t[-12:]) for t in texts[:-1]))
    if not one_sentence:
        return False
    safe = struct.prose and len(texts[idx].split()) <= 3
    reason = "line breaks inside one short sentence (a link's text on its own line)"
    run[idx].note = "link fragment"
    if idx > 0:
        struct.joins[first + idx - 1] = Join(first + idx - 1, "link", safe, reason)
    if idx < n - 1:
        struct.joins[first + idx] = Join(first + idx, "link", safe, reason)
    return True


def _heading(run: list[Line], idx: int) -> None:
    """A short line without final punctuation, above a line that starts a sentence."""
    line = run[idx]
    t = line.text.strip()
    nxt = run[idx + 1] if idx + 1 < len(run) else None
    if (nxt is not None and line.kind == "paragraph" and len(t) < LONG_LINE
            and not _TERMINAL_RE.search(t[-12:]) and t[:1].isupper() and nxt.text.lstrip()[:1].isupper()):
        line.kind, line.note = "heading", "short line without final punctuation above text"


def describe(text: str, lang: str | None = None) -> str:
    """One row per line: number, kind, join after it (``wrap``/``link``, ``!`` if unsafe), text."""
    if lang is None:
        from .lang.detect import detect

        lang = detect(text)
    struct = classify(text, lang)
    rows = [f"# lang={lang or '?'} width={struct.width or '-'}"]
    for i, l in enumerate(struct.lines):
        if i == len(struct.lines) - 1 and not l.text and text.endswith("\n"):
            break
        j = struct.joins.get(i)
        mark = "" if j is None else (j.kind + ("" if j.safe else "!"))
        note = f"  ({l.note})" if l.note and l.kind != "blank" else ""
        rows.append(f"{i + 1:>5} {l.kind:<9} {mark:<5} | {l.text}{note}")
    return "\n".join(rows) + "\n"

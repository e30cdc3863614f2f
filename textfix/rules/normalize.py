"""TN1xx: opt-in normalizations (Unicode form, typography, spaces, invisibles,
line endings).

Nothing here is damage repair: these rules change text that is *correct* into
the form a purpose wants (a training corpus with one apostrophe and one kind of
space, French typographic spacing).  All are off by default; a profile
(``textfix.profiles``) or ``--select`` turns them on.  Every change is an edit,
so ``--explain``, ``--diff`` and ``check`` show it like any repair.

URLs, e-mail addresses and code spans (```` `...` ````) keep their characters:
a curly quote, a dash or a full-width letter in them is part of what they mean.
Only invisible characters are removed from URLs (a URL cannot contain them).

Two groups, by stage:

- *Clean-up forms* run right after the encoding repairs (stages 5-7, before
  any other repair): NFKC, ligatures, widths, invisible characters, line
  endings and Unicode spaces.  The repairs then see the words as they will be
  (``ﬁn`` is ``fin`` for the fused-word and accent rules, a removed zero-width
  space leaves two words a repair can see fused), and a second run finds
  nothing new: the result stays idempotent.
- *Typography* runs after every repair (stage 90+): quotes, apostrophes,
  guillemets, dashes, ellipsis, French spacing, blank lines.  Repairs keep the
  document's own typography; these rules then convert the repaired text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from ..lang import typography as ty
from .base import STAGE_NORMALIZE, Rule, register

STAGE_FORM = 5  # Unicode NFKC (after the encoding repairs, stages 0-4)
STAGE_COMPAT = 6  # ligatures, widths
STAGE_CLEAN = 7  # invisibles, line endings, spaces (language-neutral: stages < 10)
STAGE_CHARS = STAGE_NORMALIZE  # quotes, dashes, ellipsis, French apostrophe
STAGE_SPACES = STAGE_NORMALIZE + 1  # French spacing, blank lines

_LETTER = re.compile(r"[^\W\d_]")
_ALNUM = re.compile(r"[^\W_]")


def _protected(doc) -> list[tuple[int, int]]:
    """URL / e-mail / code spans of the document, computed once per stage."""
    spans = doc.__dict__.get("_tn_protected")
    if spans is None:
        spans = ty.protected_spans(doc.text)
        doc.__dict__["_tn_protected"] = spans
    return spans


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps one of the sorted ``spans``."""
    if not spans:
        return False
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    if i >= 0 and spans[i][1] > start:
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < end


class Normalization(Rule):
    """Base of the TN rules: off by default, skips protected spans."""

    family = "normalize"
    default = False
    stage = STAGE_CHARS
    #: regex of what the rule may change; subclasses map each match.
    pattern: re.Pattern
    reason = ""
    #: the replacement of every match, for rules with a single one
    after: str | None = None
    #: characters without which the rule has nothing to do (fast precheck)
    trigger: frozenset = frozenset()

    def precheck(self, text: str) -> bool:
        if self.trigger:
            return not self.trigger.isdisjoint(ty.special_chars(text))
        return not text.isascii() and self.pattern.search(text) is not None

    def replacement(self, text: str, m: re.Match) -> str | None:
        """What replaces the match ``m`` (None: leave it)."""
        return self.after

    def propose(self, doc):
        text = doc.text
        spans = _protected(doc)
        for m in self.pattern.finditer(text):
            if _inside(spans, m.start(), m.end()):
                continue
            after = self.replacement(text, m)
            if after is not None and after != m.group():
                yield self.edit(doc, m.start(), m.end(), after, self.reason)


@register
class UnicodeNFKC(Normalization):
    """Normalizes text to Unicode NFKC (compatibility composition).

    Why: NFKC folds every compatibility variant to its plain form (ligatures,
    full-width letters, superscripts, circled digits, ``™``, fractions), the
    form many search and tokenizer pipelines expect.

    Example::

        ﬁn ＡＢＣ x² ½   ->   fin ABC x2 1⁄2

    Careful: NFKC also changes meaning-bearing forms (``x²`` becomes ``x2``,
    ``110ᵉ`` becomes ``110e``); that is why it is opt-in and not in the ``ml``
    profile, which expands only ligatures and widths (TN102, TN103).

    Stays off: text already in NFKC; URLs, e-mail addresses and code spans.
    """

    code = "TN101"
    name = "unicode-nfkc"
    summary = "Unicode compatibility normalization (NFKC)"
    stage = STAGE_FORM
    pattern = re.compile(r"\S+|[^\S\n\r\t\f\v ]+")
    reason = "NFKC"

    def precheck(self, text: str) -> bool:
        return not unicodedata.is_normalized("NFKC", text)

    def replacement(self, text, m):
        tok = m.group()
        if unicodedata.is_normalized("NFKC", tok):
            return None
        return unicodedata.normalize("NFKC", tok)


@register
class Ligatures(Normalization):
    """Expands Latin typographic ligatures into their letters.

    Why: ``ﬁ``, ``ﬂ``, ``ﬀ``... are presentation forms (PDF extraction leaves
    them); ``ﬁn`` and ``fin`` are the same word but compare, search and
    tokenize differently.

    Example::

        la ﬁn du ﬂeuve   ->   la fin du fleuve

    Stays off: ``œ``, ``æ`` and ``ĳ``, which are letters of their languages;
    URLs, e-mail addresses and code spans.
    """

    code = "TN102"
    trigger = frozenset(ty.LIGATURES)
    name = "ligatures"
    summary = "Typographic ligatures expanded (ﬁ -> fi)"
    stage = STAGE_COMPAT
    pattern = ty.LIGATURES_RE
    reason = "ligature expanded"

    def replacement(self, text, m):
        return ty.LIGATURES[m.group()]


_FW_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


@register
class Widths(Normalization):
    """Folds full-width and half-width forms to their usual width.

    Why: full-width Latin letters and digits (``ＡＢＣ１２``) come from East
    Asian input methods and layouts; they are the same letters as ``ABC12``
    but no search or tokenizer treats them so.  Half-width katakana are the
    reverse case (``ｶﾀｶﾅ`` -> ``カタカナ``).

    Example::

        la ＡＢＣ de ２０２４   ->   la ABC de 2024

    Stays off: full-width punctuation next to Chinese, Japanese or Korean
    text (``，`` and ``。`` are that text's own punctuation); the ideographic
    space (see TN130); URLs, e-mail addresses and code spans.
    """

    code = "TN103"
    trigger = frozenset(ty.WIDTH_CHARS)
    name = "widths"
    summary = "Full-width / half-width forms folded (ＡＢＣ -> ABC)"
    stage = STAGE_COMPAT
    pattern = ty.WIDTH_RE
    reason = "width folded"

    def propose(self, doc):
        text = doc.text
        spans = _protected(doc)
        for m in self.pattern.finditer(text):
            s, e = m.span()
            if _inside(spans, s, e):
                continue
            cjk = bool(ty.CJK_RE.match(text[s - 1 : s]) or ty.CJK_RE.match(text[e : e + 1]))
            if cjk:
                # Letters and digits are folded one by one; punctuation stays.
                for c in _FW_ALNUM.finditer(text, s, e):
                    yield self.edit(doc, c.start(), c.end(), _fold(c.group()), self.reason)
            else:
                yield self.edit(doc, s, e, _fold(m.group()), self.reason)


def _fold(run: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFKC", run))


@register
class ApostrophesToAscii(Normalization):
    """Replaces typographic apostrophes with the ASCII apostrophe ``'``.

    Why: ``l’été`` and ``l'été`` are the same word; a corpus that mixes both
    doubles its vocabulary of elided and contracted forms.

    Example::

        l’OTAN, don’t, rock ’n’ roll   ->   l'OTAN, don't, rock 'n' roll

    What counts as an apostrophe: ``’`` (or a misused ``‘``) between a letter
    or digit and a letter, ``’`` before a year (``’90s``), and the modifier
    letter ``ʼ`` anywhere.  Other single quotes are TN111's.

    Stays off: URLs, e-mail addresses and code spans.
    """

    code = "TN110"
    name = "apostrophes-ascii"
    summary = "Typographic apostrophes to ASCII (’ -> ')"
    pattern = re.compile(
        r"(?<=[^\W_])[’‘‛](?=[^\W\d_])|ʼ|(?<![^\W_])’(?=\d\d)|(?<=\s)’(?=n’)|(?<=\s’n)’(?=\s)"
    )
    reason = "apostrophe to ASCII"
    after = "'"
    trigger = frozenset(ty.APOSTROPHE_LIKE)


@register
class SingleQuotesToAscii(Normalization):
    """Replaces typographic single quotes with ASCII ``'``.

    Why: ``‘…’``, ``‚…‘`` and ``‛`` are typography for the same quotation
    mark; ASCII-only pipelines want one character.

    Example::

        he said ‘no’   ->   he said 'no'

    Apostrophes inside words are TN110's (select both to convert all).

    Stays off: URLs, e-mail addresses and code spans.
    """

    code = "TN111"
    trigger = frozenset(ty.SINGLE_QUOTES)
    name = "single-quotes-ascii"
    summary = "Typographic single quotes to ASCII (‘ ’ ‚ -> ')"
    pattern = re.compile(f"[{ty.SINGLE_QUOTES}]")
    reason = "single quote to ASCII"

    def replacement(self, text, m):
        if ApostrophesToAscii.pattern.match(text, m.start()):
            return None  # an apostrophe: TN110 decides
        return "'"


@register
class DoubleQuotesToAscii(Normalization):
    """Replaces typographic double quotes with ASCII ``"``.

    Why: ``“…”``, ``„…“`` and ``‟`` are typography for the same quotation
    mark; ASCII-only pipelines (tokenizers, search indexes) want one.

    Example::

        “dit” et „gesagt“   ->   "dit" et "gesagt"

    Stays off: the double prime ``″`` (a unit: 12″); URLs, e-mail addresses
    and code spans.
    """

    code = "TN112"
    trigger = frozenset(ty.DOUBLE_QUOTES)
    name = "double-quotes-ascii"
    summary = "Typographic double quotes to ASCII (“ ” „ -> \")"
    pattern = re.compile(f"[{ty.DOUBLE_QUOTES}]")
    reason = "double quote to ASCII"
    after = '"'


_SP = "([ \u00a0\u202f\u2009]?)"
_GUILLEMET_PAIRS = (
    re.compile(f"(«){_SP}([^«»‹›\\n]{{1,3000}}?){_SP}(»)"),
    re.compile(f"(‹){_SP}([^«»‹›\\n]{{1,3000}}?){_SP}(›)"),
    # German and Danish »…« never have inner spaces: "» und «" is no quotation.
    re.compile(r"(»)()([^\s«»‹›](?:[^«»‹›\n]{0,3000}?[^\s«»‹›])?)()(«)"),
)


@register
class GuillemetsToAscii(Normalization):
    """Replaces guillemets with ASCII quotes (``« »`` -> ``"``, ``‹ ›`` -> ``'``).

    Why: guillemets are French, Swiss, German and Italian typography for the
    quotation mark; ASCII-only pipelines want ``"``.  The space French puts
    inside guillemets belongs to them and goes with them, so the quotation
    reads like an English one.

    Example::

        il a dit « oui » hier   ->   il a dit "oui" hier

    Stays off: URLs, e-mail addresses and code spans.
    """

    code = "TN113"
    trigger = frozenset(ty.GUILLEMETS)
    name = "guillemets-ascii"
    summary = "Guillemets to ASCII quotes (« » -> \")"
    pattern = re.compile("[«»‹›]")
    #: quoted pairs: « … » (French, Italian...), ‹ … ›, » … « (German, Danish)
    pairs = _GUILLEMET_PAIRS
    reason = "guillemet to ASCII"

    def propose(self, doc):
        text = doc.text
        spans = _protected(doc)
        done: set[int] = set()
        for pair in self.pairs:
            for m in pair.finditer(text):
                if m.start(1) in done or m.start(5) in done or _inside(spans, m.start(), m.end()):
                    continue
                q = ty.GUILLEMETS[m.group(1)]
                yield self.edit(doc, m.start(1), m.end(2), q, self.reason)
                yield self.edit(doc, m.start(4), m.end(5), q, self.reason)
                done.update((m.start(1), m.start(5)))
        for m in self.pattern.finditer(text):
            i = m.start()
            if i in done or m.group() in "‹›" or _inside(spans, i, i + 1):
                continue  # a lone single guillemet is a separator (Accueil › Actus)
            yield self.edit(doc, i, i + 1, '"', self.reason)


@register
class DashesToAscii(Normalization):
    """Replaces dashes, hyphens and the minus sign with ASCII hyphens.

    Why: ``‐ ‑ ‒ – −`` look like ``-`` and ASCII-only pipelines want one
    character; the long dashes ``— ―`` become ``--`` so the distinction
    between a hyphen and a dash survives.

    Example::

        1990–2000 — la fin   ->   1990-2000 -- la fin

    Not in the ``ml`` profile: dashes carry meaning there (ranges, asides).

    Stays off: URLs, e-mail addresses and code spans.
    """

    code = "TN120"
    trigger = frozenset(ty.DASHES)
    name = "dashes-ascii"
    summary = "Dashes and minus to ASCII hyphens (– -> -, — -> --)"
    pattern = ty.DASHES_RE
    reason = "dash to ASCII"

    def replacement(self, text, m):
        return ty.DASHES[m.group()]


@register
class EllipsisToAscii(Normalization):
    """Replaces the ellipsis character with three full stops.

    Why: ``…`` and ``...`` are the same punctuation; ASCII-only pipelines want
    the three dots.

    Example::

        Et puis… rien   ->   Et puis... rien

    Not in the ``ml`` profile (it keeps punctuation as written).

    Stays off: URLs, e-mail addresses and code spans.
    """

    code = "TN121"
    trigger = frozenset(ty.ELLIPSIS)
    name = "ellipsis-ascii"
    summary = "Ellipsis character to three dots (… -> ...)"
    pattern = re.compile(ty.ELLIPSIS)
    reason = "ellipsis to ASCII"
    after = "..."


@register
class SpacesToAscii(Normalization):
    """Replaces Unicode space characters with a plain space.

    Why: the no-break space, the narrow no-break space of French typography,
    thin, figure, em and ideographic spaces all separate words like a space
    does, but tokenizers and exact matches treat them as different
    characters (``10\u00a0000`` is not ``10 000``).

    Example::

        dit\u00a0: 10\u202f000   ->   dit : 10 000

    Each space character becomes one space; the default spacing repairs,
    which run after this rule, then treat runs and trailing spaces as usual.

    Stays off: tabs and line breaks; code spans.
    """

    code = "TN130"
    trigger = frozenset(ty.UNICODE_SPACES)
    name = "spaces-ascii"
    summary = "Unicode spaces (NBSP, narrow NBSP, thin...) to a plain space"
    stage = STAGE_CLEAN
    pattern = re.compile(f"[{ty.UNICODE_SPACES}]+")
    reason = "space normalized"

    def replacement(self, text, m):
        return " " * len(m.group())


_FR_SPACED = {";": ty.NNBSP, "!": ty.NNBSP, "?": ty.NNBSP, ":": ty.NBSP}
_FR_AFTER_OK = set(" \t\n\u00a0\u202f»”\"')]") | set(_FR_SPACED)
_SPACE_LIKE = " \u00a0\u202f\u2009"


@register
class FrenchSpacing(Normalization):
    """Applies French typographic spacing: a no-break space before ``; : ! ?``
    and inside guillemets.

    Why: French typography puts a narrow no-break space before ``; ! ?``, a
    no-break space before ``:`` and inside ``« »``; a plain space there lets
    the line break before the mark, and a missing space is a typo.

    Example::

        Il a dit : «oui» ; vraiment?   ->   Il a dit\\u00a0: «\\u00a0oui\\u00a0»\\u202f; vraiment\\u202f?

    Stays off: other languages; marks not followed by a space or the end
    (``12:30``, ``http://``, ``?q=1``); marks at the start of a line or after
    other punctuation; URLs, e-mail addresses and code spans.  Options:
    ``fr_colon_space`` and ``fr_guillemet_space`` (default: no-break space),
    ``fr_mark_space`` (default: narrow no-break space).
    """

    code = "TN131"
    name = "french-spacing"
    summary = "French typographic spacing (narrow NBSP before ; ! ?, NBSP before : and in « »)"
    stage = STAGE_SPACES
    languages = frozenset({"fr"})
    pattern = re.compile(r"[;:!?«»]")
    reason = "French typographic space"

    def precheck(self, text: str) -> bool:
        return self.pattern.search(text) is not None

    def propose(self, doc):
        text = doc.text
        n = len(text)
        spans = _protected(doc)
        opt = self.config.option
        mark_space = opt("fr_mark_space", ty.NNBSP)
        want = {";": mark_space, "!": mark_space, "?": mark_space,
                ":": opt("fr_colon_space", ty.NBSP)}
        guil = opt("fr_guillemet_space", ty.NBSP)
        for m in self.pattern.finditer(text):
            i = m.start()
            c = text[i]
            if _inside(spans, i, i + 1):
                continue
            if c == "«":
                edit = self._space(doc, i + 1, guil, _FR_BEFORE_QUOTED, forward=True)
            elif c == "»":
                edit = self._space(doc, i - 1, guil, _FR_END_QUOTED, forward=False)
            else:
                prev = text[i - 1] if i else ""
                nxt = text[i + 1] if i + 1 < n else ""
                if prev in _FR_SPACED or (nxt and nxt not in _FR_AFTER_OK):
                    continue  # inside a run of marks, or 12:30, ?q=1
                if nxt in ")(" and nxt and (not prev or prev.isspace()):
                    continue  # an emoticon
                edit = self._space(doc, i - 1, want[c], _FR_END_WORD, forward=False)
            if edit is not None:
                yield edit

    def _space(self, doc, j: int, space: str, insert_after: re.Pattern, forward: bool):
        """Make the character at ``j`` (next to a mark) the wanted space, or
        insert the space there when ``text[j]`` is text that may touch it."""
        text = doc.text
        if j < 0 or j >= len(text):
            return None
        ch = text[j]
        if ch in _SPACE_LIKE:
            beyond = j + 1 if forward else j - 1
            if beyond < 0 or beyond >= len(text) or text[beyond].isspace():
                return None  # a run of spaces or a line edge
            if insert_after is not _FR_END_WORD and text[beyond] in "«»":
                return None  # an empty pair of guillemets
            if ch == space:
                return None
            return self.edit(doc, j, j + 1, space, self.reason)
        if insert_after.match(ch):
            at = j if forward else j + 1
            return self.edit(doc, at, at, space, self.reason)
        return None


# What a mark may follow directly (a space is then inserted between them).
_FR_END_WORD = re.compile(r"[^\W_]|[»”\"')\]%]")
_FR_END_QUOTED = re.compile(r"[^\W_]|[.!?…”\"')\]%]")
_FR_BEFORE_QUOTED = re.compile(r"[^\W_]|[“\"'(\[…¿¡-]")


@register
class FrenchApostrophe(Normalization):
    """Writes the French apostrophe as the typographic ``’``.

    Why: French typography uses ``’``; between two letters the ASCII ``'`` can
    only be an apostrophe (``l'été``, ``aujourd'hui``), so the change is
    unambiguous.

    Example::

        l'école d'aujourd'hui   ->   l’école d’aujourd’hui

    Stays off: other languages; ``'`` not between two letters (it may be a
    quotation mark); URLs, e-mail addresses and code spans.
    """

    code = "TN132"
    name = "french-apostrophe"
    summary = "French apostrophe ' -> ’ between letters"
    languages = frozenset({"fr"})
    pattern = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
    reason = "typographic apostrophe"

    after = "’"

    def precheck(self, text: str) -> bool:
        return "'" in text


@register
class InvisibleCharacters(Normalization):
    """Removes invisible characters: zero-width space, soft hyphen, byte order
    mark, word joiner, stray bidirectional marks and stray joiners.

    Why: they are invisible on screen but split words for tokenizers and
    search (``ﬁn\\u200b`` is not ``fin``); scrapers and PDF converters leave
    them behind.

    Example::

        fin\\u200b de la ligne\\u00ad   ->   fin de la ligne

    Stays off: bidi marks on a line with right-to-left text (they order it);
    zero-width joiners and non-joiners next to anything but Latin letters
    (emoji sequences like 👩‍💻, Indic and Persian words need them); code spans.
    """

    code = "TN140"
    trigger = frozenset(ty.INVISIBLE + ty.BIDI + ty.JOINERS)
    name = "invisible-characters"
    summary = "Invisible characters removed (ZWSP, soft hyphen, BOM, stray bidi marks)"
    pattern = ty.INVISIBLE_RE
    stage = STAGE_CLEAN
    reason = "invisible character removed"

    def propose(self, doc):
        text = doc.text
        code_spans = [s for s in _protected(doc) if text[s[0]] == "`"]
        for m in self.pattern.finditer(text):
            s, e = m.span()
            if _inside(code_spans, s, e):
                continue
            run = m.group()
            keep = []
            rtl = None
            for ch in run:
                if ch in ty.BIDI:
                    if rtl is None:
                        ls = text.rfind("\n", 0, s) + 1
                        le = text.find("\n", e)
                        rtl = ty.RTL_RE.search(text, ls, le if le >= 0 else len(text)) is not None
                    if rtl:
                        keep.append(ch)
                elif ch in ty.JOINERS:
                    if not (_latinish(text[s - 1 : s]) and _latinish(text[e : e + 1])):
                        keep.append(ch)
            after = "".join(keep)
            if after != run:
                yield self.edit(doc, s, e, after, self.reason)


def _latinish(ch: str) -> bool:
    """A neighbour next to which a joiner does nothing: none, a space, Latin."""
    return not ch or ch.isspace() or ord(ch) < 0x250


@register
class LineEndings(Normalization):
    """Writes every line break as ``\\n``.

    Why: ``\\r\\n`` (Windows), a lone ``\\r`` (old Mac) and the Unicode line
    and paragraph separators U+2028/U+2029 all end a line; mixed endings make
    line-based tools disagree on the number of lines.

    Example::

        un\\r\\ndeux\\rtrois\\u2028quatre   ->   un\\ndeux\\ntrois\\nquatre

    Stays off: text whose line breaks are all ``\\n``.
    """

    code = "TN150"
    name = "line-endings"
    summary = "Line endings (\\r\\n, \\r, U+2028, U+2029) to \\n"
    pattern = ty.LINE_BREAK_RE
    stage = STAGE_CLEAN
    reason = "line ending to \\n"

    def precheck(self, text: str) -> bool:
        return "\r" in text or "\u2028" in text or "\u2029" in text

    def propose(self, doc):
        for m in self.pattern.finditer(doc.text):
            yield self.edit(doc, m.start(), m.end(), "\n", self.reason)


@register
class BlankLines(Normalization):
    """Collapses runs of blank lines into one blank line.

    Why: scraped pages leave runs of empty lines where markup stood; one blank
    line already marks a paragraph break.

    Example::

        fin.\\n\\n\\n\\nDébut   ->   fin.\\n\\nDébut

    Lines holding only spaces or tabs count as blank and are emptied.

    Stays off: single blank lines; ``\\r\\n`` text unless TN150 also runs.
    """

    code = "TN151"
    name = "blank-lines"
    summary = "Runs of blank lines collapsed to one"
    stage = STAGE_SPACES
    pattern = ty.BLANK_RUN_RE
    reason = "blank lines collapsed"

    def precheck(self, text: str) -> bool:
        return "\n\n" in text and self.pattern.search(text) is not None

    def propose(self, doc):
        for m in self.pattern.finditer(doc.text):
            yield self.edit(doc, m.start(), m.end(), "\n\n", self.reason)

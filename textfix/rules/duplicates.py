"""TF8xx: degraded duplicate lines.

Scrapers often deliver a headline (or a sub-heading) twice: once as written,
once as a degraded copy taken from another part of the page (a link text, a
meta description, an image caption) with accents, apostrophes and punctuation
stripped, the case changed or the end cut off.  These rules find such copies by
comparing the *skeleton* of nearby lines (case-folded, accents and everything
but letters and digits dropped) and remove the copy; the original stays.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .base import STAGE_LINES, Rule, register

#: How many non-blank lines after (or before) a line a copy of it may stand.
WINDOW = 3
#: A truncated copy that lost marks or case keeps at least this share of the
#: original's skeleton; one that was only cut off, at least CUT_SHARE ...
MIN_SHARE = 0.5
CUT_SHARE = 0.6
#: ... and at least this many words of the original (a full copy as well).
MIN_WORDS = 4
#: A skeleton shorter than this is too weak to call two lines the same.
MIN_SKELETON = 12
#: Headings repeated exactly: at least this many words, at most that many.
HEADING_WORDS = (3, 20)

_WORD_RE = re.compile(r"[^\W_]+")
_SENTENCE_END = frozenset(".!?…;:,")
_FULL_STOP = frozenset(".!?…")
_TRAILING_RE = re.compile(r"[\W_]+$")
_NON_ALNUM_ASCII_RE = re.compile(r"[^a-z0-9]+")
# The first characters of each non-blank line.
_LINE_HEAD_RE = re.compile(r"^[^\S\n]*(\S[^\n]{0,23})", re.M)
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ø": "o", "Ø": "o"})
# Characters whose loss is degradation: apostrophes and punctuation.
_MARK_RE = re.compile(r"[^\w\s]")


@lru_cache(maxsize=4096)
def skeleton(line: str) -> str:
    """Case-folded letters and digits of ``line``, accents dropped.

    Spaces go too, so a copy that lost an elision apostrophe (``lUkraine``) or
    turned a hyphen into a space has the same skeleton as the original.

    >>> skeleton("L’OTAN réaffirme son soutien à l’Ukraine")
    'lotanreaffirmesonsoutienalukraine'
    """
    if line.isascii():
        return _NON_ALNUM_ASCII_RE.sub("", line.lower())
    s = unicodedata.normalize("NFD", line.translate(_LIGATURES).casefold())
    return "".join(c for c in s if c.isalnum() and not unicodedata.combining(c))


def line_key(line: str) -> str:
    """The skeleton of a line's first characters: two copies share it."""
    return skeleton(line[:24])[:6]


_last_keys: tuple = (None, ())


def _head_keys(text: str) -> tuple[str, ...]:
    """:func:`line_key` of each non-blank line; the last text's are kept (one
    tuple, replaced at once), as both rules' pre-checks ask for the same text."""
    global _last_keys
    last, keys = _last_keys
    if last is not text:
        keys = tuple(map(line_key, _LINE_HEAD_RE.findall(text)))
        _last_keys = (text, keys)
    return keys


def skeleton_counts(lines: list[str]) -> dict[str, int]:
    """How many of ``lines`` share each skeleton (three or more: a refrain)."""
    counts: dict[str, int] = {}
    for line in lines:
        sk = skeleton(line)
        counts[sk] = counts.get(sk, 0) + 1
    return counts


def _marks(s: str) -> int:
    """Accented letters, apostrophes and punctuation: what a degraded copy loses."""
    return sum(1 for c in s if ord(c) > 127 and c.isalpha()) + len(_MARK_RE.findall(s))


def _prefix_for(original: str, size: int) -> str:
    """The shortest prefix of ``original`` whose skeleton has ``size`` characters."""
    if size <= 0:
        return ""
    n = 0
    for i, c in enumerate(original):
        n += len(skeleton(c)) if not c.isascii() else (1 if c.isalnum() else 0)
        if n >= size:
            return original[: i + 1]
    return original


def _case_style(s: str) -> str:
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return "none"
    if all(c.isupper() for c in letters):
        return "upper"
    if all(c.islower() for c in letters):
        return "lower"
    return "mixed"


def degraded(copy: str, original: str) -> bool:
    """True when ``copy`` is ``original`` (or its beginning) having lost something.

    The copy must have no accent, apostrophe or punctuation mark the matching
    part of the original lacks, and must differ from it by at least one lost
    mark or a case change to all capitals / all lower case.
    """
    size = len(skeleton(copy))
    if size < len(skeleton(original)):
        # Compare with the part of the original the copy covers; a period
        # the copy ends with may stand where the original went on.
        part = _prefix_for(original, size)
        copy = _TRAILING_RE.sub("", copy)
    else:
        part = original
    if " ".join(copy.split()) == " ".join(part.split()):
        return False
    lost = _marks(part) - _marks(copy)
    if lost < 0:
        return False
    if lost > 0:
        return True
    style = _case_style(copy)
    return style != _case_style(part) and style in ("upper", "lower")


def _is_heading(line: str) -> bool:
    words = _WORD_RE.findall(line)
    lo, hi = HEADING_WORDS
    s = line.rstrip()
    return lo <= len(words) <= hi and bool(s) and s[-1] not in _SENTENCE_END


class _LineRule(Rule):
    """Shared machinery: the document's non-blank lines and how to remove one."""

    stage = STAGE_LINES
    family = "duplicates"

    #: Keys shorter than this never start a pair (see :meth:`precheck`).
    min_key = 1

    def precheck(self, text: str) -> bool:
        """Two non-blank lines begin with the same skeleton (a cheap superset)."""
        if "\n" not in text:
            return False
        keys = [k for k in _head_keys(text) if len(k) >= self.min_key]
        return len(set(keys)) < len(keys)

    @staticmethod
    def blocks(doc) -> list[tuple[int, int, int]]:
        """(start, end, line index) of the non-blank lines, surrounding spaces stripped."""
        text = doc.text
        out = []
        for n, (s, e) in enumerate(doc.lines):
            line = text[s:e]
            stripped = line.strip()
            if stripped:
                lead = len(line) - len(line.lstrip())
                out.append((s + lead, s + lead + len(stripped), n))
        return out

    @staticmethod
    def removals(doc, blocks, ks) -> dict[int, tuple[int, int]]:
        """Spans removing the lines ``ks`` of ``blocks`` with their line breaks.

        A run of neighbouring removed lines goes with the separator after it
        (or the one before it, when that one is the narrower, or at the end of
        the text), so paragraphs stay separated as before; the spans of one run
        are contiguous, never overlapping.
        """
        lines, text, n = doc.lines, doc.text, len(blocks)
        out: dict[int, tuple[int, int]] = {}
        ks = sorted(set(ks))
        runs: list[list[int]] = []
        for k in ks:
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
        for run in runs:
            first, last = run[0], run[-1]
            starts = [lines[blocks[k][2]][0] for k in run]
            ends = [lines[blocks[k][2]][1] for k in run]
            after = lines[blocks[last + 1][2]][0] if last + 1 < n else None
            before = lines[blocks[first - 1][2]][1] if first > 0 else None
            # Keep the wider of the two separators (a paragraph break over a line break).
            take_before = before is not None and (after is None or text.count(
                "\n", before, starts[0]) < text.count("\n", ends[-1], after))
            if take_before:
                bounds = [before] + ends
                for i, k in enumerate(run):
                    out[k] = (bounds[i], bounds[i + 1])
            else:
                bounds = starts + [after if after is not None else ends[-1]]
                for i, k in enumerate(run):
                    out[k] = (bounds[i], bounds[i + 1])
        return out

@register
class DegradedDuplicateLine(_LineRule):
    """Removes a line that repeats a nearby line after losing accents,
    apostrophes or punctuation, changing case or having its end cut off.

    Why: scrapers pick up the same headline twice, once from the article and
    once from a link text or a meta description where typography was stripped
    and the text truncated.  The degraded copy is noise; the original line
    (the one with its accents and punctuation) is kept.

    Lines are compared by their skeleton: case-folded letters and digits,
    accents, apostrophes, punctuation and spaces dropped (``l’Ukraine`` and
    ``lUkraine`` both give ``lukraine``).  A copy is a line within three
    non-blank lines of the original (removed lines and exact repeats not
    counted) whose skeleton equals the original's or is its beginning (at
    least half of it when marks or case were lost, 60% when only the end was
    cut off), covering at least four words of the original.

    Example::

        L’OTAN réaffirme son soutien à l’Ukraine après le tir du missile

        LOTAN reaffirme son soutien a lUkraine apres le tir du

        Les alliés se sont réunis mardi.
      ->
        L’OTAN réaffirme son soutien à l’Ukraine après le tir du missile

        Les alliés se sont réunis mardi.

    Stays off: lines of fewer than four words; a line that merely starts
    like another (less than half of it); a copy that is not degraded (same
    marks, same case: an exact repeat is a refrain, see TF802); a line whose
    skeleton occurs three times or more in the document (a refrain, a list
    of repeated items).  A later line that is only the beginning of a
    line above it, with nothing else lost, is removed when it stops
    mid-sentence; when it ends like a sentence (``.``, ``!``, ``?``) it may be
    a deliberate repeat, and its removal is an unsafe fix.
    """

    code = "TF801"
    name = "degraded-duplicate-line"
    summary = "Remove a degraded (stripped, recased or truncated) copy of a nearby line"
    min_key = 6

    def propose(self, doc):
        text = doc.text
        blocks = self.blocks(doc)
        n = len(blocks)
        if n < 2:
            return
        lines = [text[s:e] for s, e, _ in blocks]
        # Cheap key: the skeleton of a line's first characters.
        keys = [line_key(l) for l in lines]
        applies = self.config.unsafe_fixes
        found: dict[int, tuple[int, bool, float]] = {}  # copy -> (original, safe, share)
        gone: set[int] = set()  # copies whose removal applies: windows skip them
        counts: dict[str, int] | None = None
        changed = True
        while changed:  # until no removal brings new lines into a window
            changed = False
            for i in range(n):
                if i in found or len(keys[i]) < 6:
                    continue
                seen, j, last = 0, i + 1, i
                while j < n and seen < WINDOW:
                    if j in gone or lines[j] == lines[last]:
                        # Removed, or an exact repeat of the line before it
                        # (TF802 may remove it): windows count neither.
                        j += 1
                        continue
                    seen, last = seen + 1, j
                    hit = None if j in found or keys[j] != keys[i] else self._copy_of(lines[i], lines[j])
                    if hit is not None:
                        copy, orig = (j, i) if hit[0] == "later" else (i, j)
                        if counts is None:
                            counts = skeleton_counts(lines)
                        if counts[skeleton(lines[copy])] < 3:  # else a refrain
                            found[copy] = (orig, hit[1], hit[2])
                            if hit[1] or applies:
                                gone.add(copy)
                            changed = True
                            if copy == i:
                                break
                    j += 1
        spans = self.removals(doc, blocks, [k for k in found if k in gone])
        spans.update(self.removals(doc, blocks, [k for k in found if k not in gone]))
        for copy in sorted(found):
            orig, safe, share = found[copy]
            start, end = spans[copy]
            yield self.edit(
                doc, start, end, "",
                (f"degraded copy of line {blocks[orig][2] + 1} (marks or case lost"
                 f"{', end cut off' if share < 1 else ''})" if safe else
                 f"copy of the beginning of line {blocks[orig][2] + 1} (only cut off)"),
                safe=safe,
                confidence=0.95 if safe else 0.6,
            )

    @staticmethod
    def _copy_of(a: str, b: str):
        """("later"|"earlier", safe, share) when one of the lines is a degraded copy."""
        sa, sb = skeleton(a), skeleton(b)
        if len(sa) < MIN_SKELETON or len(sb) < MIN_SKELETON:
            return None
        for which, copy, orig, sc, so in (("later", b, a, sb, sa), ("earlier", a, b, sa, sb)):
            if not so.startswith(sc):
                continue
            share = len(sc) / len(so)
            if share < MIN_SHARE:
                continue
            part = orig if share == 1 else _prefix_for(orig, len(sc))
            if len(_WORD_RE.findall(part)) < MIN_WORDS:
                continue
            if degraded(copy, orig):
                return which, True, share
            if CUT_SHARE <= share < 1 and which == "later" and orig.startswith(
                    _TRAILING_RE.sub("", copy)):
                # Only cut off: safe when the copy stops mid-sentence (a line
                # ending like a sentence may be a deliberate repeat).
                return which, copy[-1] not in _FULL_STOP, share
        return None


@register
class RepeatedHeading(_LineRule):
    """Removes an exact repeat of a heading line that follows it directly.

    Why: page templates print the title twice (a breadcrumb, then the
    article's own heading); the scraper keeps both.

    A heading here is a line of 3 to 20 words that does not end like a
    sentence (``.``, ``!``, ``?``, ``…``, ``:``, ``;``, ``,``) and stands alone
    between blank lines (or at the start or end of the text); its repeat is
    the next non-blank line, identical to it.

    Example::

        Élections municipales : les résultats

        Élections municipales : les résultats

        Le dépouillement s’est achevé tard.
      ->
        Élections municipales : les résultats

        Le dépouillement s’est achevé tard.

    Stays off: sentences repeated (dialogue, ``Done.`` / ``Done.``); names
    and short lines (fewer than three words); lines inside a stanza (no blank
    line around them: verses, lists); a line that occurs three times or more
    (a refrain).  Turn it off with the option ``duplicates.exact_headings``
    set to False.
    """

    code = "TF802"
    name = "repeated-heading"
    summary = "Remove an exact repeat of a heading line directly after it"
    # After the other line removals: a degraded copy or an ad label between
    # the two headings is gone by then.
    stage = STAGE_LINES + 1

    def propose(self, doc):
        if not self.config.option("duplicates.exact_headings", True):
            return
        text = doc.text
        blocks = self.blocks(doc)
        if len(blocks) < 2:
            return
        lines = [text[s:e] for s, e, _ in blocks]
        counts: dict[str, int] | None = None
        k = 1
        while k < len(lines):
            line = lines[k]
            if (line == lines[k - 1] and _is_heading(line)
                    and self._alone(doc, blocks[k - 1][2]) and self._alone(doc, blocks[k][2])):
                counts = counts or skeleton_counts(lines)
                if counts[skeleton(line)] == 2:  # three or more: a refrain
                    start, end = self.removals(doc, blocks, [k])[k]
                    yield self.edit(doc, start, end, "", "heading repeated on the next line")
                    k += 2
                    continue
            k += 1

    @staticmethod
    def _alone(doc, n: int) -> bool:
        """Line ``n`` has a blank line (or the text's edge) before and after it."""
        text, lines = doc.text, doc.lines
        for m in (n - 1, n + 1):
            if 0 <= m < len(lines) and text[lines[m][0]:lines[m][1]].strip():
                return False
        return True

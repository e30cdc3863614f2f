"""TF5xx: fused words, where scraping lost the space between two words.

A space most often vanishes at the edge of a link or of a block in the original
HTML: ``l’Ukraineun pays``, ``doctrine nucléairepour soutenir``,
``theUnited States``, ``2019Alors``.  The rules put the space back where the
evidence agrees, and never split a word that exists:

- the fused token is unknown to the language's word list (wordfreq), or is a
  stray form far rarer than its two words would be as independent neighbours
  (``ofthe``, ``dela``; not ``dune``, ``forgo``);
- each part is a word: frequent in the language, or used alone in the document;
- grammar: a function word is one of the parts, or a French/Italian/Spanish
  auxiliary stands before a past participle;
- case: a lower-case letter followed by a capital inside the token.

One analysis per document (:func:`analyse`) serves all the rules; each rule
yields its own kind of split.  Tokens that are common words cost one dict
look-up.  Only French, English, German, Spanish and Italian are handled.  German
compounds are words: German splits need a case transition, the document's own
vocabulary, or a function word that is never an affix (``und``, ``der`` after
a word that does not end in ``-en``; never ``-es``, ``-er``, ``-in``).
Capitalised tokens are names unless grammar says otherwise.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang.freq import frequencies
from ..lang.fused import (
    INFLECTION_AFTER_R,
    AUXILIARIES,
    BRAND_PREFIXES,
    CODE_PREFIXES,
    APOSTROPHE_WORDS,
    CONTENT_PAIR_ZIPF,
    CONTRACTIONS,
    DE_SAFE_LEFT,
    DE_SAFE_RIGHT,
    ELIDED,
    JOINERS,
    LANGS,
    NO_LEFT,
    NO_RIGHT,
    PREFIX_JOINERS,
    SINGLE,
    participle,
)
from ..lang.fused import _DE_SEPARABLE  # noqa: E402  (a plain table)
from ..lang.data import ELISIONS
from .base import STAGE_SPLIT, Rule, register

_LETTERS4_RE = re.compile(r"[^\W\d_]{4}")
# The digit test first: the lookbehind is tried only where a number starts.
_DIGITS_WORD_RE = re.compile(r"(?=\d)(?<![\w.,/:-])(\d{2,})([^\W\d_]{3,})(?![\w@/-])")
# An apostrophe before a letter; the letter run before it is found backwards
# (see _elided_words), so the scan does not try every letter of the text.
_APOSTROPHE_RE = re.compile(r"[’'](?=[^\W\d_])")
_LETTER_RE = re.compile(r"[^\W\d_]")
_NEXT_WORD_RE = re.compile(r" ([^\W\d_]+)(?![\w’'-])")
_CODE_RE = re.compile(r"[{};]\s*$|\w\(\)|\w\.\w+\(|\b\w+_\w+\b|=>|!=|==|::", re.M)
# Characters that glue a letter run to something that is not prose.
_GLUE_BEFORE = frozenset("_@#$%&/\\.+=~^*<>|[{")
_GLUE_AFTER = frozenset("_@(/\\-+=~^*<>|[{")
_SPACE_RE = re.compile(r"\s")
_VOWELS = frozenset("aeiouàèéìòùáíóú")
_ACCENTED = re.compile("[àèéìòùáíóú]")
_SUFFIXES = frozenset({"mente"})
_DE_ARTICLES = frozenset({"der", "des", "den", "dem", "die"})
_PLAIN_VOWEL_PAIRS = {
    # A one-letter word after a vowel where the pair is a normal ending of the
    # language (Italian "farmacie", "farmacia", "museo") is not split.
    "e": frozenset("ieu"),
    "a": frozenset("ieu"),
    "o": frozenset("ieu"),
}

# Frequency thresholds, as proportions of tokens (zipf = log10(f * 1e9)).
_Z = {z: 10 ** (z - 9) for z in (2.5, 3.0, 3.5, 3.6, 4.0, 4.5, 5.0)}


def _zipf(f: float | None) -> float:
    return math.log10(f * 1e9) if f else 0.0


#: A known token is split only if it is this much rarer (in zipf) than the
#: two words it fuses would be as independent neighbours.
_PAIR_GAP = 2.5


def _rival(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Are two splits' (evidence, rarer part's zipf) too close to choose?"""
    return abs(a[0] - b[0]) < 0.5 and abs(a[1] - b[1]) < 1.5


def _known(z: float, alone: int, length: int) -> bool:
    """Is a part of a split a word: frequent enough, or used alone in the document?"""
    if length < 3:
        return False
    if length == 3:  # short pieces make typos look like pairs (is|lad, mai|me)
        return z >= 4.0 or alone > 0
    return z >= 3.0 or (z >= 2.5 and length >= 5) or alone > 0


@dataclass(frozen=True)
class Split:
    kind: str  # "words", "case", "aux", "digits"
    at: int  # offset of the space to insert, in the document
    reason: str
    safe: bool
    confidence: float


def _elided_words(text: str) -> list[str]:
    """The letter runs of two letters or more right before an apostrophe and a letter.

    The same words as ``re.finditer(r"([^\\W\\d_]{2,})[’'](?=[^\\W\\d_])")``, found
    from the few apostrophes backwards.
    """
    out = []
    letter = _LETTER_RE.match
    for m in _APOSTROPHE_RE.finditer(text):
        p = k = m.start()
        while k > 0 and letter(text, k - 1):
            k -= 1
        if p - k >= 2:
            out.append(text[k:p])
    return out


class _SharpS:
    """wordfreq's German list is case-folded (``groß`` is stored as ``gross``)."""

    __slots__ = ("_d",)

    def __init__(self, d: dict) -> None:
        self._d = d

    def get(self, word: str, default=None):
        if "ß" in word:
            word = word.replace("ß", "ss")
        return self._d.get(word, default)

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __bool__(self) -> bool:
        return bool(self._d)


@lru_cache(maxsize=None)
def _top_frequency(lang: str) -> float:
    """The highest frequency of the language's word list (``the``, ``de``)."""
    return max(frequencies(lang).values())


class _Analysis:
    """The fused-word splits of one document."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.lang = doc.lang
        self.freq = frequencies(doc.lang)
        if doc.lang == "de":
            self.freq = _SharpS(self.freq)
        self.joiners = JOINERS[doc.lang]
        self._code_like: bool | None = None
        self._lower_forms: set[str] | None = None
        self.splits: list[Split] = []

    # -- shared evidence ---------------------------------------------------
    @property
    def code_like(self) -> bool:
        """Does the document look like code (where camelCase is legitimate)?"""
        if self._code_like is None:
            self._code_like = len(_CODE_RE.findall(self.text)) >= 2
        return self._code_like

    def glued(self, s: int, e: int) -> bool:
        """Is the letter run ``text[s:e]`` part of a URL, handle, identifier, number...?"""
        text = self.text
        if s > 0:
            c = text[s - 1]
            if c.isdigit() or c in _GLUE_BEFORE:
                return True
        if e < len(text):
            c = text[e]
            if c.isdigit() or c in _GLUE_AFTER:
                return True
            if c in ".:" and e + 1 < len(text) and text[e + 1].isalnum():
                return True  # example.com, file.txt, obj.method, 12:30
        lo = s
        while lo > 0 and s - lo < 200 and not text[lo - 1].isspace():
            lo -= 1
        hi = e
        while hi < len(text) and hi - e < 200 and not text[hi].isspace():
            hi += 1
        chunk = text[lo:hi]
        return "@" in chunk or "://" in chunk or "www." in chunk or "#" in chunk or "_" in chunk

    def z(self, word: str) -> float:
        return _zipf(self.freq.get(word))

    def alone(self, form: str) -> bool:
        """Does ``form`` occur as a word of its own in the document?"""
        if self.lang == "de":  # case carries meaning: nouns are capitalised
            return form in self.doc.vocab
        forms = self._lower_forms
        if forms is None:
            forms = self._lower_forms = {w.lower() for w in self.doc.vocab}
        return form.lower() in forms

    # -- the analysis --------------------------------------------------------
    def elided(self, e: int) -> bool:
        """Is the word ending at ``e`` followed by an elision apostrophe (fr, it)?"""
        text = self.text
        return (self.lang in ELIDED and e + 1 < len(text) and text[e] in "’'"
                and text[e + 1].isalpha())

    def initial(self, s: int) -> bool:
        """Does the word at ``s`` start a sentence, a line or the text?"""
        text = self.text
        i = s - 1
        while i >= 0 and text[i] in " \t\u00a0\"«“‘(":
            i -= 1
        return i < 0 or text[i] in ".!?:;\n…"

    def candidates(self) -> set[str]:
        """Word forms worth a look: unknown, rare, mixed case, or before an elision.

        Decided once per distinct form, so a common word costs one look-up
        per document, not per occurrence.
        """
        get = self.freq.get
        z36, z25 = _Z[3.6], _Z[2.5]
        out = set()
        for w in self.doc.vocab:
            if len(w) < 4:
                if len(w) == 3 and w[0] == "à":
                    out.add(w)
                continue
            if w.islower():  # the common case; lower() is the identity here
                f = get(w)
                if f is not None and f > z36:
                    continue
            elif w.isupper():
                continue
            elif w.istitle():
                f = get(w.lower())
                if f is not None and f > z25:
                    continue
            out.add(w)
        if self.lang in ELIDED and ("’" in self.text or "'" in self.text):
            out.update(_elided_words(self.text))
        return out

    def occurrences(self, forms: set[str]):
        """The letter runs of the document that are one of ``forms``, in order."""
        if not forms:
            return ()
        return (m for m in self.doc.words if m.group() in forms)

    def run(self) -> list[Split]:
        freq = self.freq
        vocab = self.doc.vocab
        text = self.text
        for m in self.occurrences(self.candidates()):
            w = m.group()
            if len(w) < 4 and not (len(w) > 1 and self.elided(m.end())
                                   or len(w) == 3 and w[0] == "à") or w.isupper():
                continue
            if w.islower() or w.istitle():
                lw = w.lower()
                f = freq.get(lw)
                if f is not None and self.elided(m.end()) and lw not in APOSTROPHE_WORDS:
                    f = None  # before an apostrophe only elisions are words
                if f is not None and (f > _Z[3.6] or (f > _Z[2.5] and not w.islower())):
                    continue  # a word of the language: never split
                s, e = m.span()
                repeated = vocab[w] > 1
                if (repeated and not w.islower()) or self.glued(s, e):
                    continue
                found = None if repeated else self.auxiliary(m, w, lw, f)
                if found is None or not found.safe:
                    other = self.plain(s, e, w, lw, f, repeated)
                    if other is not None and (found is None or other.safe):
                        found = other  # disputerla propriété: la, not a
            else:
                if vocab[w] > 1 or self.glued(m.start(), m.end()):
                    continue
                found = self.case(m.start(), w)
            if found:
                self.splits.append(found)
                self.rest(m.start(), m.end(), found)
        if text:
            self.digits()
        return self.splits

    def rest(self, s: int, e: int, split: Split, depth: int = 2) -> None:
        """Split the parts of a split again (informationaboutthe): one pass is final."""
        if depth == 0:
            return
        for a, b in ((s, split.at), (split.at, e)):
            w = self.text[a:b]
            lw = w.lower()
            if len(w) < 4 or not (w.islower() or w.istitle()) or lw in self.freq:
                continue
            more = self.plain(a, b, w, lw, None)
            if more is not None:
                self.splits.append(more)
                self.rest(a, b, more, depth - 1)

    def auxiliary(self, m: re.Match, w: str, lw: str, f: float | None) -> Split | None:
        """``Galibarenkoa noté`` -> ``Galibarenko a noté``."""
        aux = AUXILIARIES.get(self.lang)
        if aux is None or f is not None or not lw.endswith(aux):
            return None
        stem = w[: -len(aux)]
        if len(stem) < 3:
            return None
        nxt = _NEXT_WORD_RE.match(self.text, m.end())
        if nxt is None:
            return None
        part = nxt.group(1)
        if not part.islower() or not participle(part, self.lang) or self.z(part) < 2.5:
            return None
        name = stem[0].isupper() and stem[1:].islower()
        known = self.z(stem.lower()) >= 3.0 or stem.lower() in self.joiners
        safe = name or known
        return Split(
            "aux", m.start() + len(stem),
            f"auxiliary {aux!r} glued to {stem!r} before the participle {part!r}",
            safe, 0.85 if safe else 0.5,
        )

    def _part_ok(self, lang: str, left: str, right: str, pieces: tuple[str, str]) -> bool:
        if left.endswith("r") and right in INFLECTION_AFTER_R[lang]:
            return False  # a future or conditional: déjeuner|ont is déjeuneront
        if left in NO_LEFT[lang] and not (lang == "de" and right in self.joiners):
            return False  # separable prefixes are prepositions before an article
        if right in NO_RIGHT[lang]:
            if lang not in ("es", "it") or right in _SUFFIXES:
                return False
            # An enclitic pronoun after an infinitive, a gerund or a short or
            # accented imperative (hacerlo, dicendogli, dámelo, dimmi); after
            # anything else it is an article (Tutti|gli).
            if left in self.joiners:
                pass  # que|se, de|la: a clitic only follows a verb
            elif left.endswith(("r", "ndo")) or len(left) <= 3 or _ACCENTED.search(left):
                return False
        single = SINGLE[lang]
        if len(left) == 1 and left != pieces[0] and "L" not in single.get(left, ""):
            # French auxiliary before a participle (il aannoncé).
            if not (lang == "fr" and left == "a" and participle(right, lang)):
                return False
        if len(right) == 1 and right != pieces[1]:
            if "R" not in single.get(right, ""):
                return False
            if len(left) < 3:
                return False
            pairs = _PLAIN_VOWEL_PAIRS.get(right)
            if pairs and left[-1] in pairs:
                return False
            if lang in ("es", "it") and right in "aeo" and left[-1] not in _VOWELS:
                return False  # nuev-a, grand-e: an inflection, not a word
        return True

    def plain(self, s: int, e: int, w: str, lw: str, f: float | None,
              repeated: bool = False) -> Split | None:
        """A lower-case (or capitalised) token made of two words."""
        lang = self.lang
        joiners = self.joiners
        text = self.text
        # An elided word before an apostrophe (beaucoupd’une), an English
        # contraction after one (don’tbe): pieces that are words only there.
        elided = apos_before = ""
        if self.elided(e):
            if lw in ELISIONS.get(lang, ()) or lw in APOSTROPHE_WORDS:
                return None  # jusqu’, lorsqu’, aujourd’hui: one word
            elided = "*"
        if lang == "en" and s >= 2 and text[s - 1] in "’'" and text[s - 2].isalpha():
            apos_before = "*"
        capital = not w.islower()
        initial = capital and self.initial(s)
        best = None
        rivals = 0
        zw = _zipf(f)
        freq = self.freq
        # No piece of a token without ß has one: the plain dict look-up.
        fget = freq._d.get if isinstance(freq, _SharpS) and "ß" not in lw else freq.get
        alone = self.alone
        # alone(), inlined for the loop: the exact form (German) or the
        # lower-cased form among the document's own words.
        if lang == "de":
            vocab, forms = self.doc.vocab, None
        else:
            vocab, forms = None, self._lower_forms
            if forms is None:
                forms = self._lower_forms = {x.lower() for x in self.doc.vocab}
        elided_pieces = ELIDED.get(lang, ())
        is_elided = bool(elided)
        # A known token is split only as the I pronoun (capitalised English
        # token starting with "i") or for a pair gap of _PAIR_GAP; the gap
        # needs both parts in the word list and fl * fr >= 10 ** (zw + gap - 9)
        # (zl + zr - 9 - zw >= gap): cuts that cannot reach it are skipped
        # here, before any other test (the floor has a margin of 2, so
        # rounding never skips a cut that the test below would keep).
        floor = floor_r = None
        if f is not None and zw > 0.0:
            if elided or (capital and not initial and not (lang == "en" and lw[:1] == "i")):
                return None  # every cut fails the test below
            if not (capital and lang == "en" and lw[:1] == "i"):
                floor = 10.0 ** (zw + _PAIR_GAP - 9.0) / 2.0
                # No left part is more frequent than the language's top word.
                floor_r = floor / _top_frequency(lang)
        for i in range(1, len(lw)):
            right = lw[i:]
            if is_elided and right not in elided_pieces:
                continue
            # Cheapest rejections first: a part that is no word at all.
            fr = fget(right)
            if floor is not None and (fr is None or fr < floor_r):
                continue  # zr = 0 or too low for any left part: no pair gap
            jr = is_elided or right in joiners
            if fr is None and not jr:
                if len(right) < 3:
                    continue
                dr = right in vocab if forms is None else right.lower() in forms
                if not dr:
                    continue
            else:
                dr = None
            left = lw[:i]
            contraction = bool(apos_before) and left in CONTRACTIONS
            fl = fget(left)
            if floor is not None and (fl is None or fl * fr < floor):
                continue  # no pair gap
            jl = contraction or left in joiners
            if fl is None and not jl:
                if len(left) < 3:
                    continue
                dl = w[:i] in vocab if forms is None else w[:i].lower() in forms
                if not dl:
                    continue
            else:
                dl = None
            pieces = (left if contraction else "", right if elided else "")
            if not self._part_ok(lang, left, right, pieces):
                continue
            if dl is None:
                dl = alone(w[:i])
            if dr is None:
                dr = alone(right)
            zl, zr = _zipf(fl), _zipf(fr)
            pronoun = False
            if capital:
                # A capitalised token is a name unless the evidence is grammar:
                # never two content words (Montevista, Worldport), a function
                # word first only at the start of a sentence (Lescuisinières),
                # a name before a function word only if it is a known word or
                # used alone in the document (Ukraineun, not Herces or Bity).
                pronoun = lang == "en" and left == "i" and zr >= 3.5
                if elided or (min(len(left), len(right)) < 2 and not pronoun):
                    continue
                if (jl and initial) or pronoun:
                    pass
                elif jr and len(left) >= 4 and (dl or zl >= 3.5):
                    pass
                elif not (dl and len(left) >= 4 and zr >= 3.5 and len(right) >= 4):
                    continue  # a name used alone elsewhere, then a word: Godardinnove
            if f is not None:
                # A known token: only a misspelling far rarer than the pair of
                # words it fuses would be if they were independent
                # (ofthe, dela), never a real word (dune, leda, forgo).
                gap = zl + zr - 9.0 - zw
                if capital and pronoun and zw < 2.5 and zr >= 4.5:
                    why = "the pronoun I glued to a word, the fused form is rare"
                elif (capital and not (initial and jl)) or elided or gap < _PAIR_GAP:
                    continue
                elif jl and jr:
                    why = "function words, the fused form is rare"
                elif (jl or jr) and (zr if jl else zl) >= 4.0 and (
                        min(len(left), len(right)) > 1 or gap >= 3.0):
                    why = "a function word glued to a word, the fused form is rare"
                else:
                    continue
                if lang == "de" and not (dl and dr) and not (
                        left in DE_SAFE_LEFT or right in DE_SAFE_RIGHT):
                    continue
                score, safe = 3.0, True
            else:
                kl = _known(zl, dl, len(left))
                kr = _known(zr, dr, len(right))
                doc = dl > 0 and dr > 0
                if repeated and not (lang != "de" and (jl or jr)):
                    continue  # only grammar splits a token the document repeats
                if lang == "de":
                    if left.endswith("en") and right in _DE_ARTICLES:
                        continue  # abgrenzen|der: a participle adjective (abgrenzender)
                    if (right in DE_SAFE_RIGHT and kl and len(left) >= 4) or (
                            left in DE_SAFE_LEFT and kr and len(right) >= 4) or (
                            jl and jr and (left in DE_SAFE_LEFT or right in DE_SAFE_RIGHT)):
                        score, safe = 2.0 + doc, True
                        why = "a function word glued to a word"
                    elif doc and (jl or kl) and (jr or kr):
                        if left in _DE_SEPARABLE and not jr:
                            continue  # separable verb: aufmachen
                        score, safe = 2.0 + (jl or jr), jl or jr or (zl >= 3.0 and zr >= 3.0)
                        why = "both parts occur alone in the document"
                    else:
                        continue
                elif (jl and (kr or jr)) or (jr and kl):
                    if jl and not jr and left in PREFIX_JOINERS[lang] and not doc and zr < 4.0:
                        continue  # con|fluidas: a prefix more likely than a word
                    if repeated and (zl if jr else zr) < 3.5:
                        continue  # a repeated token is a term unless both parts are common
                    score, safe = 2.0 + doc, True
                    why = "a function word glued to a word" + (
                        ", both used alone in the document" if doc else "")
                elif capital:
                    if not (dl and not initial):
                        continue
                    score, safe = 2.0, True
                    why = "a name used alone in the document glued to a word"
                elif kl and kr and doc:
                    score, safe = 2.0, zl >= 3.0 and zr >= 3.0
                    why = "both parts occur alone in the document"
                elif zl >= 3.0 and zr >= 3.0 and len(left) >= 3 and len(right) >= 3:
                    # Two content words: safe only when both are long and
                    # frequent (short pieces make typos look like pairs:
                    # hire|ing, mus|ems; derived words: re|apportion).
                    score = 1.0
                    short, long_ = sorted((left, right), key=len)
                    zs, zg = (zl, zr) if short is left else (zr, zl)
                    safe = min(zl, zr) >= CONTENT_PAIR_ZIPF[lang] and (
                        len(short) >= 4 or (zs >= 4.5 and len(long_) >= 5))
                    why = "two frequent words, the fused form is unknown"
                else:
                    continue
            # Splits of one kind of evidence compete on the frequency of their
            # rarer part; two of a kind and of like frequency are a tie
            # (emblématique|sont, emblématiques|ont), a clear gap is not
            # (but|this beats butt|his).
            minz = min(zl, zr)
            key = (score, minz)
            if best is None or key > best[0]:
                if best is not None and _rival(best[0], key):
                    rivals += 1
                best = (key, i, safe, why, w[:i], w[i:])
            elif _rival(best[0], key):
                rivals += 1
        if best is None:
            return None
        (score, minz), i, safe, why, left, right = best
        score += minz / 10.0
        if rivals:
            safe = False
            why += f" ({rivals} other possible split{'s' if rivals > 1 else ''})"
        conf = min(0.95, 0.4 + score / 5.0) if safe else min(0.6, 0.2 + score / 5.0)
        return Split("words", s + i, f"fused words {left!r} + {right!r}: {why}", safe, conf)

    def case(self, start: int, w: str) -> Split | None:
        """``theUnited``, ``LeserWie``: one lower -> upper transition inside a token."""
        cuts = [i for i in range(1, len(w)) if w[i - 1].islower() and w[i].isupper()]
        if len(cuts) != 1:
            return None
        i = cuts[0]
        left, right = w[:i], w[i:]
        if len(left) < 2 or not left[1:].islower():
            return None
        ll, lr = left.lower(), right.lower()
        fw = self.freq.get(w.lower())
        pronoun = right == "I" and self.lang == "en"
        if fw is not None and not pronoun:  # andI, thatI: the pronoun is no spelling
            # YouTube, PowerPoint, iPhone: a spelling of a word.  Only a
            # stray form far rarer than its two words survives (theNetherlands).
            zw = _zipf(fw)
            if zw > 1.5 or self.z(ll) + self.z(lr) - 9.0 - zw < 1.5:
                return None
        jl, jr = ll in self.joiners, lr in self.joiners
        if not right[1:].islower():
            # the + USA, and + I: only after a lower-case function word.
            acronym = len(right) > 1 and self.alone(right) > 0
            if not (left.islower() and right.isupper() and (
                    (jl and acronym) or (pronoun and (jl or self.z(ll) >= 3.5)))):
                return None
        elif len(right) < 2:
            return None
        if left[0].isupper() and ll in BRAND_PREFIXES:
            return None  # McDonald, DiCaprio, LaGuardia
        if self.lang == "de" and lr in ("in", "innen"):
            return None  # Binnen-I: LehrerInnen
        zl, zr = self.z(ll), self.z(lr)
        dl, dr = self.alone(left), self.alone(right)
        if left[0].islower():
            if self.code_like:
                return None  # camelCase identifiers
            code = ll in CODE_PREFIXES
            # Identifiers are English: in the other languages a capital after
            # a lower-case word inside a token is a lost space (deStellenbosch,
            # wichtigenInstanz); in English, userName stays unless the
            # capitalised word is also used alone.
            english = self.lang == "en"
            if jl and (zr >= 2.5 or dr or (not english and len(right) >= 4)):
                safe, why = not code or bool(dr), "a function word glued to a capitalised word"
            elif zl >= 3.0 and (zr >= 3.0 or dr):
                safe = (bool(dr) or (not english and len(left) >= 4)) and not code
                why = "a word glued to a capitalised word"
            else:
                return None
        else:
            if jr and (zl >= 3.0 or dl):
                safe, why = True, "a word glued to a capitalised function word"
            elif jl and (zr >= 3.0 or dr):
                safe, why = bool(dr), "a capitalised function word glued to a word"
            elif dl and dr and zl >= 3.0 and zr >= 3.0:
                safe, why = False, "two capitalised words, both used alone in the document"
            else:
                return None
        return Split("case", start + i, f"fused words {left!r} + {right!r}: {why}", safe,
                     0.9 if safe else 0.5)

    def digits(self) -> None:
        """``2019Alors``: a number glued to the next block's first word."""
        for m in _DIGITS_WORD_RE.finditer(self.text):
            num, word = m.group(1), m.group(2)
            if not (word[0].isupper() and word[1:].islower()):
                continue
            if self.glued(m.start(), m.end()):
                continue
            zw = self.z(word.lower())
            if zw < 3.0:
                continue
            year = len(num) == 4 and 1800 <= int(num) <= 2099
            safe = year and zw >= 3.5
            self.splits.append(Split(
                "digits", m.start(2), f"number {num!r} glued to the word {word!r}", safe,
                0.85 if safe else 0.4))


def analyse(doc) -> list[Split]:
    """The fused-word splits of ``doc``, computed once per document."""
    cached = doc.__dict__.get("_fused_splits")
    if cached is None:
        if doc.lang not in LANGS or not frequencies(doc.lang):
            cached = []
        else:
            cached = _Analysis(doc).run()
        doc.__dict__["_fused_splits"] = cached
    return cached


class _FusedRule(Rule):
    family = "fused"
    stage = STAGE_SPLIT
    languages = LANGS
    kind = ""
    repeat = True  # a split part can itself be fused (theofthe)

    def precheck(self, text: str) -> bool:
        return bool(_LETTERS4_RE.search(text))

    def propose(self, doc):
        for sp in analyse(doc):
            if sp.kind == self.kind:
                yield self.edit(doc, sp.at, sp.at, " ", sp.reason, safe=sp.safe,
                                confidence=sp.confidence)


@register
class FusedWords(_FusedRule):
    """Splits two words fused by a lost space, on frequency and document evidence.

    Why: scraping drops the space at the edge of a link (``nucléaire<a>pour``);
    the fused token is not a word, so it breaks search, counts and models.

    Example::

        la doctrine nucléairepour soutenir   ->   la doctrine nucléaire pour soutenir
        more informationabout the plan       ->   more information about the plan

    How: only tokens unknown to the language's word list are examined (and
    rare misspellings of two function words: ``dela`` -> ``de la``).  A split
    needs both parts to be words: a function word glued to a word, two
    frequent words, or two words the document uses alone.  When several splits
    fit, or the evidence is weak, the edit is unsafe (opt-in).

    Stays off: any word of the language however rare (``pourtant``,
    ``notebook``, ``photosynthesis``), technical compounds starting with a
    combining form (``nano``, ``photo``), enclitic pronouns (``hacerlo``),
    German compounds (German needs both parts used alone in the document or
    a function word that is never an affix; never ``-in``, ``-es``, ``-er``),
    two content words in a capitalised token (``Montevista``: a name),
    English solid compounds unless both words are frequent, tokens that occur
    twice, URLs, e-mails, handles, hashtags, tokens touching digits, and
    languages other than French, English, German, Spanish and Italian.
    """

    code = "TF501"
    name = "fused-words"
    summary = "Two words fused by a lost space"
    kind = "words"


@register
class FusedCaseTransition(_FusedRule):
    """Splits a token at a lower-to-upper case transition between two words.

    Why: when the space between two words vanishes, a capitalised second word
    leaves a capital inside the token: ``theUnited``, ``l’UkraineUn``, or two
    blocks run together (``LeserWie``).

    Example::

        theUnited States   ->   the United States
        Liebe LeserWie geht es   ->   Liebe Leser Wie geht es

    How: one transition, both parts words (frequent, or used alone in the
    document).  Safe with a function word on one side; a lower-case word
    before a capitalised one is safe outside English (``wichtigenInstanz``),
    in English only if the capitalised word is also used alone (identifiers
    such as ``userName`` are English).  Two capitalised words are an unsafe
    split at best (brands: ``PlayStation``).

    Stays off: brand and name spellings known to the word list or built on a
    name prefix (``iPhone``, ``YouTube``, ``McDonald``, ``DiCaprio``),
    German gender forms (``LehrerInnen``), camelCase in code-like documents,
    code prefixes (``toString`` is only an unsafe split), acronyms, tokens
    with several transitions, tokens that occur twice.
    """

    code = "TF502"
    name = "fused-case-transition"
    summary = "Two words fused at a lower-to-upper case transition"
    kind = "case"


@register
class FusedAuxiliary(_FusedRule):
    """Splits the perfect's auxiliary off the word it was glued to.

    Why: in ``Natalia Galibarenkoa noté`` the space before the auxiliary
    ``a`` vanished; the name is unknown to any word list, but grammar shows
    the split: an auxiliary stands before a past participle.

    Example::

        Volodymyr Zelenskia demandé   ->   Volodymyr Zelenski a demandé
        Zelenskiha detto (it)         ->   Zelenski ha detto

    How: French ``a``, Italian and Spanish ``ha``, at the end of a token
    unknown to the word list, followed by a known past participle (``-é``,
    ``-i``, ``-u`` in French; ``-ato``/``-uto``/``-ito``; ``-ado``/``-ido``).
    Safe when the rest is a name (capitalised) or a known word.

    Stays off: known words (``Natalia``), present-tense look-alikes
    (``Oksana écrit``), non-participles (``lundi``, ``peu``).
    """

    code = "TF503"
    name = "fused-auxiliary"
    summary = "Auxiliary glued to the word before a past participle"
    kind = "aux"


@register
class FusedNumber(_FusedRule):
    """Splits a number glued to the capitalised word that follows it.

    Why: two blocks of a page run together (a date line, then the first
    paragraph) leave ``2019Alors``; no word starts with a number glued to a
    capitalised word.

    Example::

        Publié le 3 mars 2019Alors que   ->   Publié le 3 mars 2019 Alors que

    Safe for a year (1800-2099) before a frequent word; other numbers are an
    unsafe split.

    Stays off: tokens with digits that are spellings (``CO2``, ``110ᵉ``,
    ``3D``, ``mp3``, ``4Kids``), numbers of one digit, words unknown to the
    language, URLs and identifiers.
    """

    code = "TF504"
    name = "fused-number"
    summary = "A number glued to the capitalised word after it"
    kind = "digits"

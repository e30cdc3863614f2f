"""TF6xx: lost apostrophes (French and Italian elisions, English contractions).

A scraper that drops apostrophes glues an elided word to the next one
(``lUkraine``, ``quil``, ``dellUnione``) and turns contractions into other
words or non-words (``dont``, ``youre``).  The rules insert the apostrophe
back, in the document's own style (``’`` or ``'``), only where the fused token
is not a word of the language and what follows the elision is one.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..lang import apostrophes as T
from ..lang.freq import frequencies, zipf
from .base import STAGE_APOSTROPHE, Rule, register

# Characters that, next to a token, show it is part of something else: a word
# with an apostrophe or hyphen, a handle, a path, a URL, a number, code.
_GLUE_BEFORE = set("'’‘`-_@#/\\.&=+%$0123456789") | {"\u00ad"}
_GLUE_AFTER = set("'’‘`-_@/\\&=+%0123456789") | {"\u00ad"}
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?…:«\"“(—–-]|\n)[\s\u00a0]*$")

#: Frequencies (Zipf) the evidence needs.
REST_MIN = 3.0  # what follows the elision is a common word ...
FUSED_MAX = 3.0  # ... and the fused token is not one ...
MARGIN = 1.3  # ... by a clear margin (20 times).
COMMON = 1e-5  # Zipf 4: a word this common is itself, unless a closed pair


@lru_cache(maxsize=None)
def _elision_re(lang: str) -> re.Pattern:
    """Letter runs that start with an elided word and a vowel: the only candidates."""
    elided = "|".join(T.ELIDED[lang])
    return re.compile(r"(?<![^\W\d_])(?:" + elided + r")[" + T.VOWELS[lang] + r"][^\W\d_]*",
                      re.IGNORECASE)


@lru_cache(maxsize=None)
def _common_words(lang: str) -> frozenset[str]:
    """Words more frequent than ``COMMON`` that are no closed or context pair: never fused."""
    special = T.CLOSED.get(lang, {}).keys() | T.CONTEXT_WORDS.get(lang, {}).keys()
    return frozenset(w for w, f in frequencies(lang).items() if f > COMMON and w not in special)


#: Per (pattern, common words): does a word form qualify?  Bounded: past the
#: limit, new forms are decided afresh each time.
_FORM_CACHE_MAX = 100_000
_form_caches: dict[tuple, dict[str, bool]] = {}


def _candidate_forms(doc, pattern: re.Pattern, common: frozenset) -> set[str]:
    """The document's word forms that ``pattern`` matches whole, without ``common`` ones.

    ``pattern`` starts after a non-letter and its matches end at a word's end,
    so its matches in the text are exactly the words that it matches alone.
    """
    cache = _form_caches.get((pattern, common))
    if cache is None:
        cache = _form_caches[(pattern, common)] = {}
    out = set()
    for w in doc.vocab:
        ok = cache.get(w)
        if ok is None:
            m = pattern.match(w)
            ok = m is not None and m.end() == len(w) and w.lower() not in common
            if len(cache) < _FORM_CACHE_MAX:
                cache[w] = ok
        if ok:
            out.add(w)
    return out


def _candidates(doc, pattern: re.Pattern, common: frozenset = frozenset()):
    """(index in doc.words, match) of the words ``pattern`` matches whole, in order.

    Words whose lower-case form is in ``common`` are left out.
    """
    forms = _candidate_forms(doc, pattern, common)
    if not forms:
        return
    text = doc.text
    n = len(text)
    for i, m in enumerate(doc.words):
        if m.group() in forms:
            end = m.end()
            if end < n and (text[end].isalpha() and not text[end].isdigit()):
                continue
            yield i, m


def _style(doc) -> str:
    return doc.config.option("apostrophe", None) or doc.apostrophe


_HYPHEN_OK_RE = re.compile(r"--|-(?:t-)?(?:il|elle|on|ce|ils|elles)(?![^\W\d_])|-à-dire")


def _isolated(text: str, s: int, e: int, camel: bool = False) -> bool:
    """The letter run text[s:e] stands alone (not part of a URL, handle, number...).

    A hyphen after it is fine before an inverted pronoun (``nest-il``), in
    ``cest-à-dire``, as a double-hyphen dash, and after a camel-cased token
    (``dIlle-et-Vilaine``).
    """
    if s > 0 and text[s - 1] in _GLUE_BEFORE and text[max(0, s - 2):s] != "--":
        return False
    if e < len(text) and text[e] == "-" and (camel or _HYPHEN_OK_RE.match(text, e)):
        return True
    if s > 0 and text[s - 1] in _GLUE_BEFORE:
        return False
    if e < len(text):
        c = text[e]
        if c in _GLUE_AFTER:
            return False
        if c == "." and e + 1 < len(text) and text[e + 1].isalnum():
            return False
    return True


def _sentence_start(text: str, s: int) -> bool:
    return bool(_SENTENCE_START_RE.search(text[max(0, s - 12):s]))


def _neighbour(doc, i: int, step: int):
    """The word before (step -1) or after (+1) word i, if only spaces separate them."""
    j = i + step
    words = doc.words
    if not 0 <= j < len(words):
        return None
    a, b = (words[j].end(), words[i].start()) if step < 0 else (words[i].end(), words[j].start())
    gap = doc.text[a:b]
    return words[j].group() if gap and gap.strip(" \u00a0") == "" else None


class _Elisions(Rule):
    """Shared logic of the French and Italian elision rules."""

    lang = ""
    stage = STAGE_APOSTROPHE

    def precheck(self, text: str) -> bool:
        return True

    def propose(self, doc):
        lang = self.lang
        text = doc.text
        apo = None  # the document's style, looked up at the first repair
        elided = T.ELIDED[lang]
        vowels = T.VOWELS[lang]
        strong, weak = [], []
        freqs = frequencies(lang)
        special = T.CLOSED.get(lang, {}).keys() | T.CONTEXT_WORDS.get(lang, {}).keys()
        for i, m in _candidates(doc, _elision_re(lang), _common_words(lang)):
            tok = m.group()
            low = tok.lower()
            if freqs.get(low, 0.0) > COMMON and low not in special:
                continue  # ``les``, ``dans``, ``sont``: common words, never fused
            camel = tok[0].islower() and any(c.isupper() for c in tok[1:])
            if len(tok) < 2 or not _isolated(text, m.start(), m.end(), camel):
                continue
            for e in elided:
                if not low.startswith(e) or len(tok) <= len(e) or tok[len(e)] not in vowels:
                    continue
                found = self._judge(doc, i, tok, low, e)
                if found is not None:
                    safe, reason, sure = found
                    pos = m.start() + len(e)
                    if apo is None:
                        apo = _style(doc)
                    edit = self.edit(doc, pos, pos, apo, reason, safe=safe,
                                     confidence=0.95 if sure else 0.8)
                    (strong if sure or not safe else weak).append(edit)
                break  # the longest elided word that matches decides
        yield from strong
        # A fused token that is itself a (rare) word is repaired only in a
        # document that shows the damage elsewhere.
        if any(e.safe for e in strong) or len(weak) >= 2:
            yield from weak

    def _judge(self, doc, i, tok, low, e):
        """(safe, reason, sure) for the token ``e`` + rest, or None."""
        lang = self.lang
        prefix, rest = tok[: len(e)], tok[len(e):]
        rl = rest.lower()
        text = doc.text
        start = doc.words[i].start()
        # Case shapes: all lower; Title (sentence start only); camel (lUkraine);
        # all upper (LOTAN: the document must show the word after the elision).
        if tok.islower():
            shape = "lower"
        elif tok.isupper():
            shape = "upper"
        elif prefix.islower() or (prefix[:1].isupper() and (len(prefix) == 1 or prefix[1:].islower())):
            if rest[0].isupper():
                shape = "camel"
            elif rest.islower() and prefix[:1].isupper():
                shape = "title"
            else:
                return None
        else:
            return None
        if shape == "title" and not _sentence_start(text, start):
            return None  # a capitalised word inside a sentence: a name
        closed = T.CLOSED.get(lang, {})
        if low in closed and closed[low] == len(e):
            if shape in ("lower", "title"):
                return True, f"lost elision apostrophe ({e}’ + {rl})", True
            return None
        context = T.CONTEXT_WORDS.get(lang, {})
        if low in context:
            return self._in_context(doc, i, low, e, shape, context[low])
        if low in T.UNSAFE_ONLY.get(lang, ()):
            if shape in ("lower", "title"):
                return False, f"maybe a lost elision apostrophe ({e}’{low[len(e):]})", False
            return None
        if low in T.REAL_WORDS.get(lang, ()):
            return None
        restricted = T.RESTRICTED.get(lang, {})
        if e in restricted and rl not in restricted[e]:
            return None
        if lang == "it" and len(e) == 1 and e not in "ld":
            return None  # m’ t’ s’ v’ n’ c’: only the closed pairs above
        if len(rest) < 2 or (len(rest) < 3 and shape != "camel"):
            return None
        zf, zr = zipf(low, lang), zipf(rl, lang)
        vocab = doc.vocab
        reason = f"lost elision apostrophe ({prefix}’ + {rest})"
        if shape == "camel":
            if len(rest) < 3 and not rest.isupper():
                return None
            if rest.isupper():  # an acronym: the document must use it, or l’ + a vowel
                ok = vocab.get(rest, 0) > 0 or (prefix == "l" and len(rest) >= 2)
            else:
                ok = zr >= 2.5 or vocab.get(rest, 0) > 0 or (e not in "jmntsc" and zf < 1.0)
            # The case pattern rules out the word ``lue`` for ``lUE``, except
            # after a bare ``d`` (dBase, dATP).
            return (True, reason, True) if ok and (zf < FUSED_MAX or e != "d") else None
        if shape == "upper":
            if vocab.get(rest, 0) > 0 and zf < 2.5:
                return True, reason + ", as in the document", True
            return None
        if rest[0] in "yY":
            return None
        if lang == "it" and e in T.IT_PREPOSITIONS and zf == 0.0 and len(rest) >= 4:
            # dell’, dall’, nell’, sull’ + a vowel: the preposition, even before a rare noun
            return True, reason, True
        low_text = doc.__dict__.get("_apostrophes_lower")
        if low_text is None:
            low_text = doc.__dict__["_apostrophes_lower"] = text.lower()
        shown = (e + "’" + rl) in low_text or (e + "'" + rl) in low_text
        if l_plural(e, rl, lang):
            return None
        if zf == 0.0 and zr >= 2.0:
            return True, reason, zr >= 3.0 or shown
        if _verb_family(low, lang):
            return None  # ``lavait``, ``lassez``: forms of a verb (laver, lasser)
        if zf < 2.0 and zr >= REST_MIN and zr - zf >= 2.0:
            return True, reason, True
        if (len(e) > 1 or e in "ld") and zf <= FUSED_MAX and zr - zf >= 2.7:
            return True, reason, True  # 500 times rarer than the word after l’, d’, qu’
        if zf <= FUSED_MAX and zr >= REST_MIN and zr - zf >= MARGIN:
            return True, reason, shown
        return None

    def _in_context(self, doc, i, low, e, shape, rule):
        """A fused form that is also a word: repaired only where the word cannot stand."""
        if shape not in ("lower", "title"):
            return None
        prev = _neighbour(doc, i, -1)
        nxt = _neighbour(doc, i, +1)
        p = prev.lower() if prev else None
        n = nxt.lower() if nxt else None
        if n is None:
            return None  # before punctuation: the word itself (``na !``)
        for prev_in, prev_not, next_in in rule:
            if prev_in is not None and p not in prev_in:
                continue
            if prev_not is not None and p in prev_not:
                continue
            if next_in is not None and n not in next_in:
                continue
            return True, f"lost elision apostrophe ({e}’{low[len(e):]}: {low} cannot stand here)", True
        return None


_VERB_ENDINGS = ("aient", "ait", "ais", "ant", "ons", "ez", "ent", "ées", "és", "ée", "é", "er", "e")


def _verb_family(low: str, lang: str) -> bool:
    """The token is a form of a French verb the language knows (``lavait`` of ``laver``)."""
    if lang != "fr":
        return False
    for end in _VERB_ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 3:
            stem = low[: len(low) - len(end)]
            if zipf(stem + "er", lang) >= 2.5 and zipf(stem + "ait", lang) >= 1.5:
                return True
    return False


def l_plural(e: str, rest: str, lang: str) -> bool:
    """French ``l’`` precedes a singular: ``langes`` is not ``l’anges``."""
    if lang != "fr" or e != "l" or rest[-1:] not in ("s", "x") or len(rest) < 4:
        return False
    return zipf(rest[:-1], lang) >= zipf(rest, lang) - 0.5


@register
class FrenchElision(_Elisions):
    """Restores the apostrophe of a French elision glued to the next word.

    Why: dropping the apostrophe fuses two words into a non-word (``lUkraine``,
    ``quil``, ``davoir``), which readers, search and tokenizers see as one
    unknown word.

    Example::

        Le soutien à lUkraine, quil a réaffirmé   ->   Le soutien à l’Ukraine, qu’il a réaffirmé

    How: a token that starts with an elided word (``l d j m n s t c qu jusqu
    lorsqu puisqu``) followed by a vowel or h is repaired when the rest is a
    common word (word frequencies, or the document's own words) and the token
    itself is not one, by a clear margin.  Closed pairs (``cest``, ``jai``,
    ``quil``, ``ny``) are known; ``na`` becomes ``n’a`` before a negation
    (``na pas``).  An acronym (``LOTAN``, ``lOTAN``) is repaired only when the
    document writes the acronym itself.  The apostrophe follows the
    document's style.

    Stays off: real words (``lac``, ``dire``, ``dont``, ``celle``, ``son``),
    capitalised words inside a sentence (names such as ``Laval``), tokens that
    are part of a URL, handle, number or hyphenated word.  ``sil``, ``dune``
    and ``lest`` are words too: they are only unsafe fixes.
    """

    code = "TF601"
    name = "french-elision"
    family = "apostrophes"
    summary = "Lost apostrophe of a French elision (lUkraine, quil)"
    languages = frozenset({"fr"})
    lang = "fr"


@register
class ItalianElision(_Elisions):
    """Restores the apostrophe of an Italian elision glued to the next word.

    Why: ``lanno``, ``dellUnione`` or ``unaltra`` are not words; the article or
    preposition lost its apostrophe and fused with the noun.

    Example::

        dellUnione e lanno scorso   ->   dell’Unione e l’anno scorso

    How: a token starting with an elided form (``l d un all dall dell nell
    sull quest quell sant bell``) followed by a vowel or h is repaired when the
    rest is a common word and the token is not one; ``c’è``, ``l’ha`` and a few
    other closed pairs are known.  The apostrophe follows the document's
    style.

    Stays off: real words (``della``, ``dalla``, ``luna``, ``lavoro``),
    capitalised words inside a sentence, the rarer one-letter elisions
    (``m’``, ``t’``, ``s’``) outside the known pairs.
    """

    code = "TF602"
    name = "italian-elision"
    family = "apostrophes"
    summary = "Lost apostrophe of an Italian elision (lanno, dellUnione)"
    languages = frozenset({"it"})
    lang = "it"


def _contraction_table() -> dict[str, int]:
    return {c.replace("'", "").lower(): c.index("'") for c in T.CONTRACTIONS_SAFE}


_SAFE = _contraction_table()
_CONTRACTION_RE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted(set(_SAFE) | set(T.CONTRACTIONS_AMBIGUOUS), key=len,
                                        reverse=True)) + r")(?![^\W\d_])", re.IGNORECASE)


# Writing the pronoun as a lower-case ``i``, or a line with no capital letter
# at all, marks informal writing, where a missing apostrophe is the writer's
# habit rather than scraping damage.
_LOWER_I_RE = re.compile(r"(?<![^\W\d_'’])i(?![^\W\d_'’])")


def _informal_line(text: str, pos: int) -> bool:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    line = text[s : len(text) if e < 0 else e]
    return bool(_LOWER_I_RE.search(line)) or line == line.lower()


@register
class EnglishContraction(Rule):
    """Restores the apostrophe of an English contraction.

    Why: ``dont``, ``doesnt`` or ``youre`` are not words; the scraper dropped
    the apostrophe of ``don't``, ``doesn't``, ``you're``.

    Example::

        I dont know if youre coming   ->   I don't know if you're coming

    How: only contractions whose fused form is not a word are safe fixes.
    ``cant``, ``wont``, ``its``, ``Ill``, ``Id`` and ``lets`` are words too:
    they are unsafe fixes, and only in a context that rules the word out
    (``I cant``, ``its a``, ``Ill be``, ``Lets`` opening a sentence).  The
    apostrophe follows the document's style.

    In a line written informally (the pronoun as a lower-case ``i``, no
    capital letter at all) the fix is unsafe: there the writer, not the
    scraper, may have left the apostrophe out.

    Stays off: ``well``, ``were``, ``hell``, ``shell``, ``wed``, ``shed`` (no
    context tells them apart), names (``Ive`` after a capitalised word), tokens
    that are part of a URL, handle or hyphenated word.
    """

    code = "TF603"
    name = "english-contraction"
    family = "apostrophes"
    summary = "Lost apostrophe of an English contraction (dont, youre)"
    stage = STAGE_APOSTROPHE
    languages = frozenset({"en"})

    def propose(self, doc):
        text = doc.text
        apo = None  # the document's style, looked up at the first repair
        for i, m in _candidates(doc, _CONTRACTION_RE):
            tok = m.group()
            low = tok.lower()
            if len(tok) < 2 or not _isolated(text, m.start(), m.end()):
                continue
            if low in _SAFE:
                if not self._case_ok(doc, i, tok, low):
                    continue
                pos = m.start() + _SAFE[low]
                informal = _informal_line(text, m.start())
                if apo is None:
                    apo = _style(doc)
                yield self.edit(doc, pos, pos, apo, f"lost apostrophe of a contraction ({low})"
                                + (" in informal writing" if informal else ""),
                                safe=not informal, confidence=0.6 if informal else 0.95)
            elif low in T.CONTRACTIONS_AMBIGUOUS:
                contracted = T.CONTRACTIONS_AMBIGUOUS[low]
                if self._context(doc, i, tok, low):
                    pos = m.start() + contracted.index("'")
                    if apo is None:
                        apo = _style(doc)
                    yield self.edit(doc, pos, pos, apo,
                                    f"maybe a lost apostrophe ({tok} -> {contracted})",
                                    safe=False, confidence=0.7)

    @staticmethod
    def _case_ok(doc, i, tok, low) -> bool:
        if low in ("im", "ive"):
            # ``Ive`` after a capitalised word is a name; ``IM`` an abbreviation.
            if tok not in ("Im", "Ive", "im", "ive"):
                return False
            prev = _neighbour(doc, i, -1)
            if prev and prev[:1].isupper() and i > 0:
                # After a capitalised word that is not a common word: a name.
                return zipf(prev, "en") >= 5.0
            return True
        return tok.islower() or tok.isupper() or (tok[0].isupper() and tok[1:].islower())

    @staticmethod
    def _context(doc, i, tok, low) -> bool:
        prev = _neighbour(doc, i, -1)
        nxt = _neighbour(doc, i, +1)
        if low in ("cant", "wont"):
            return tok.islower() and prev is not None and prev.lower() in T.SUBJECTS
        if low == "its":
            return nxt is not None and nxt in T.AFTER_ITS
        if tok == "Ill":
            return nxt is not None and nxt in T.AFTER_I_WILL
        if tok == "Id":
            return nxt is not None and nxt in T.AFTER_I_WOULD
        if tok == "Lets":
            return _sentence_start(doc.text, doc.words[i].start()) and nxt is not None and nxt.islower()
        return False

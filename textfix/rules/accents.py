"""TF7xx: stripped accents.

A scraper (or a degraded copy of a headline) sometimes delivers a sentence
with its accents stripped inside a document that is otherwise written with
them: ``LOTAN reaffirme son soutien a lUkraine apres le tir``.  The rule finds
such sentences and gives their words back the accents that word frequencies
and the document's own vocabulary make clear.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..lang import accents as A
from ..document import WORD_RE
from ..lang.freq import frequencies
from .base import STAGE_ACCENT, Rule, register

#: The accented form must be this many times more frequent than the bare one
#: (Zipf 1.3), and the accented forms considered are within 10x of the best.
RATIO = 10.0
NEAR = 10.0
#: A sentence with a single such word needs a clearer one (German umlauts
#: mark inflection, ``vertrage``/``Verträge``: more still).
SINGLE_RATIO = 10.0
SINGLE_RATIO_DE = 30.0
#: Inside a sentence already shown to be stripped.
STRIPPED_RATIO = 3.0
#: An accented form known from the document itself needs less.
DOC_RATIO = 3.0
#: Below this Zipf, an accented form counts only if the document uses it.
MIN_ZIPF = 2.5
#: A sentence is stripped when it has no accented letter and at least this
#: many words whose accented form is clear.
MIN_CANDIDATES = 2
#: A document needs this many accented letters elsewhere to show its style.
MIN_ACCENTED = 1

_UNIT_RE = re.compile(r"[^\n.!?…]+[.!?…]*")
_NON_ASCII_LETTER_RE = A.ACCENTED_RE
_WORD_RE = WORD_RE
_match_start = re.Match.start


_YEAR_THEN_RE = re.compile(
    r"[ \u00a0](?:1[5-9]\d\d|20\d\d)(?:\s*[,.;:)]|\s+(?:et|puis|il|elle|ils|elles|on|le|la|les|"
    r"l|à|a|au|aux|en|jusqu|ce|cette|déjà|deja)(?![^\W\d_]))")


def _spanish_preterite(doc, k, low, forms, lang):
    """Spanish ``se formo``: after ``se`` a verb is not in the first person, so -o is -ó."""
    if lang != "es" or k == 0 or not low.endswith("o") or not forms:
        return None
    if doc.words[k - 1].group().lower() not in A.ES_THIRD_PERSON_BEFORE:
        return None
    want = low[:-1] + "ó"
    for w, f in forms:
        if w == want and A.zipf_of(f) >= 2.5:
            return w
    return None


def _opens_unit(text: str, unit_start: int, pos: int) -> bool:
    return not any(c.isalnum() for c in text[unit_start:pos])


def _phrase_evidence(doc, k, low, forms):
    """An accented form the document itself writes with the same neighbours.

    ``a l’Ukraine`` in a stripped line, ``à l’Ukraine`` in the headline: the
    document decides the ambiguous ``a``.  The next (or previous) words must
    make a phrase of at least 6 letters, and the bare phrase must occur only
    here.
    """
    if not forms:
        return None
    low_text = _lower(doc)
    for seg, before in _neighbour_segments(doc, k):
        candidates = [f for f, _ in forms[:3] if ((seg + f) if before else (f + seg)) in low_text]
        if not candidates:  # a substring test first: regexes only for real hits
            continue
        bare = (seg + low) if before else (low + seg)
        if low_text.count(bare) > 1 and len(
                re.findall(r"(?<![^\W\d_])" + re.escape(bare) + r"(?![^\W\d_])", low_text)) > 1:
            continue
        for form in candidates:
            phrase = (seg + form) if before else (form + seg)
            if re.search(r"(?<![^\W\d_])" + re.escape(phrase) + r"(?![^\W\d_])", low_text):
                return form
    return None


def _neighbour_segments(doc, k):
    """The text joining word k to its next and previous words (6 letters at least)."""
    words = doc.words
    text = doc.text
    m = words[k]
    for step in (1, -1):
        edge = m.end() if step > 0 else m.start()
        letters = 0
        far = None
        j = k + step
        while 0 <= j < len(words) and abs(j - k) <= 2:
            gap = words[j].start() - edge if step > 0 else edge - words[j].end()
            if gap > 2 or gap < 0:
                break
            letters += len(words[j].group())
            edge = words[j].end() if step > 0 else words[j].start()
            far = edge
            if letters >= 6:
                break
            j += step
        if far is None or letters < 6:
            continue
        if step > 0:
            yield text[m.end():far].lower(), False
        else:
            yield text[far:m.start()].lower(), True


def _lower(doc) -> str:
    cached = doc.__dict__.get("_accents_lower")
    if cached is None:
        cached = doc.__dict__["_accents_lower"] = doc.text.lower()
    return cached


def strip_head(word: str, cut: int) -> str:
    return A.strip(word[:cut])


def _restore_case(orig: str, accented: str) -> str:
    return "".join(a.upper() if o.isupper() else a for o, a in zip(orig, accented))


@register
class StrippedAccents(Rule):
    """Restores the accents of a sentence that lost them in an accented document.

    Why: a sentence whose accents were stripped (a degraded copy, an ASCII
    field) is misspelt throughout: ``apres``, ``reaffirme``, ``etait`` are not
    words, and search or models see them as unknown.

    Example::

        L’Otan reaffirme son soutien apres le tir.   ->   L’Otan réaffirme son soutien après le tir.

    How: a sentence (or line) with no accented letter, in a document that has
    accented letters elsewhere, is stripped when at least two of its words
    have a clear accented form: one that wordfreq finds at least 20 times more
    often than the bare word (3 times when the document itself uses it), with
    the accents all likely forms agree on (``decide`` -> ``décide``, whether
    ``décidé`` was meant or not).  Only those words change.  Ambiguous pairs
    (French ``a/à``, ``ou/où``, ``des/dès``; Spanish ``el/él``, ``mas/más``;
    Italian ``e/è``) change only in a context that decides them (``a partir``
    -> ``à partir``, ``de el`` -> ``de él``, ``e stato`` -> ``è stato``).

    Safe only for a whole line without accents: one unaccented sentence in a
    line whose other sentences carry accents may be its writer's habit
    (informal text), so that repair is unsafe.

    Stays off: text in a language without this rule (English), sentences that
    carry any accent, bare words the document uses in its accented sentences
    (a name written without accents), forms that are common words themselves
    (``note``/``noté``, ``esta``/``está``).  A document with no accent at all
    may be correct ASCII: its repairs are only unsafe fixes.
    """

    code = "TF701"
    name = "stripped-accents"
    family = "accents"
    summary = "Accents stripped from a sentence of an accented document"
    stage = STAGE_ACCENT
    languages = A.LANGUAGES

    def precheck(self, text: str) -> bool:
        return not text.isascii() or self.config.unsafe_fixes

    def propose(self, doc):
        lang = doc.lang
        text = doc.text
        if MIN_ACCENTED <= 1:
            safe = MIN_ACCENTED <= 0 or _NON_ASCII_LETTER_RE.search(text) is not None
        else:
            safe = len(_NON_ASCII_LETTER_RE.findall(text)) >= MIN_ACCENTED
        if not safe and not self.config.unsafe_fixes:
            return
        ix = A.index(lang)
        freqs = frequencies(lang)
        ambiguous = A.AMBIGUOUS.get(lang, frozenset())
        context = A.CONTEXT.get(lang, [])
        # Bare words the document also writes in sentences that carry accents.
        words = doc.words
        units = [m.span() for m in _UNIT_RE.finditer(text)]
        wi = 0
        plain_units: list[tuple[int, int]] = []
        for s, e in units:
            if not _NON_ASCII_LETTER_RE.search(text, s, e):
                plain_units.append((s, e))
        if not plain_units:
            return
        # A sentence none of whose words can get an accent in the first pass
        # of _unit is never repaired: skip it (and, with no other, the rest).
        keys = A.first_pass_keys(lang, ambiguous)
        spans: list = []
        any_candidate = False
        for s, e in plain_units:
            # Word starts increase: the first word starting at s or later, and at e.
            wi = bisect_left(words, s, lo=wi, key=_match_start)
            j = bisect_left(words, e, lo=wi, key=_match_start)
            # Only words with an accented form or an ambiguous one matter:
            # the others can give nothing in either pass of _unit.
            relevant = []
            candidate = False
            for k in range(wi, j):
                low = words[k].group().lower()
                if low in ix or low in ambiguous:
                    relevant.append(k)
                    candidate = candidate or low in keys
            if candidate:
                spans.append((s, relevant))
                any_candidate = True
            else:
                spans.append(None)
        if not any_candidate:
            return
        bare_cache: list[set[str]] = []

        def bare_elsewhere() -> set[str]:
            """Bare words the document writes outside its plain sentences (built at first use).

            No word crosses a unit's edge (units are cut at punctuation and
            line breaks), so those words are the letter runs between them.
            """
            if not bare_cache:
                outside: set[str] = set()
                pos = 0
                for s, e in plain_units:
                    if s > pos:
                        outside.update(_WORD_RE.findall(text, pos, s))
                    pos = e
                if pos < len(text):
                    outside.update(_WORD_RE.findall(text, pos))
                bare_cache.append({w.lower() for w in outside if not w.isupper() and (
                    w.isascii() or not _NON_ASCII_LETTER_RE.search(w))})
            return bare_cache[0]

        lower_vocab = doc.lower_vocab
        # _context depends on the document alone, not on the vocabulary that
        # grows between passes: decided once per word.
        context_memo: dict[int, str | None] = {}
        env = (lang, ix, freqs, ambiguous, context, bare_elsewhere, context_memo)
        # Accented forms restored in one stripped sentence count as the
        # document's own words for the others (so a second run adds nothing).
        vocab = lower_vocab
        accepted: dict[int, list] = {}
        for _ in range(4):
            before = len(accepted)
            for u, span in enumerate(spans):
                if span is not None and u not in accepted:
                    s, unit_words = span
                    found = self._unit(doc, s, unit_words, vocab, env)
                    if found:
                        accepted[u] = found
            if len(accepted) == before:
                break
            vocab = lower_vocab.copy()
            for found in accepted.values():
                vocab.update(a for _, a in found)
        for u in sorted(accepted):
            # Scraping strips accents block by block (a degraded heading, an
            # ASCII field), so a whole line without accents is clear damage.
            # One unaccented sentence in a line whose other sentences carry
            # accents is as likely its writer's habit: only an unsafe fix.
            us, ue = plain_units[u]
            ls, le = text.rfind("\n", 0, us) + 1, text.find("\n", ue)
            le = len(text) if le < 0 else le
            own_line = not (_NON_ASCII_LETTER_RE.search(text, ls, us)
                            or _NON_ASCII_LETTER_RE.search(text, ue, le))
            ok = safe and own_line
            for m, accented in accepted[u]:
                yield self.edit(doc, m.start(), m.end(), _restore_case(m.group(), accented),
                                "accents stripped in this " + ("line" if own_line else "sentence"),
                                safe=ok, confidence=0.9 if ok else 0.6)

    def _unit(self, doc, s, unit_words, lower_vocab, env):
        """The (word match, accented form) repairs of one unaccented sentence, or [].

        ``unit_words``: the indexes of its words that have an accented form
        or are ambiguous (no other word can change).
        """
        lang, ix, freqs, ambiguous, context, bare_elsewhere, context_memo = env
        text = doc.text
        words = doc.words
        found = []
        second: list[int] = []
        supported = 0
        for k in unit_words:
            m = words[k]
            w = m.group()
            low = w.lower()
            if len(low) < 2 and low != "a" or w.isupper() and len(w) > 1:
                continue
            if (m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] in "-_@/")) or (
                    m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_@/#")):
                continue
            if low in ambiguous:
                if w[:1].isupper() and not _opens_unit(text, s, m.start()):
                    continue  # ``de El Cairo``: part of a name
                if k in context_memo:
                    accented = context_memo[k]
                else:
                    accented = context_memo[k] = self._context(doc, k, low, lang, context, s, ix)
                # Grammar that rules the bare word out is evidence of stripping
                # (not a clause end alone: ``la`` is also a musical note).
                supported += accented is not None and low not in A.BEFORE_PUNCTUATION.get(lang, {})
            elif low in bare_elsewhere():
                continue
            elif lang == "de" and w[:1].isupper() and not _opens_unit(text, s, m.start()) \
                    and A.zipf_of(freqs.get(low, 0.0)) >= 2.5 \
                    and not any(doc.vocab.get(a[:1].upper() + a[1:], 0) for a, _ in ix.get(low, ())):
                # A German noun: wordfreq is lower-case and cannot tell
                # ``Ware`` (goods) from ``wäre``; only the document can.
                continue
            else:
                accented = self._clear_form(doc, k, low, ix.get(low), freqs.get(low, 0.0),
                                            lower_vocab, lang)
                if not accented:
                    second.append(k)
                if accented and (lower_vocab.get(accented, 0) or self._clear_form(
                        doc, k, low, ix.get(low), freqs.get(low, 0.0), lower_vocab, lang,
                        ratio=SINGLE_RATIO_DE if lang == "de" else SINGLE_RATIO)):
                    supported += 1
            if accented:
                found.append((m, accented))
        if len(found) < MIN_CANDIDATES and not (found and supported):
            return []
        # In a sentence shown to be stripped, a weaker majority will do.
        for k in second:
            m = words[k]
            low = m.group().lower()
            if m.group()[:1].isupper() and not _opens_unit(text, s, m.start()):
                continue  # a name: spellings vary, the weaker majority is not enough
            accented = self._clear_form(doc, k, low, ix.get(low), freqs.get(low, 0.0),
                                        lower_vocab, lang, ratio=STRIPPED_RATIO)
            if accented and lang == "es" and accented[:-1] == low[:-1] and accented[-1] == "ó":
                accented = None  # publico / publicó: the person decides, not frequency
            accented = accented or _phrase_evidence(doc, k, low, ix.get(low)) \
                or _spanish_preterite(doc, k, low, ix.get(low), lang)
            if accented:
                found.append((m, accented))
        found.sort(key=lambda x: x[0].start())
        return found

    @staticmethod
    def _context(doc, k, low, lang, context, unit_start, ix):
        words = doc.words
        phrase = _phrase_evidence(doc, k, low, ix.get(low))
        if phrase:
            return phrase
        if lang == "es" and low == "mas" and k > 0:
            # Adversative ``mas`` (but) opens a clause, after a comma; elsewhere
            # a stripped sentence's ``mas`` is ``más``.
            before = doc.text[unit_start:words[k].start()].rstrip()
            if before and before[-1].isalnum():
                return "más"
        prev = words[k - 1].group().lower() if k > 0 else None
        nxt_orig = words[k + 1].group() if k + 1 < len(words) else None
        nxt = nxt_orig.lower() if nxt_orig else None
        if lang == "fr" and low == "a" and words[k].group() == "A" and not doc.vocab.get("À", 0):
            return None  # French capitals often go without accents: the document decides
        if lang == "fr" and low == "a" and (k + 1 >= len(words) or doc.text[words[k].end()] != "-"):
            m = words[k]
            before = doc.text[unit_start:m.start()]
            start = not any(c.isalnum() for c in before)
            digits = bool(re.search(r"\d\s*$", before)) and bool(
                re.match(r"\s*\d", doc.text[m.end():]))
            if A.french_a(prev, nxt, nxt_orig, start, digits):
                return "à"
        after = doc.text[words[k].end():words[k].end() + 3].lstrip(" \u00a0")
        punct = A.BEFORE_PUNCTUATION.get(lang, {})
        if low in punct and (after == "" or after[0] in ".,;:!?)»") \
                and not (after[:1] == "." and after[1:2].isalpha()):
            return punct[low]
        if lang == "fr" and low == "des" and _YEAR_THEN_RE.match(doc.text, words[k].end()):
            return "dès"  # ``des 1990,``: a year, not a count of things
        for word, prev_in, next_in, accented in context:
            if word == low and (prev_in is None or prev in prev_in) and (
                    next_in is None or nxt in next_in):
                return accented
        return None

    @staticmethod
    def _clear_form(doc, k, low, forms, bare_freq, lower_vocab, lang, ratio=None):
        """The accented form of ``low`` that is clear, or None."""
        if not forms:
            return None
        best_f = forms[0][1]
        in_doc = [(w, f) for w, f in forms if lower_vocab.get(w, 0)]
        if in_doc:
            w, f = in_doc[0]
            if len(in_doc) == 1 and f >= DOC_RATIO * bare_freq:
                return w
        if lang == "fr" and k > 0 and len(low) >= 4 and (low[-1:] == "e" or low[-2:] == "es"):
            prev = doc.words[k - 1].group().lower()
            avoir = prev in A.FR_AVOIR and not (prev == "a" and low in A.FR_A_EXPRESSIONS)
            # After être the bare -e form (a present tense) cannot stand either,
            # but an adjective can (``est calme``): the participle must be the
            # more frequent form.
            etre = prev in A.FR_ETRE
            if avoir or etre:
                cut = -1 if low[-1] == "e" else -2
                participle = low[:cut] + "é" + (low[cut + 1:] if cut < -1 else "")
                need = A.zipf_of(bare_freq) - (1.0 if avoir else -0.3)
                for w, f in forms:
                    if strip_head(w, cut) == low[:cut] and w[cut:] == participle[cut:] \
                            and A.zipf_of(f) >= max(3.0, need) and f * NEAR >= best_f:
                        if etre and not avoir and any(
                                w2 != w and w2[cut:] == low[cut:] for w2, _ in forms):
                            break  # présente / présenté: the adjective is possible
                        return w
        floor = A.MIN_ZIPF if ratio is not None and bare_freq == 0.0 else MIN_ZIPF
        if A.zipf_of(best_f) < floor or best_f < (ratio or RATIO) * bare_freq:
            return None
        near = [(w, f) for w, f in forms if f * NEAR >= best_f]
        if len(near) > 1 and len({A.ACCENTED_RE.sub("*", w) for w, _ in near}) == 1 \
                and near[0][1] >= 3 * near[1][1]:
            return near[0][0]  # perché / perchè: the same letter, the usual accent
        near = [w for w, _ in near]
        if len(near) == 1:
            return near[0]
        if lang == "fr" and k > 0:
            # -e / -é: the participle after an auxiliary, the present after a subject.
            prev = doc.words[k - 1].group().lower()
            ends = {w[-1] for w in near}
            if ends == {"e", "é"} or ({w[-2:] for w in near} == {"es", "és"}):
                want = "é" if prev in A.FR_AUXILIARIES else (
                    "e" if prev in A.FR_PRESENT_SUBJECTS else None)
                if want:
                    pick = [w for w in near if want in w[-2:]]
                    if len(pick) == 1:
                        return pick[0]
        consensus = "".join(cs[0] if len(set(cs)) == 1 else b for b, cs in zip(low, zip(*near)))
        if consensus == low:
            return None
        return consensus if consensus in {w for w, _ in forms} else None

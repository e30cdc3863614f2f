"""Accent knowledge for the accent rules (TF7xx).

- :func:`strip`: a word without its diacritics (one character for one, so
  offsets and case carry over; ``ß``, ``æ``, ``œ`` are letters, not accents);
- :func:`index`: accent-stripped form -> accented forms, from wordfreq, built
  lazily once per language and cached (words above ``MIN_ZIPF`` only, which
  keeps the build well under a second);
- ambiguous pairs and the context rules that may restore them.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from .freq import frequencies

#: Languages whose stripped accents are restored.
LANGUAGES = frozenset({"fr", "es", "it", "de"})
#: Words below this Zipf frequency are not in the index.
MIN_ZIPF = 2.0


def _strip_table() -> dict[int, str]:
    table = {}
    for cp in range(0xC0, 0x250):
        c = chr(cp)
        base = unicodedata.normalize("NFD", c)
        if len(base) > 1 and base[0].isascii() and base[0].isalpha():
            table[cp] = base[0]
    return table


_STRIP = _strip_table()
#: Any letter that :func:`strip` changes.
ACCENTED_RE = re.compile("[" + "".join(chr(c) for c in sorted(_STRIP)) + "]")


def strip(word: str) -> str:
    """``word`` without diacritics, same length.

    >>> strip("Réaffirmé, à Málaga")
    'Reaffirme, a Malaga'
    """
    return word.translate(_STRIP)


@lru_cache(maxsize=None)
def index(lang: str) -> dict[str, tuple[tuple[str, float], ...]]:
    """Stripped lower-case form -> accented forms with their frequency, most frequent first."""
    freqs = frequencies(lang)
    floor = 10 ** (MIN_ZIPF - 9)
    out: dict[str, list[tuple[str, float]]] = {}
    for w, f in freqs.items():
        if f < floor or w.isascii():
            continue
        s = w.translate(_STRIP)
        if s == w or not s.isalpha():
            continue
        out.setdefault(s, []).append((w, f))
    return {k: tuple(sorted(v, key=lambda x: -x[1])) for k, v in out.items()}


@lru_cache(maxsize=None)
def first_pass_keys(lang: str, ambiguous: frozenset) -> frozenset[str]:
    """Bare words that can get an accent in a sentence not yet shown to be stripped.

    The ambiguous words, and the index's keys whose most frequent accented
    form is at least a twentieth as frequent as the bare word (the rules ask
    for a tenth at least): a sentence without any of them is never repaired.
    """
    freqs = frequencies(lang)
    return frozenset(ambiguous) | frozenset(
        k for k, forms in index(lang).items() if forms[0][1] * 20.0 >= freqs.get(k, 0.0))


def zipf_of(f: float) -> float:
    return math.log10(f * 1e9) if f > 0 else 0.0


#: Pairs where both forms are common words: frequency cannot decide; only the
#: context rules below restore them.
AMBIGUOUS: dict[str, frozenset[str]] = {
    "fr": frozenset("a ne ou la des du sur mur tache jeune cote peche mais ca cru crus".split()),
    "es": frozenset(
        "el si tu mas se de te mi aun solo esta este estas estos ese esa que como quien cuando "
        "donde cual cuanto porque tambien".split()
    ) - {"tambien"},
    "it": frozenset("e da la li si ne se te di fa".split()),
    "de": frozenset("schon wurde zahlen musste konnte fordern".split()),
}

#: Context rules for ambiguous words in a stripped sentence:
#: (word, previous word in, next word in) -> accented form; None: any.
#: ``a`` + these is ``à`` + noun (``à cause``), never ``a`` + participle.
FR_A_EXPRESSIONS = frozenset("partir cause travers nouveau propos savoir condition cote côté".split())

CONTEXT: dict[str, list[tuple[str, frozenset | None, frozenset | None, str]]] = {
    "fr": [
        ("a", None, FR_A_EXPRESSIONS, "à"),
        ("a", frozenset("grace grâce face quant jusqu contrairement conformement conformément".split()),
         None, "à"),
        ("des", None, frozenset("lors que qu demain maintenant aujourd".split()), "dès"),
        ("ou", frozenset("d là la moment jour époque epoque instant cas".split()), None, "où"),
        ("ne", frozenset("est suis es était etait fut".split()), None, "né"),
        ("sur", frozenset({"bien"}), None, "sûr"),
        # ``à côté``, ``du côté``, ``d’un côté``, ``de l’autre côté``; ``la cote`` stays.
        ("cote", frozenset("a à du un autre".split()), None, "côté"),
    ],
    "it": [
        ("e", None, frozenset(
            "stato stata stati state vero meglio possibile necessario importante chiaro noto "
            "facile difficile giusto bene".split()), "è"),
        ("e", frozenset("c non ci cos dov com quest chi".split()), None, "è"),
    ],
    "es": [
        ("el", frozenset({"de", "a"}), None, "él"),
        ("mas", None, frozenset({"de", "que", "del"}), "más"),
        ("mas", frozenset("lo los la las un una mucho muchos mucha muchas cada".split()), None, "más"),
        ("esta", None, frozenset("en muy bien mal siendo cerca lejos con".split()), "está"),
    ],
}

#: Words whose accented form is the one that can end a clause: an article,
#: possessive or conjunction never stands before a full stop or comma
#: (``para el.`` -> ``para él.``, ``est la.`` -> ``est là.``).
BEFORE_PUNCTUATION: dict[str, dict[str, str]] = {
    "fr": {"la": "là"},
    "es": {"el": "él", "mi": "mí", "tu": "tú", "si": "sí", "se": "sé", "aun": "aún"},
    "it": {"la": "là", "li": "lì", "si": "sì", "se": "sé"},
}


#: French ``a`` (has) needs a subject right before it; after one of these it
#: is never ``à``.
FR_SUBJECTS = frozenset(
    "il elle on qui y n l m t j ça ca cela ceci tout chacun personne rien quoi".split()
)
#: Words ending like infinitives that are not (``il a hier``, ``a plaisir``).
FR_NOT_INFINITIVES = frozenset(
    "hier fer mer cher hiver super premier dernier plaisir avenir désir desir loisir soir "
    "noir espoir pouvoir devoir avoir leur cuir tir air"
    .split()
)
#: Auxiliaries after which an ``-e``/``-é`` ending is the participle
#: (``a decide`` -> ``a décidé``; not être: ``est presente`` may be the
#: adjective); subjects before which it is the present.
FR_AUXILIARIES = frozenset(
    "a ont avait avaient aura auront avons avez ai as eu été ete".split()
)
FR_PRESENT_SUBJECTS = frozenset("il elle on je ce qui".split())
#: Forms of avoir (and ``été``): a bare ``-e`` word after them is a participle
#: even when the bare form is a word too (``a nomme`` -> ``a nommé``).
FR_AVOIR = frozenset("a ont avait avaient aura auront avons avez ai as eu été ete".split())


#: ``a`` cannot be the verb after these: forms of être, ``pas``, words that
#: govern ``à`` (``grâce à``, ``supérieur à``, ``destiné à``).  Stripped
#: spellings are included: the context is read in the stripped sentence.
_A_PREV = (
    "est sont était étaient été être sera seront fut furent pas grâce face quant jusqu "
    "contrairement conformément relativement parallèlement supérieur supérieure supérieurs "
    "supérieures inférieur inférieure inférieurs inférieures égal égale égaux égales relatif "
    "relative relatifs relatives conforme conformes identique identiques semblable semblables "
    "apte aptes prêt prête prêts prêtes destiné destinée destinés destinées consacré consacrée "
    "consacrés consacrées lié liée liés liées situé située situés situées adapté adaptée adaptés "
    "adaptées attaché attachée attachés attachées grâce"
).split()
FR_A_PREV = frozenset(_A_PREV) | frozenset(w.translate(_STRIP) for w in _A_PREV)
#: ``a`` before these is ``à``: ``à laquelle``, ``à ceux``, infinitives in -re.
_A_NEXT = (
    "laquelle lequel lesquels lesquelles ceux celui celles mi dire faire prendre mettre lire "
    "écrire vivre suivre rendre vendre attendre croire boire conduire produire construire "
    "répondre entendre comprendre apprendre atteindre peindre naître connaître paraître "
    "battre perdre rire plaire défendre descendre reprendre permettre promettre soumettre "
    "transmettre admettre"
).split()
FR_A_NEXT = frozenset(_A_NEXT) | frozenset(w.translate(_STRIP) for w in _A_NEXT)


def french_a(prev: str | None, nxt: str | None, nxt_orig: str | None, sentence_start: bool,
             digits_around: bool) -> bool:
    """Is a stripped French ``a`` the preposition ``à``?  Grammar only, no guessing.

    ``a`` the verb needs a subject just before it; ``à`` starts a sentence,
    precedes an infinitive, stands between two numbers or before a place
    name after a word that is not a subject.
    """
    if prev in FR_SUBJECTS:
        return False
    if digits_around or prev in FR_A_PREV or (nxt is not None and nxt in FR_A_NEXT):
        return True
    if sentence_start:
        return nxt is not None  # lower-case ``a`` opening a sentence
    if nxt is None:
        return False
    if nxt.endswith(("er", "ir")) and len(nxt) > 3 and nxt not in FR_NOT_INFINITIVES:
        return True
    if nxt_orig and nxt_orig[:1].isupper() and prev is not None and prev.islower():
        return True
    return False

#: Before a Spanish verb in -o/-ó, these rule out the first person
#: (``se formo`` can only be ``se formó``).
ES_THIRD_PERSON_BEFORE = frozenset("se él ella usted".split())
#: Forms of être before a participle (``est compose`` -> ``est composé``).
FR_ETRE = frozenset(
    "est sont été ete était etait étaient etaient fut furent sera seront être etre soit".split()
)

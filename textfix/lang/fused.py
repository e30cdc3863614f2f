"""Language knowledge for the fused-word repairs (TF5xx).

Plain tables, written from grammar knowledge, kept apart from the rule logic in
:mod:`textfix.rules.fused`:

- ``JOINERS``: closed-class words (articles, prepositions, conjunctions,
  pronouns, auxiliaries) that scraping most often glues to a neighbour; a split
  that frees one of them is grammatical evidence.
- ``SINGLE``: the one-letter words that may be split off, and on which side.
- ``NO_RIGHT``: pieces never split off the end of a token because they are
  suffixes or clitics of the language (German ``-in``/``-innen``, Spanish and
  Italian enclitic pronouns: ``hacerlo`` is one word).
- ``NO_LEFT``: pieces never split off the start (German separable prefixes,
  learned combining forms such as ``photo``/``nano``).
- ``AUXILIARIES``/``participle()``: the auxiliary glued to a name before a past
  participle (``Galibarenkoa noté`` -> ``Galibarenko a noté``).
- ``BRAND_PREFIXES``/``CODE_PREFIXES``: lower/upper case transitions that are
  spellings, not fusions (``McDonald``, ``DiCaprio``, ``toString``).
"""

from __future__ import annotations

import re

LANGS = frozenset({"fr", "en", "de", "es", "it"})


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


JOINERS: dict[str, frozenset[str]] = {
    "fr": _set(
        "le la les de des du un une et est dans pour que qui pas sur au aux avec ce cette ces "
        "il elle ils elles sont ont par plus ne se son sa ses mais ou où nous vous leur leurs "
        "été être très aussi comme tout tous entre sans sous après avant je tu on lui en dont "
        "donc car puis quand si avait était sera peut chez vers contre selon depuis pendant "
        "mon ma mes ton ta tes notre votre nos vos cet quel quelle ni à a y bien encore déjà "
        "jamais toujours alors ainsi même autre autres deux trois moins peu trop ici cela ça "
        "ceux celui celle chaque faire"
    ),
    "en": _set(
        "the of and to in is that for it was on with as are be by this have from at not but "
        "they his her which or an were has had been their would will what can who all its "
        "also than into these those them we you he she our about after more when should could "
        "may some only other my your has said says between against during under over before "
        "while because through without a i no so just very much many most such then there "
        "here where even still never always again once any each every both either neither nor "
        "yet too now how why me him one two"
    ),
    "de": _set(
        "der die das und ist nicht ein eine einer eines den dem des mit sich auf für von zu im "
        "auch es wird sie er wir ich werden nach bei aus wie oder noch nur über hat sind war "
        "einen einem zum zur als am vom durch aber dass wenn wurde haben kann sein seine ihre "
        "diese dieser gegen unter schon"
    ),
    "es": _set(
        "el la los las de del que en un una es por con para no se su sus al como más pero "
        "está son fue ha este esta también entre sin sobre muy ya hay era están han desde "
        "hasta porque cuando donde todo todos otro otra y a o e bien menos poco mucho muchos "
        "cada otros otras ese esa esos eso esto ni tras según durante así aún solo sólo siempre "
        "nunca ahora aquí allí ser estar tiene puede fueron había me te lo le nos les"
    ),
    "it": _set(
        "il lo la gli le di del della dei delle che un una uno per non con sono nel nella "
        "alla anche come più ma ha da questo questa essere stato degli al alle ai dal dalla "
        "sul sulla tra fra loro suo sua suoi hanno era erano molto dopo perché quando e è a i o "
        "poi già ancora sempre mai tutto tutti tutte ogni altro altri altra due tre così solo "
        "bene fa può fu aveva sia quale quali cui dove nei negli nelle sui sugli sulle dai "
        "dagli dalle col coi ad ed mi ti ci vi si lo li ne gli in"
    ),
}

#: One-letter words that may be split off: language -> {letter: sides}, where a
#: side is "L" (the letter starts the token: ``àParis``) or "R" (it ends it).
SINGLE: dict[str, dict[str, str]] = {
    "fr": {"à": "LR", "a": "", "y": ""},
    "en": {"a": "L", "i": "L"},
    "de": {},
    "es": {"y": "LR", "a": "LR", "o": "", "e": ""},
    "it": {"e": "LR", "è": "LR", "a": "LR", "o": "", "i": "L"},
}

_CLITICS_ES = "lo la le los las les me te se nos os"
_CLITICS_IT = "lo la li le ne ci vi mi ti si gli glie"
NO_RIGHT: dict[str, frozenset[str]] = {
    # Adverb and compound suffixes that are also words (grande-ment, cat-like).
    "fr": _set("ment ments"),
    "en": _set(
        "like less wise ward wards man men woman women ship ships hood land lands work works "
        "worthy proof free fold some side sides ups out off over down able ways way "
        "ing ings ed er ers est ly ness tion tions ism ist ists ity"
    ),
    # Feminine -in/-innen (Mitarbeiterin), adjective suffixoids (alkoholfrei).
    "de": _set(
        "in innen frei los reich arm voll fähig bar haft lich weit mäßig artig wert würdig "
        "gerecht bedingt bezogen neutral technisch intensiv arm sicher fest gemäß gleich"
    ),
    "es": _set(_CLITICS_ES + " mente"),
    "it": _set(_CLITICS_IT + " mente"),
}

#: Learned combining forms: a rare word starting with one is a technical
#: compound (``nanotubes``, ``photosynthesis``), not two words.
_COMBINING = (
    "aero agro anti astro auto bio cardio chrono counter cyber eco electro endo exo extra geo "
    "hemi hetero homo hydro hyper hypo infra inter intra iso macro mega meso meta micro mini "
    "mono multi nano neo neuro non omni ortho over para photo poly post pre pro proto pseudo "
    "psycho quasi radio retro semi socio stereo sub super supra tele thermo trans tri ultra "
    "under uni out up down back cross self mal mis dis ben kilo giga tera centi milli deci"
)
_DE_SEPARABLE = (
    "ab an auf aus bei ein mit nach vor weg zu zurück heraus hinaus herein hinein herum vorbei "
    "weiter zusammen fest los hin her dar durch über um unter wieder wider gegen entgegen fort "
    "heim nieder voran voraus davon dazu hinüber herüber hinauf herauf hinunter herunter"
)
NO_LEFT: dict[str, frozenset[str]] = {
    "fr": _set(_COMBINING),
    "en": _set(_COMBINING),
    "de": _set(_COMBINING + " " + _DE_SEPARABLE),
    "es": _set(_COMBINING) - {"para"},  # para is the preposition
    "it": _set(_COMBINING) - {"non"},  # non is the negation
}

#: Capitalized first parts of names and brands written with an inner capital.
BRAND_PREFIXES = _set(
    "mc mac o de di da la le van von du des del della dal dos das st san al el ben"
)
#: Lower-case first parts of code identifiers (``toString``, ``isEmpty``).
CODE_PREFIXES = _set(
    "is has to on get set can do new add should will use make find load read write run init"
)

#: Auxiliary of the perfect glued to the preceding word, per language.
#: Endings of the future and conditional, written after the infinitive's
#: ``r``: ``déjeuner|ont`` is ``déjeuneront``, one verb form (often missing
#: from word lists), never two words; likewise Spanish ``hablar|án``.
INFLECTION_AFTER_R: dict[str, frozenset[str]] = {
    "fr": _set("ai as a ons ez ont ais ait ions iez aient"),
    "es": _set("é ás á emos éis án ía ías íamos íais ían"),
    "it": _set("ò ai à emo ete anno ei esti ebbe emmo este ebbero"),
    "en": frozenset(),
    "de": frozenset(),
}

AUXILIARIES: dict[str, str] = {"fr": "a", "it": "ha", "es": "ha"}

_PARTICIPLE_RE: dict[str, re.Pattern] = {
    # -é, -i, -u (not -eu/-au/-ou words: peu, feu, beaucoup); never a form that
    # is also a present tense (dit, fait, écrit): "Oksana écrit" is a sentence.
    "fr": re.compile(r"[^\W\d_]{2,}(?:é|[^\W\d_aeo]i|[^\W\d_aeo]u)"),
    "it": re.compile(r"[^\W\d_]{2,}(?:ato|uto|ito)"),
    "es": re.compile(r"[^\W\d_]{2,}(?:ado|ido|ído)"),
}
_IRREGULAR_PARTICIPLES: dict[str, frozenset[str]] = {
    "fr": _set("été eu pu vu su dû mis pris appris compris repris promis permis admis ouvert "
               "offert souffert découvert couvert obtenu reçu"),
    "it": _set("detto fatto scritto preso messo visto chiesto risposto deciso aperto letto "
               "mosso posto rimasto vinto perso spinto scelto"),
    "es": _set("dicho hecho escrito puesto visto vuelto abierto roto cubierto resuelto muerto"),
}
#: Words that look like participles but are not.
_NOT_PARTICIPLES = _set(
    "ainsi aussi ici lui celui merci midi lundi mardi mercredi jeudi vendredi samedi dimanche "
    "parmi voici ceci souci ami samedi aujourd autrui tu du"
)


def participle(word: str, lang: str) -> bool:
    """Is ``word`` (lower case) a past participle of ``lang``, by its form?

    >>> participle("noté", "fr"), participle("lundi", "fr"), participle("detto", "it")
    (True, False, True)
    """
    if word in _NOT_PARTICIPLES:
        return False
    if word in _IRREGULAR_PARTICIPLES.get(lang, ()):
        return True
    pat = _PARTICIPLE_RE.get(lang)
    return bool(pat and pat.fullmatch(word))


#: Elided words written before an apostrophe (``beaucoupd’une`` -> ``beaucoup d’une``).
ELIDED: dict[str, frozenset[str]] = {
    "fr": _set("l d j m n s t c qu jusqu lorsqu puisqu quoiqu"),
    "it": _set("l d un all dall dell nell sull quest quell"),
}
#: English contraction pieces after an apostrophe (``don’tbe`` -> ``don’t be``).
CONTRACTIONS = _set("s t m d ll re ve")

#: Words before an apostrophe that are not elisions glued to a word
#: (aujourd’hui, prud’homme, grand’mère).
APOSTROPHE_WORDS = _set("aujourd prud entr grand presqu quelqu")

#: German function words that may be split off without the document's own
#: evidence: none of them ends or starts German words as a suffix or prefix
#: (unlike -es, -er, -in, -ist, -sein: Hauses, Hausbauer, Realist, Bewusstsein;
#: er-, nicht-: erleben, nichtöffentlich).
DE_SAFE_RIGHT = _set(
    "und oder eine einer eines einen einem auch wird werden noch nur hat sind war zum zur "
    "vom aber dass wenn wurde haben kann diese dieser schon wie mit bei nach über durch unter "
    "gegen im sehr immer doch mehr kein keine wieder hier jetzt dort heute der die das den "
    "dem des zu ich sie wir ein auf aus für von mich mir dich uns"
)
DE_SAFE_LEFT = _set(
    "und oder eine einer eines einen einem ist sind war wird hat dass wenn aber auch noch nur "
    "schon wie die der das den dem des sehr immer doch jetzt heute zum zur vom beim im am "
    "ins ans es wir ich sie haben habe hat hatte kann werden wurde war bin hab gibt wird "
    "sind mir mich dich sich uns für von"
)

#: Function words that are also prefixes of the language (con-fluidas,
#: en-lever, in-bound): before a rare word they are more likely a prefix.
PREFIX_JOINERS: dict[str, frozenset[str]] = {
    "fr": _set("en sur sous entre contre par"),
    "en": _set("in on over under out by up for"),
    "de": frozenset(),
    "es": _set("con en entre sobre contra"),
    "it": _set("con in per sopra sotto tra fra contro"),
}
#: Least zipf frequency of both parts of a safe split of two content words:
#: English writes compounds solid more freely (bakesale, woodrows).
CONTENT_PAIR_ZIPF: dict[str, float] = {"fr": 3.5, "en": 4.0, "de": 99.0, "es": 3.5, "it": 3.5}

"""Tables of the apostrophe rules (TF6xx): elisions and English contractions.

Written from grammar knowledge.  The rules decide with these tables plus word
frequencies (:mod:`textfix.lang.freq`) and the document's own vocabulary.
"""

from __future__ import annotations

#: Elided words whose apostrophe a scraper may drop, longest first so that
#: ``jusquà`` is read as ``jusqu`` + ``à``, not ``j`` + ``usquà``.
ELIDED: dict[str, tuple[str, ...]] = {
    "fr": ("puisqu", "lorsqu", "jusqu", "qu", "l", "d", "j", "m", "n", "s", "t", "c"),
    "it": ("quell", "quest", "dall", "dell", "nell", "sull", "all", "sant", "bell", "un",
           "l", "d", "c", "m", "t", "s", "v", "n"),
}

#: Italian articulated prepositions: a token starting with one of them and a
#: vowel that wordfreq does not know is the elided preposition.
IT_PREPOSITIONS: frozenset[str] = frozenset("dell dall nell sull".split())

#: Letters an elided word may stand before (vowels and mute h).
VOWELS: dict[str, str] = {
    "fr": "aeiouyhàâäéèêëîïôöûüœAEIOUYHÀÂÄÉÈÊËÎÏÔÖÛÜŒ",
    "it": "aeiouhàèéìíòóùAEIOUHÀÈÉÌÍÒÓÙ",
}

#: Elided words that combine with only a few words: ``c’`` (c’est, c’était),
#: Italian ``un’`` (feminine nouns only: the open set is checked by frequency).
RESTRICTED: dict[str, dict[str, frozenset[str]]] = {
    "fr": {
        "c": frozenset("est était étaient eût en".split()),
    },
    "it": {
        "c": frozenset("è era erano è".split()),
        "v": frozenset("è era erano".split()),
    },
}

#: Fused forms of closed-class pairs (elision + pronoun or auxiliary) that are
#: not words of the language; wordfreq knows them as frequent misspellings, so
#: the frequency test alone would keep them.  Fused -> position of the apostrophe.
CLOSED: dict[str, dict[str, int]] = {
    "fr": {
        w.replace("’", ""): w.index("’")
        for w in (
            "c’est n’est s’est j’ai qu’il qu’ils qu’on qu’un qu’une qu’en qu’au qu’aux "
            "l’on l’un d’un d’en j’en s’en n’en n’y j’y s’y n’ont l’ont "
            "j’étais c’était n’était s’était d’où qu’à jusqu’à jusqu’au jusqu’aux jusqu’en "
            "lorsqu’il lorsqu’ils lorsqu’on puisqu’il puisqu’ils puisqu’on d’au n’ai n’as"
        ).split()
    },
    "it": {
        w.replace("’", ""): w.index("’")
        for w in "c’è l’ho l’ha l’hanno un’altra dell’anno".split()
    },
}

#: Fused forms that are also real words: never repaired by the safe set
#: (``dune`` a dune / d’une, ``sil`` / s’il, ``lest`` / l’est).  Lower-case.
REAL_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "sil lest dune lune dont celle celles quelle quelles son sont ses ces mes tes les des "
        "lac dire lire sa la lu du nu su tu mais lui lors dos mon ton non nos cet "
        "cette sel sale selle lent lente lie lieu lien nie mare dame dames lame lames lampe "
        "loin loi don dons nid cas car cor cou coup lait laid laide lys lin lis jus jeu mie "
        "mou mal sac set net jet den dan men ter queux".split()
    ),
    "it": frozenset(
        "della delle dello degli dalla dalle dallo nella nelle nello sulla sulle sullo alla "
        "alle allo questa queste questo quello quella quelle bella bello sante santo luna "
        "lei lui lavoro dai dei mai sei noi voi vai tanto sono suo sua".split()
    ),
}

#: Fused forms that are rare words but usually the elision: unsafe fixes only.
UNSAFE_ONLY: dict[str, frozenset[str]] = {"fr": frozenset({"sil"})}

#: French ``na`` is ``n’a`` before these words (ne ... pas, jamais, plus ...).
NEGATION_FOLLOWERS: frozenset[str] = frozenset(
    "pas jamais plus rien guère personne point aucun aucune que été".split()
)

#: Words that make a following noun a noun (``la dune``, ``cette lune``).
DETERMINERS: frozenset[str] = frozenset(
    "la une cette chaque sa ma ta notre votre leur quelle grande petite haute belle immense "
    "vaste première dernière seule même pleine nouvelle demi".split()
)

#: Fused forms that are words too, repaired only in a context that rules the
#: word out: fused -> (previous word in, previous word not in, next word in);
#: None is no constraint.  ``dune`` needs no determiner before it to be
#: ``d’une``; ``quelle`` followed by a pronoun or a verb is ``qu’elle``.
#: Subjects after which ``ma``/``ta``/``na`` can only be ``m’a``/``t’a``/``n’a``.
FR_SUBJECTS: frozenset[str] = frozenset("il elle on qui ça cela ceci ne rien tout".split())
#: Words after which ``quelle`` is the conjunction + pronoun (``alors qu’elle``).
QUELLE_PREV: frozenset[str] = frozenset(
    "alors parce tant bien dès lors pendant tandis telle tel même ainsi afin avant sorte façon "
    "manière ce cela dit pense croit sait estime affirme déclare explique espère veut faut"
    .split()
)
#: Prepositions before ``l’aide`` (``avec laide`` is ``avec l’aide``).
AIDE_PREV: frozenset[str] = frozenset("à avec sans par sur de grâce pour dont".split())

#: Fused forms that are words too, repaired only in a context that rules the
#: word out: fused -> alternatives (previous word in, previous word not in,
#: next word in), any of which may match; None is no constraint.  ``dune``
#: needs no determiner before it to be ``d’une``; ``quelle`` followed by a
#: pronoun or a verb is ``qu’elle``.
CONTEXT_WORDS: dict[str, dict[str, tuple]] = {
    "fr": {
        # ``na`` is no French word but the interjection (``na !``): any word after it will do.
        "na": ((None, None, None),),
        "ma": ((FR_SUBJECTS, None, None),),
        "ta": ((FR_SUBJECTS, None, None),),
        "dune": ((None, DETERMINERS, None),),
        "lune": ((None, DETERMINERS, frozenset("de des d du".split())),),
        "lest": ((frozenset("à vers dans par sur".split()), None, None),),
        "laide": ((None, None, frozenset("de du des d aux au".split())), (AIDE_PREV, None, None)),
        "quelle": ((None, None, frozenset(
            "se s y en lui leur le les l me m te t ait soit puisse fait peut doit "
            "avait aurait serait pourrait devait allait va voulait nous vous".split())),
            (QUELLE_PREV, None, None)),
    },
}

#: English contractions whose fused form is not a word: always safe.
CONTRACTIONS_SAFE: tuple[str, ...] = tuple(
    (
        "don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't couldn't "
        "wouldn't shouldn't mustn't needn't mightn't shan't ain't "
        "I've you've we've they've could've would've should've might've must've who've "
        "I'm you're they're "
        "you'd they'd he'd it'd what'd who'd that'd there'd where'd what're "
        "you'll they'll it'll that'll who'll "
        "that's what's there's here's where's who's he's she's"
    ).split()
)

#: Ambiguous fused forms (a word on their own): only unsafe fixes, with context.
#: fused -> contracted.
CONTRACTIONS_AMBIGUOUS: dict[str, str] = {
    "cant": "can't", "wont": "won't", "its": "it's", "ill": "I'll", "id": "I'd",
    "lets": "let's",
}

#: Subjects before which ``cant``/``wont`` can only be ``can't``/``won't``.
SUBJECTS: frozenset[str] = frozenset("i you we they he she it who that there this".split())

#: After ``its``, words that a possessive cannot precede: ``its a`` is ``it's a``.
AFTER_ITS: frozenset[str] = frozenset("a an the not been being going gonna got just".split())

#: After ``Ill`` / ``Id``: a bare verb or adverb makes it ``I'll`` / ``I'd``.
AFTER_I_WILL: frozenset[str] = frozenset(
    "be have never just do go get see try tell take make let give call need keep bring "
    "come show say think probably always definitely still".split()
)
AFTER_I_WOULD: frozenset[str] = frozenset(
    "like love rather be have never say prefer better probably hate".split()
)

"""Language tables: function words and elisions.

Function words serve language detection and grammar evidence (a function word
glued to a noun is a likely fused pair).  They are the most frequent closed-class
words of each language, written from grammar knowledge, not from any corpus.
"""

from __future__ import annotations

#: Languages with language-specific repairs.
SUPPORTED = frozenset({"fr", "en", "de", "it", "es"})

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "le la les de des du un une et est dans pour que qui pas sur au aux avec ce cette ces "
        "il elle ils elles sont ont par plus ne se son sa ses mais ou où nous vous leur leurs "
        "été être fait très aussi comme tout tous entre sans sous après avant je tu on lui "
        "y en dont donc car puis quand si été avait était sera peut".split()
    ),
    "en": frozenset(
        "the of and to in is that for it was on with as are be by this have from at not but "
        "they his her which or an were has had been their would will there what can who all "
        "its also than into these those them we you he she our about after more when should "
        "could may some only other".split()
    ),
    "de": frozenset(
        "der die das und ist nicht ein eine einer eines den dem des mit sich auf für von zu im "
        "auch es wird sie er wir ich werden nach bei aus wie oder noch nur über hat sind war "
        "einen einem zum zur als am vom durch aber dass wenn wurde haben kann sein seine ihre "
        "diese dieser gegen unter schon".split()
    ),
    "it": frozenset(
        "il lo la gli le di del della dei delle che e è un una uno per non con sono nel nella "
        "alla anche si come più ma ha da questo questa essere stato degli al alle ai dal dalla "
        "sul sulla tra fra loro suo sua suoi hanno era erano molto dopo perché quando".split()
    ),
    "es": frozenset(
        "el la los las de del que y en un una es por con para no se su sus lo al como más "
        "pero está son fue ha este esta también entre sin sobre muy ya hay le les era están "
        "han desde hasta porque cuando donde todo todos otro otra".split()
    ),
    # Languages without specific repairs: listed so that detection can tell
    # them apart from the supported ones instead of guessing a near neighbour.
    "pt": frozenset(
        "o os as do da dos das que e em um uma é não com para por se mais como mas foi ao na "
        "no pelo pela também são está eles ela ele isso".split()
    ),
    "nl": frozenset(
        "de het een en van in is dat op te zijn voor met niet die als er aan ook maar door om "
        "bij nog wordt werd heeft deze naar uit zich ze wij hij".split()
    ),
    "ca": frozenset(
        "el la els les de del que i en un una és per amb no es seu seva però com més també "
        "això aquest aquesta dels als amb".split()
    ),
    "ro": frozenset(
        "și de la în cu o un pe care este nu din că pentru mai sunt se au fost ca sau dar "
        "acest această".split()
    ),
    "sv": frozenset("och att det som en på är av för med till den inte har de om ett var men".split()),
    "da": frozenset("og at det som en på er af for med til den ikke har de om et var men".split()),
    "pl": frozenset("i w na z się nie do to że jest o jak ale po co tak za od".split()),
}

#: Words that take an elided form before a vowel or mute h (written without
#: their final vowel and with an apostrophe: ``l’``, ``qu’``).
ELISIONS: dict[str, frozenset[str]] = {
    "fr": frozenset("l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu quelqu".split()),
    "it": frozenset(
        "l d un all dall dell nell sull coll quest quell bell sant c m t s v n".split()
    ),
}

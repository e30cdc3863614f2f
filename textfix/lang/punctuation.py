"""Punctuation knowledge for the spacing and quote rules (TF3xx, TF4xx).

Plain tables, written from knowledge of the conventions, not from a corpus.
"""

from __future__ import annotations

#: Languages that put a (narrow) no-break space before ``; : ! ?`` and inside
#: guillemets.
SPACE_BEFORE_HIGH_PUNCT = frozenset({"fr"})

#: Words after a dot that make a domain or file name, not a new sentence
#: (``Newsfeed.Com``, ``Report.Pdf``): compared in lower case.
TLDS_AND_EXTENSIONS = frozenset(
    "com org net edu gov int mil info biz io co uk us fr de it es be ch at nl eu ca au ru "
    "cn jp br pt pl se no dk fi ie tv me ly gl app dev ai "
    "pdf doc docx xls xlsx ppt pptx txt csv json xml html htm php asp aspx jpg jpeg png gif "
    "svg mp3 mp4 avi mov zip rar gz tar exe dll py js java rb cpp md".split()
)

#: Opening -> closing quotation marks handled by the quote rules.  German
#: ``„…“`` and reversed guillemets ``»…«`` are legitimate pairs and are not
#: listed: those documents are left alone.
GUILLEMETS = ("«", "»")
CURLY_DOUBLE = ("“", "”")

#: Spaces that may stand between a guillemet and its text (plain space,
#: no-break space, narrow no-break space, thin space).
QUOTE_SPACES = " \u00a0\u202f\u2009"

#: Capitalized abbreviations written before a name (``St.John``, ``Prof.Martin``):
#: a dot after them is not a sentence end.  Any capitalized word of three
#: letters or fewer is treated the same way.
TITLE_ABBREVIATIONS = frozenset(
    "prof capt sgt gen col cmdr mlle mmes dott dottssa sig sigra sras ing arch avv hon gov sen "
    "rep rev univ corp inc ltd bros dept".split()
)

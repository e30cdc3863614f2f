"""Hypothesis strategies building realistic text from pieces of several languages."""

from hypothesis import strategies as st

WORDS = {
    "fr": "le la les maison rivière été ville conseil économie pour avec dans après très hier "
          "ministre élèves forêt région travail projet".split(),
    "en": "the of house river summer city council economy with after very yesterday minister "
          "students forest region work project".split(),
    "de": "der die das Haus Fluss Sommer Stadt Rat Wirtschaft mit nach sehr gestern Minister "
          "Schüler Wald Region Arbeit Projekt".split(),
    "es": "el la los casa río verano ciudad consejo economía con después muy ayer ministro "
          "alumnos bosque región trabajo proyecto".split(),
    "it": "il la gli casa fiume estate città consiglio economia con dopo molto ieri ministro "
          "studenti foresta regione lavoro progetto".split(),
}
ALL_WORDS = sorted({w for ws in WORDS.values() for w in ws})
PUNCT = [".", ",", ";", ":", "!", "?", "…", " -", " —"]
EXTRAS = [
    "https://example.org/a/b?x=1&y=2", "info@example.com", "3.14", "1,5", "12:30", "U.S.",
    "e.g.", "« citation »", "“quoted”", "‘single’", "l’été", "l'école", "(note)", "[2]",
    "#hashtag", "@handle", "iPhone", "2024", "CO2", "x²", "50 %", "10 000", "J.-P.",
]

word = st.sampled_from(ALL_WORDS)
piece = st.one_of(word, word, word, st.sampled_from(EXTRAS))


@st.composite
def sentences(draw, lang=None):
    pool = WORDS[lang] if lang else ALL_WORDS
    words = draw(st.lists(st.sampled_from(pool), min_size=3, max_size=14))
    s = " ".join(words)
    s = s[0].upper() + s[1:]
    return s + draw(st.sampled_from([".", ".", "!", "?"]))


@st.composite
def clean_documents(draw):
    """Well-formed text: sentences of one language, paragraphs by blank lines."""
    lang = draw(st.sampled_from(sorted(WORDS)))
    paras = draw(st.lists(st.lists(sentences(lang), min_size=1, max_size=4), min_size=1, max_size=4))
    return "\n\n".join(" ".join(p) for p in paras)


@st.composite
def messy_documents(draw):
    """Realistic pieces in any order, with punctuation, spaces and line breaks."""
    parts = draw(st.lists(st.one_of(piece, st.sampled_from(PUNCT), st.sampled_from(
        [" ", " ", "  ", "\n", "\n\n", "\u00a0", "\t"])), min_size=0, max_size=60))
    return "".join(p if p in PUNCT or p.isspace() else " " + p for p in parts)

"""Labels of web-page interfaces that text extraction leaves behind.

One table per language; to add a label, add a string.  ``STRONG`` labels are
phrases that are almost never a line of real text on their own (``Lire la
suite``); ``WEAK`` labels are single common words that can also be a heading
(``Partager``), so the rules require more evidence before removing them.
Matching ignores case and a trailing decoration (``…``, ``»``, ``→``, ``>``).
Ad labels (``Publicité``, ``Advertisement``, ``Anzeige``) belong to TF202, not here.
"""

from __future__ import annotations

import re
from functools import lru_cache

STRONG: dict[str, tuple[str, ...]] = {
    "fr": (
        "Lire la suite", "Lire plus", "Lire aussi", "À lire aussi", "A lire aussi",
        "Continuer la lecture", "Voir plus", "En savoir plus", "Partager cet article",
        "Partager sur Facebook", "Partager sur Twitter", "Abonnez-vous", "Abonnez-vous à la newsletter",
        "Inscrivez-vous à la newsletter", "Retour en haut", "Afficher plus", "Voir aussi",
        "Lire l’article", "Lire l'article", "Article réservé aux abonnés",
    ),
    "en": (
        "Read more", "Read More", "Continue reading", "Keep reading", "Read the full story",
        "Read full article", "Share this article", "Share this story", "Share this post",
        "Share on Facebook", "Share on Twitter", "Subscribe to our newsletter", "Sign up for our newsletter",
        "Back to top", "Show more", "Load more", "See also", "Related articles", "Click here to read more",
        "Skip to content", "Skip to main content",
    ),
    "de": (
        "Weiterlesen", "Mehr lesen", "Lesen Sie auch", "Lesen Sie mehr", "Mehr erfahren",
        "Artikel teilen", "Diesen Artikel teilen", "Auf Facebook teilen", "Newsletter abonnieren",
        "Jetzt abonnieren", "Nach oben", "Mehr anzeigen", "Mehr zum Thema",
        "Zum Artikel", "Zum Inhalt springen",
    ),
    "es": (
        "Leer más", "Seguir leyendo", "Sigue leyendo", "Continuar leyendo", "Lee también",
        "Lea también", "Ver más", "Compartir este artículo", "Compartir en Facebook",
        "Suscríbete", "Suscríbete a nuestro boletín", "Volver arriba", "Más información",
        "Noticias relacionadas",
    ),
    "it": (
        "Leggi anche", "Leggi di più", "Continua a leggere", "Leggi tutto", "Leggi l’articolo",
        "Leggi l'articolo", "Condividi questo articolo", "Condividi su Facebook", "Iscriviti",
        "Iscriviti alla newsletter", "Torna su", "Mostra di più", "Scopri di più",
        "Articoli correlati",
    ),
}

WEAK: dict[str, tuple[str, ...]] = {
    "fr": ("Partager", "Tweeter", "Imprimer", "Commenter", "Suivre"),
    "en": ("Share", "Tweet", "Print", "Email", "Comment", "Comments", "Follow", "Subscribe"),
    "de": ("Teilen", "Drucken", "Kommentieren", "Folgen", "Kommentare"),
    "es": ("Compartir", "Imprimir", "Comentar", "Comentarios", "Seguir"),
    "it": ("Condividi", "Stampa", "Commenta", "Commenti", "Segui"),
}

#: Brand names of share buttons: interface only when they stand among other labels.
BUTTONS = ("Facebook", "Twitter", "X", "LinkedIn", "WhatsApp", "Pinterest", "Reddit", "Telegram",
           "Messenger", "E-mail", "Mail", "Flipboard")

#: Decoration that may follow a label: ellipsis, arrows, guillemets, brackets.
_TAIL = r"[\s.…»›>→⟶▸►\]\)]*"
_HEAD = r"[\s\[\(«‹<←]*"
_SEP = r"(?:\s*[|·•/,]\s*|\s+)"


def _alternation(labels) -> str:
    # Longest first so that "Lire la suite" wins over "Lire".
    uniq = sorted({l.lower() for l in labels}, key=lambda s: (-len(s), s))
    return "|".join(re.escape(l).replace("’", "['’]").replace(r"\'", "['’]") for l in uniq)


def _all(table: dict[str, tuple[str, ...]]) -> list[str]:
    return [l for labels in table.values() for l in labels]


@lru_cache(maxsize=1)
def line_regex() -> re.Pattern:
    """A whole line made only of labels (one or several, e.g. a share bar)."""
    any_label = _alternation(_all(STRONG) + _all(WEAK) + list(BUTTONS))
    return re.compile(rf"{_HEAD}(?:{any_label})(?:{_SEP}(?:{any_label}))*{_TAIL}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    labels = _all(STRONG) + _all(WEAK) + list(BUTTONS)
    return frozenset(l.split()[0].lower() for l in labels)


def has_label_line(text: str) -> bool:
    """Cheap pre-check: is some line of ``text`` made only of labels?"""
    first_words = _first_words()
    for line in text.split("\n"):
        s = line.strip()
        if not s or len(s) > 60:
            continue
        parts = s.lstrip(" [(«‹<←").split(None, 1)
        if not parts:
            continue
        head = parts[0].rstrip(_DECORATION + "|·•/,").lower()
        if head in first_words and line_regex().fullmatch(s):
            return True
    return False


@lru_cache(maxsize=1)
def strong_set() -> frozenset[str]:
    return frozenset(l.lower().replace("’", "'") for l in _all(STRONG))


@lru_cache(maxsize=1)
def weak_set() -> frozenset[str]:
    return frozenset(l.lower() for l in _all(WEAK))


@lru_cache(maxsize=1)
def button_set() -> frozenset[str]:
    return frozenset(l.lower() for l in BUTTONS)


@lru_cache(maxsize=1)
def _glued_alternation() -> str:
    labels = sorted({l for l in _all(STRONG) + _all(WEAK)}, key=lambda s: (-len(s), s))
    return "|".join(re.escape(l).replace("’", "['’]").replace(r"\'", "['’]") for l in labels)


@lru_cache(maxsize=1)
def glued_regex() -> re.Pattern:
    """A label glued to the end of a line's text (no space before it).

    The label keeps its table capitalisation (a glued label starts with a capital
    right after a lower-case letter or a sentence's end): ``chercheursLire la suite``.
    """
    return re.compile(rf"(?<=[^\W\d_]|[.!?…»”\"')\];:,])(?:{_glued_alternation()}){_TAIL}$", re.MULTILINE)


@lru_cache(maxsize=1)
def spaced_regex() -> re.Pattern:
    """A label after a sentence's final punctuation and a space, ending the line."""
    return re.compile(rf"(?<=[.!?…»”\"')\]])[ \u00a0](?:{_glued_alternation()}){_TAIL}$", re.MULTILINE)


#: Longest glued label with its decoration, plus the character before it.
_TAIL_CHARS = 64


_DECORATION = " \t\r.…»›>→⟶▸►])"


@lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    labels = set(_all(STRONG) + _all(WEAK))
    labels |= {l.replace("’", "'") for l in labels} | {l.replace("'", "’") for l in labels}
    return tuple(sorted(labels))


def glued_at_end(line: str) -> re.Match | None:
    """A label glued (or after a sentence end and a space) at the end of ``line``.

    Only the line's last characters are searched: a label ends the line.
    """
    if not line.rstrip(_DECORATION).endswith(_endings()):
        return None
    pos = max(0, len(line) - _TAIL_CHARS)
    return glued_regex().search(line, pos) or spaced_regex().search(line, pos)


def has_glued_label(text: str) -> bool:
    """Cheap pre-check: does any line of ``text`` end with a glued label?"""
    return any(glued_at_end(line) for line in text.split("\n"))


def strip_decoration(label: str) -> str:
    """``" Read more »"`` -> ``"read more"`` (the key of the label sets)."""
    return re.sub(rf"^{_HEAD}|{_TAIL}$", "", label).lower().replace("’", "'")


def split_labels(line: str) -> list[str]:
    """The labels of a line that :func:`line_regex` matched, lower-cased, in order."""
    any_label = line_regex()
    if not any_label.fullmatch(line):
        return []
    body = re.sub(rf"^{_HEAD}|{_TAIL}$", "", line)
    alt = _token_regex()
    return [m.group().lower().replace("’", "'") for m in alt.finditer(body)]


@lru_cache(maxsize=1)
def _token_regex() -> re.Pattern:
    return re.compile(_alternation(_all(STRONG) + _all(WEAK) + list(BUTTONS)), re.IGNORECASE)

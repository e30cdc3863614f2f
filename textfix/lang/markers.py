"""Tables for the scraper-marker rules (TF2xx): ad labels and language codes.

Ad labels are the words news sites print between paragraphs where an
advertisement was (and which scrapers keep as a line of its own).  They are
written from knowledge of the languages, in lower case; matching ignores case,
surrounding dashes, brackets and spaces.
"""

from __future__ import annotations

AD_LABELS: dict[str, frozenset[str]] = {
    "fr": frozenset({
        "publicité", "publicite", "annonce", "annonces", "sponsorisé", "contenu sponsorisé",
        "article sponsorisé", "contenu partenaire", "publi-rédactionnel", "publireportage",
    }),
    "en": frozenset({
        "advertisement", "advertisements", "advert", "ad", "ads", "sponsored",
        "sponsored content", "paid content", "paid post", "promoted", "promoted content",
        "story continues below advertisement", "article continues below advertisement",
        "skip advertisement",
    }),
    "de": frozenset({
        "werbung", "anzeige", "anzeigen", "gesponsert", "sponsored", "reklame",
        "weiter nach der anzeige", "artikel wird nach der anzeige fortgesetzt",
    }),
    "it": frozenset({
        "pubblicità", "pubblicita", "annuncio", "annunci", "sponsorizzato",
        "contenuto sponsorizzato", "articolo sponsorizzato", "continua dopo la pubblicità",
    }),
    "es": frozenset({
        "publicidad", "anuncio", "anuncios", "patrocinado", "contenido patrocinado",
    }),
}

#: Every label of every language: a scraper keeps the site's label whatever
#: the language detected for the text around it.
ALL_AD_LABELS: frozenset[str] = frozenset().union(*AD_LABELS.values())

#: Word stems that show a text *about* advertising: a label-like line followed
#: by such a paragraph is a heading, not a leftover label.
AD_TOPIC_STEMS: tuple[str, ...] = (
    "advertis", "sponsor", "publicit", "publicid", "annonceur", "werb", "anzeige", "reklam",
    "pubblicit", "inserzion", "patrocin",
)

#: ISO 639-1 codes a scraper writes as a language prefix of a marker (``fr-03``).
LANGUAGE_CODES: frozenset[str] = frozenset(
    "af am ar az be bg bn bs ca cs cy da de el en eo es et eu fa fi fr ga gl gu he hi hr hu hy "
    "id is it ja ka kk km kn ko ku ky la lb lo lt lv mk ml mn mr ms mt my nb ne nl nn no oc pa "
    "pl ps pt ro ru si sk sl so sq sr sv sw ta te tg th tk tl tr uk ur uz vi xh yi zh zu".split()
)

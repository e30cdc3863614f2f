"""Extra words for language detection only.

:data:`textfix.lang.data.FUNCTION_WORDS` serves several rule families (fused
words, line joins, spacing), so detection-only additions live here: frequent
closed-class words (auxiliaries, pronouns, conjunctions, adverbs) that mostly
belong to one language.  They give the fast pass evidence that neighbouring
languages do not share (Spanish/Catalan/Portuguese, French/Italian, German/
Dutch), so short texts are decided without langdetect.  Written from grammar
knowledge; words that are common in another listed language were left out.
"""

from __future__ import annotations

EXTRA_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "ont ils encore soient cela ceci même chez toujours alors depuis ainsi selon lors dès "
        "déjà pendant autre autres notre votre moi toi eux rien jamais peu beaucoup trop chaque "
        "plusieurs aucun aucune étaient avons avez suis êtes ai aurait pourrait doit faut "
        "parce lorsque puisque quoi".split()
    ),
    "en": frozenset(
        "does did being because while although through during against without within upon "
        "every each any many much most such own same too very just now then here how why "
        "where whose my your him shall might must yet still even".split()
    ),
    "de": frozenset(
        "waren wurden hatte hatten kein keine keinen du ihr uns euch mir mich dir dich ihm ihn "
        "ihnen doch etwa sehr mehr immer wieder zwischen während wegen ohne bis seit dann denn "
        "weil ob damit obwohl sondern jedoch dieses diesem diesen jede jeder jedes alle allen".split()
    ),
    "it": frozenset(
        "è stata stati abbiamo avete ho hai questi queste quello quella quelli ogni ancora già "
        "dove cosa chi però quindi mentre senza sopra sotto presso poi oltre nei negli nelle "
        "agli dagli dalle sugli sulle dello".split()
    ),
    "es": frozenset(
        "y los las qué cómo dónde cuándo aunque mientras entonces ahora siempre todavía muy "
        "mucho mucha muchos muchas otros otras alguien nadie ningún ninguna hacia según sino "
        "tras durante están estaba estaban hemos había habían fue fueron sido".split()
    ),
    "pt": frozenset(
        "muito muitos você eles elas nós isso isto aquele aquela pelos pelas num numa há já "
        "depois onde ainda".split()
    ),
    "ca": frozenset(
        "i amb els dels als és però això aquest aquesta aquests aquestes molt ho seva seus "
        "seves nostre vostre mateix fins doncs perquè quan".split()
    ),
    "nl": frozenset(
        "het een niet zijn ook maar wordt werd heeft hebben deze dit naar uit zich wij hij zij "
        "jij ik mijn onze hun wat wie waar hoe omdat toen nu veel meer geen iets niets".split()
    ),
}

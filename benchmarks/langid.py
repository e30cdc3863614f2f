"""Language detection: accuracy and speed of the "fast", "auto" and "langdetect" detectors.

- ud-dev documents (five supported languages): accuracy, ms/doc and MB/s (CPU
  time of the process), and how many documents "auto" sends to langdetect;
- short samples cut from ud-dev (first 3, 5, 10, 20 words);
- texts in other languages and scripts written for this benchmark (pt, nl, ca,
  ro, pl, sv, tr, cs, id, ru, el, ar, zh, ja...): what counts here is never
  answering a *supported* language (fr, en, de, it, es) for them, because the
  language-specific repairs would then run on the wrong language.

    python benchmarks/langid.py [--jsonl PATH]
"""

from __future__ import annotations

import argparse
import importlib
import re
import time
from collections import Counter

from common import LANGS, UD_DEV, load_jsonl

from textfix.lang.data import SUPPORTED

D = importlib.import_module("textfix.lang.detect")  # the module (the package exports a function)

DETECTORS = ("fast", "auto", "langdetect")

# Two or three sentences per language, written for this benchmark.
OTHER = {
    "pt": ["O governo anunciou ontem um novo plano para as escolas do interior, que vai custar "
           "milhões de euros. Os professores dizem que ainda não foram ouvidos.",
           "A praia estava cheia de turistas e os restaurantes não tinham mesas livres para o almoço."],
    "nl": ["De gemeente heeft besloten om de brug over de rivier volgend jaar te vernieuwen. "
           "Bewoners zijn blij, maar de kosten zijn hoger dan verwacht.",
           "Het was een koude ochtend en de trein naar Utrecht had weer vertraging."],
    "ca": ["L'ajuntament ha aprovat el pressupost de l'any vinent amb els vots de la majoria. "
           "Els veïns demanen més places d'aparcament i un mercat nou.",
           "La biblioteca del barri obrirà dissabte amb una exposició de fotografies antigues."],
    "ro": ["Primăria a anunțat că lucrările la podul peste râu vor începe în luna mai. "
           "Locuitorii sunt mulțumiți, dar se tem de aglomerație.",
           "Echipa noastră a câștigat meciul de aseară după un gol marcat în ultimul minut."],
    "pl": ["Rada miasta zdecydowała, że nowy park powstanie nad rzeką. Mieszkańcy od dawna "
           "czekali na to miejsce do spacerów i zabawy z dziećmi.",
           "Wczoraj wieczorem padał deszcz i pociąg do Krakowa miał duże opóźnienie."],
    "sv": ["Kommunen har beslutat att bygga en ny skola i centrum. Föräldrarna är nöjda men "
           "oroar sig för trafiken på morgonen.",
           "Det var en kall vinter och sjön frös redan i november."],
    "tr": ["Belediye yeni parkın yaz aylarında açılacağını duyurdu. Mahalle sakinleri bu "
           "haberden çok memnun kaldı.",
           "Dün akşam İstanbul'da yoğun yağmur nedeniyle trafik durma noktasına geldi."],
    "cs": ["Město rozhodlo, že nový most přes řeku bude hotový do konce příštího roku. "
           "Obyvatelé jsou spokojeni, ale bojí se objížděk.",
           "Včera večer pršelo a vlak do Brna měl velké zpoždění."],
    "id": ["Pemerintah kota mengumumkan bahwa taman baru akan dibuka bulan depan. Warga sekitar "
           "sangat senang dengan rencana tersebut.",
           "Kemarin sore hujan deras membuat jalan di pusat kota tergenang air."],
    "ru": ["Городской совет решил построить новый мост через реку. Жители довольны, но "
           "опасаются пробок во время строительства.",
           "Вчера вечером шёл сильный дождь, и поезд в Москву опоздал на час."],
    "uk": ["Міська рада вирішила збудувати новий міст через річку. Мешканці задоволені, але "
           "бояться заторів під час будівництва."],
    "el": ["Το δημοτικό συμβούλιο αποφάσισε να χτίσει μια νέα γέφυρα πάνω από το ποτάμι. "
           "Οι κάτοικοι είναι ικανοποιημένοι.",
           "Χθες το βράδυ έβρεχε πολύ και το τρένο για την Αθήνα είχε καθυστέρηση."],
    "ar": ["قرر المجلس البلدي بناء جسر جديد فوق النهر. السكان راضون لكنهم يخشون الازدحام."],
    "zh": ["市议会决定在河上修建一座新桥。居民们很满意，但担心施工期间的交通拥堵。"],
    "ja": ["市議会は川に新しい橋を架けることを決めました。住民は満足していますが、工事中の渋滞を心配しています。"],
}


class Counted:
    """Counts the calls of langdetect while a detector runs."""

    def __init__(self) -> None:
        self.calls = 0
        self._orig = D.langdetect_detect

    def __enter__(self):
        def wrapped(text):
            self.calls += 1
            return self._orig(text)

        D.langdetect_detect = wrapped
        return self

    def __exit__(self, *exc):
        D.langdetect_detect = self._orig


def run(detector: str, texts: list[str]) -> tuple[list[str | None], float, int]:
    with Counted() as c:
        t0 = time.process_time()  # CPU time: steady on a busy machine
        out = [D.detect(t, detector) for t in texts]
        dt = time.process_time() - t0
    return out, dt, c.calls


def ud_dev(docs: list[dict]) -> None:
    texts = [d["text"] for d in docs]
    gold = [d["lang"] for d in docs]
    size = sum(len(t.encode("utf-8")) for t in texts)
    D.langdetect_detect("warm up the profiles")  # langdetect loads its profiles once
    print(f"ud-dev: {len(docs)} documents, {size / 1e6:.2f} MB")
    print(f"  {'detector':<11}{'accuracy':>9}{'errors':>8}{'ms/doc':>9}{'MB/s':>8}{'langdetect calls':>18}")
    results = {}
    for det in DETECTORS:
        out, dt, calls = run(det, texts)
        results[det] = out
        ok = sum(o == g for o, g in zip(out, gold))
        print(f"  {det:<11}{100 * ok / len(docs):8.2f}%{len(docs) - ok:8d}{1000 * dt / len(docs):9.3f}"
              f"{size / 1e6 / dt:8.2f}{calls:12d} ({100 * calls / len(docs):.1f}%)")
        errs = Counter((g, o) for o, g in zip(out, gold) if o != g)
        if errs:
            print("      confusions (gold, answer):", dict(errs.most_common(6)))
    print("  per language (accuracy fast / auto / langdetect):")
    for lang in LANGS:
        idx = [i for i, g in enumerate(gold) if g == lang]
        row = [100 * sum(results[det][i] == lang for i in idx) / len(idx) for det in DETECTORS]
        print(f"    {lang}: {len(idx):4d} docs  " + " / ".join(f"{x:6.2f}%" for x in row))


WORDS = re.compile(r"\S+")


def short_samples(docs: list[dict]) -> None:
    print("short samples (first N words of each ud-dev document): accuracy, langdetect calls of auto")
    for n in (3, 5, 10, 20):
        texts, gold = [], []
        for d in docs:
            words = WORDS.findall(d["text"])
            if len(words) >= n:
                texts.append(" ".join(words[:n]))
                gold.append(d["lang"])
        row = []
        for det in DETECTORS:
            out, dt, calls = run(det, texts)
            ok = sum(o == g for o, g in zip(out, gold))
            none = sum(o is None for o in out)
            row.append(f"{det} {100 * ok / len(texts):6.2f}% (none {none}"
                       + (f", ld {calls}" if det == "auto" else "") + ")")
        print(f"  {n:2d} words, {len(texts)} samples: " + "; ".join(row))


def other_languages() -> None:
    print("other languages and scripts (written for this benchmark): answers; "
          "a supported language here is an error")
    bad = {det: 0 for det in DETECTORS}
    total = 0
    for lang, texts in OTHER.items():
        answers = {det: [D.detect(t, det) for t in texts] for det in DETECTORS}
        total += len(texts)
        for det in DETECTORS:
            bad[det] += sum(a in SUPPORTED for a in answers[det])
        print(f"  {lang}: " + "; ".join(f"{det} {answers[det]}" for det in DETECTORS))
    print("  wrongly supported: " + ", ".join(f"{det} {bad[det]}/{total}" for det in DETECTORS))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--jsonl", default=str(UD_DEV))
    args = ap.parse_args()
    docs = load_jsonl(args.jsonl)
    ud_dev(docs)
    short_samples(docs)
    other_languages()


if __name__ == "__main__":
    main()

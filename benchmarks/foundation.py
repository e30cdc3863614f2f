"""Foundation repairs on corrupted copies of ud-dev: mojibake (TF1xx), markers
and ad labels (TF2xx), unbalanced guillemets and quotes (TF3xx), missing
spaces after punctuation (TF4xx); false edits on the clean documents; speed.

Corruptors (seeded, our own): each damages a copy of every ud-dev document
in one way; the full default pipeline repairs it; the score is restoration
by edit distance to the clean original (benchmarks/common.Score), per
language.  A document the corruptor cannot damage (no non-ASCII sentence, no
quotation mark, ...) does not count.

    python benchmarks/foundation.py [--seed N] [--jsonl PATH] [--only-family]
"""

from __future__ import annotations

import argparse
import re
import time

from common import UD_DEV, Score, false_edits, print_false_edits, load_jsonl, rng

import textfix
from textfix import Config, Pipeline
from textfix.lang.markers import AD_LABELS

SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s)|$)", re.M)


def mojibake(text: str, r) -> str:
    """Encode some non-ASCII sentences as UTF-8 and decode them as cp1252
    (latin-1 where cp1252 has no character), like a misconfigured scraper."""
    def broken(s: str) -> str:
        raw = s.encode("utf-8")
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return raw.decode("latin-1")

    out = []
    pos = 0
    for m in SENTENCE.finditer(text):
        s = m.group()
        if not s.isascii() and r.random() < 0.5:
            out.append(text[pos:m.start()])
            out.append(broken(s))
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def markers(text: str, lang: str, r) -> str:
    """Insert scraper markers and ad labels as lines between paragraphs, at the
    end, and now and then glued to the last sentence."""
    body = text.rstrip()
    end = text[len(body):]  # the document's own final line break stays last
    paras = body.split("\n\n")
    labels = sorted(AD_LABELS.get(lang, AD_LABELS["en"]))

    def marker() -> str:
        code = lang if r.random() < 0.8 else r.choice(["sec", "art", "id", "en", "fr"])
        return f"{code}{r.choice('-_')}{r.randint(0, 99):02d}"

    def label() -> str:
        word = r.choice(labels)
        style = r.random()
        return word.upper() if style < 0.3 else (word.capitalize() if style < 0.9 else f"- {word} -")

    out = [paras[0]]
    for p in paras[1:]:
        if r.random() < 0.4:
            out.append(marker() if r.random() < 0.5 else label())
        out.append(p)
    tail = r.random()
    if tail < 0.3:
        out.append(marker())
    elif tail < 0.4 and out[-1].endswith((".", "!", "?")):
        out[-1] = out[-1] + f"{lang}-{r.randint(0, 99):02d}"
    elif len(out) == len(paras):
        out.insert(len(out) // 2 + 1 if len(out) > 1 else 1, label() if len(out) > 1 else marker())
    return "\n\n".join(out) + end


_CLOSE_G = re.compile(r"(?<=\S)([ \u00a0\u202f]?)»")
_CLOSE_C = re.compile(r"(?<=\S)”")


def quotes(text: str, r) -> str:
    """Turn closing guillemets (and curly quotes) into opening ones, the way a
    scraper does: ``« mot »`` -> ``« mot« `` (the space moves after the mark)."""
    def g(m):
        if r.random() < 0.6:
            return "«" + m.group(1)
        return m.group()

    def c(m):
        return "“" if r.random() < 0.6 else m.group()

    return _CLOSE_C.sub(c, _CLOSE_G.sub(g, text))


# A sentence end: a word of two letters or more (not an abbreviation or an
# initial, which are not sentence ends), punctuation, a space, a capital.
_WORDS = re.compile(r"(?<= )[^\W\d_]+(?: [^\W\d_]+){1,3}(?= [^\W\d_])")
_STYLES = {"fr": [("«\u00a0", "\u00a0»"), ("« ", " »"), ("«\u202f", "\u202f»")],
           "es": [("«", "»"), ("“", "”")], "it": [("«", "»"), ("“", "”")], "en": [("“", "”")]}


def quoted(text: str, lang: str, r) -> tuple[str, str] | None:
    """(original, corrupted): a phrase of 2-4 words put in the language's
    quotation marks, then its closing mark turned the way a scraper does.
    None for languages whose own closing marks are the opening ones of
    others (German „…“, »…«)."""
    if lang not in _STYLES:
        return None
    spans = list(_WORDS.finditer(text))
    if not spans:
        return None
    m = r.choice(spans)
    o, c = r.choice(_STYLES[lang])
    good = text[:m.start()] + o + m.group() + c + text[m.end():]
    bad_close = ("«" + c[0] if c[0] != "»" else "«") if c.endswith("»") else "“"
    bad = text[:m.start()] + o + m.group() + bad_close + text[m.end():]
    return good, bad


_AFTER_STOP = re.compile(r"(?<=\b)([^\W\d_]{2,})([.!?]) (?=[A-ZÀ-Ý][^\W\d_])")
_AFTER_COMMA = re.compile(r"(?<=\b)([^\W\d_]{2,})(,) (?=[^\W\d_])")
_ABBREVIATIONS = {"dr", "st", "mr", "mrs", "ms", "jr", "sr", "mme", "mlle", "prof", "vs", "no",
                  "sra", "sr", "dott", "ing", "av", "etc", "ca", "bzw", "nr", "ch", "fig", "vol"}


def spaces(text: str, r, pattern) -> str:
    def sub(m):
        word = m.group(1)
        if word.lower() in _ABBREVIATIONS or r.random() >= 0.5:
            return m.group()
        return word + m.group(2)

    return pattern.sub(sub, text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--jsonl", default=str(UD_DEV))
    args = ap.parse_args()
    docs = load_jsonl(args.jsonl)
    safe = Pipeline(Config())
    unsafe = Pipeline(Config(unsafe_fixes=True))
    kinds = {
        "mojibake (TF1)": lambda d, r: mojibake(d["text"], r),
        "markers and ad labels (TF2)": lambda d, r: markers(d["text"], d["lang"], r),
        "unbalanced guillemets/quotes (TF3)": lambda d, r: quotes(d["text"], r),
        "missing space after . ! ? (TF401)": lambda d, r: spaces(d["text"], r, _AFTER_STOP),
        "missing space after , (TF402, unsafe)": lambda d, r: spaces(d["text"], r, _AFTER_COMMA),
    }
    for title, corrupt in kinds.items():
        r = rng(args.seed)
        unsafe_on = "unsafe" in title
        pipe = unsafe if unsafe_on else safe
        family = title[title.index("(TF") + 1:title.index("(TF") + 4]
        alone = Pipeline(Config(select=(family,), unsafe_fixes=unsafe_on))
        score, score_alone = Score(), Score()
        for d in docs:
            bad = corrupt(d, r)
            score.add(d["lang"], d["text"], bad, pipe.fix(bad))
            score_alone.add(d["lang"], d["text"], bad, alone.fix(bad, d["lang"]))
        print(score.table(f"{title}, {'unsafe fixes on' if unsafe_on else 'default pipeline'}:"))
        print(score_alone.table(f"  the same, {family} rules alone (language given):"))

    r = rng(args.seed)
    score = Score()
    for d in docs:
        pair = quoted(d["text"], d["lang"], r)
        if pair:
            score.add(d["lang"], pair[0], pair[1], safe.fix(pair[1]))
    print(score.table("a phrase quoted in the language's style, its closing mark turned (TF3), "
                      "default pipeline:"))

    print("false edits of the default pipeline on clean ud-dev:")
    print_false_edits("default", safe, docs, given_lang=False)
    ours = Pipeline(Config(select=("TF2", "TF3", "TF4")))
    changed, chars, total, examples = false_edits(ours.fix, docs)
    print(f"  TF2-TF4 alone: {changed} docs changed, {chars} chars = {1e5 * chars / total:.2f} per 100k")

    import ftfy

    texts = [d["text"] for d in docs]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    textfix.fix(texts[0])  # load data once, outside the timing
    ftfy.fix_text(texts[0])
    for name, fn in (("textfix.fix", textfix.fix), ("ftfy.fix_text", ftfy.fix_text)):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        dt = time.perf_counter() - t0
        print(f"throughput {name}: {mb / dt:.2f} MB/s ({mb:.2f} MB in {dt:.2f} s)")


if __name__ == "__main__":
    main()

"""Normalization rules (TN1xx) and profiles: each rule alone, what stays, each
profile, the CLI, and the invariants (idempotence, edits reproduce the output,
no profile = the repairs as they were)."""

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import textfix
from textfix import Config, Pipeline
from textfix.cli import main
from textfix.lang import typography as ty
from textfix.pipeline import select_rules
from textfix.profiles import DESCRIPTIONS, PROFILES, profile_codes
from textfix.rules.base import all_rules, get_rule

from .strategies import messy_documents


def only(code: str, text: str, lang: str = "en", **kw) -> str:
    return Pipeline(Config(select=(code,), lang=lang, **kw)).fix(text)


# (code, lang, before, after): each rule alone.
RULE_CASES = [
    ("TN101", "en", "ﬁn ＡＢＣ x² 10\u00a0km", "fin ABC x2 10 km"),
    ("TN102", "fr", "la ﬁn du ﬂeuve, œuvre", "la fin du fleuve, œuvre"),
    ("TN103", "en", "la ＡＢＣ de ２０２４！", "la ABC de 2024!"),
    ("TN103", "ja", "東京（ＴＯＫＹＯ）です。", "東京（TOKYO）です。"),
    ("TN103", "ja", "ｶﾀｶﾅ", "カタカナ"),
    ("TN110", "en", "don’t, l’OTAN, the ’90s, rock ’n’ roll, ‘no’", "don't, l'OTAN, the '90s, rock 'n' roll, ‘no’"),
    ("TN111", "en", "he said ‘no’ and don’t", "he said 'no' and don’t"),
    ("TN112", "de", "„gesagt“ und “said” 12″", '"gesagt" und "said" 12″'),
    ("TN113", "fr", "il a dit « oui » hier", 'il a dit "oui" hier'),
    ("TN113", "de", "er sagte »ja« und ‹nein›", 'er sagte "ja" und \'nein\''),
    ("TN113", "fr", "Accueil › Actualités › Sport", "Accueil › Actualités › Sport"),
    ("TN120", "fr", "1990–2000 — la fin, −3", "1990-2000 -- la fin, -3"),
    ("TN121", "fr", "Et puis… rien", "Et puis... rien"),
    ("TN130", "fr", "dit\u00a0: 10\u202f000\u2009€\u3000x", "dit : 10 000 € x"),
    ("TN131", "fr", "Il a dit : «oui» ; vraiment?", "Il a dit\u00a0: «\u00a0oui\u00a0»\u202f; vraiment\u202f?"),
    ("TN131", "fr", "Il est 12:30. Quoi ?! Voir http://a.fr?q=1", "Il est 12:30. Quoi\u202f?! Voir http://a.fr?q=1"),
    ("TN132", "fr", "l'école d'aujourd'hui, 'citation'", "l’école d’aujourd’hui, 'citation'"),
    ("TN140", "fr", "ﬁn\u200b de la ligne\u00ad, \ufeffmot\u200e", "ﬁn de la ligne, mot"),
    ("TN150", "en", "one\r\ntwo\rthree\u2028four\u2029five", "one\ntwo\nthree\nfour\nfive"),
    ("TN151", "en", "end.\n\n\n \nStart\n\nNext", "end.\n\nStart\n\nNext"),
]


@pytest.mark.parametrize("code,lang,before,after", RULE_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(RULE_CASES)])
def test_rule_alone(code, lang, before, after):
    assert only(code, before, lang) == after


KEPT = [
    # URLs, e-mail addresses and code spans keep their characters.
    ("TN112", "see “https://example.org/” and `x = “y”`", 'see "https://example.org/" and `x = “y”`'),
    ("TN120", "see https://example.org/a–b – now", "see https://example.org/a–b - now"),
    ("TN110", "`it’s` and it’s", "`it’s` and it's"),
    # Joiners an emoji sequence or a script needs stay; stray ones go.
    ("TN140", "👩\u200d💻 and क्\u200dष and x\u200dy", "👩\u200d💻 and क्\u200dष and xy"),
    # Bidi marks on a right-to-left line stay.
    ("TN140", "שלום\u200f world\nplain\u200e text", "שלום\u200f world\nplain text"),
]


@pytest.mark.parametrize("code,before,after", KEPT, ids=[f"{c[0]}-{i}" for i, c in enumerate(KEPT)])
def test_what_stays(code, before, after):
    assert only(code, before) == after


def test_french_apostrophe_keeps_addresses():
    text = "Écrire à o'neil@example.fr, voir https://fr.example.org/wiki/L'Été, l'été"
    out = only("TN132", text, lang="fr")
    assert out == "Écrire à o'neil@example.fr, voir https://fr.example.org/wiki/L'Été, l’été"


def test_french_rules_only_for_french():
    assert only("TN131", "Really? Yes: no!", lang="en") == "Really? Yes: no!"
    assert only("TN132", "don't", lang="en") == "don't"


def test_issue_example_ml_profile():
    text = "l’OTAN “dit”\u00a0: ﬁn\u200b de la ＡＢＣ\u00ad\r\nfin"
    r = textfix.fix_and_explain(text, normalize="ml")
    assert r.text == "l'OTAN \"dit\" : fin de la ABC\nfin"
    assert {e.code for e in r.edits} == {"TN102", "TN103", "TN110", "TN112", "TN130", "TN140", "TN150"}
    assert textfix.apply_edits(text, r.edits) == r.text


def test_ml_keeps_dashes_and_ellipsis_ascii_punct_does_not():
    text = "Et puis… 1990–2000 — fin."
    assert textfix.fix(text, "fr", normalize="ml") == text
    assert textfix.fix(text, "fr", normalize="ascii-punct") == "Et puis... 1990-2000 -- fin."


def test_fr_typography_profile():
    text = "Il m'a dit : «c'est fini» ; pourquoi?"
    out = textfix.fix(text, "fr", normalize="fr-typography")
    assert out == "Il m’a dit\u00a0: «\u00a0c’est fini\u00a0»\u202f; pourquoi\u202f?"


def test_nfkc_and_whitespace_profiles():
    assert textfix.fix("ﬁ x²", "en", normalize="nfkc") == "fi x2"
    text = "“a”\u00a0b\u200b\r\n\r\n\r\nc"
    assert textfix.fix(text, "en", normalize="whitespace") == "“a” b\n\nc"


def test_select_and_ignore_refine_a_profile():
    text = "“a”\u200b b"
    assert textfix.fix(text, "en", config=Config(normalize="ml", ignore=("TN140",))) == '"a"\u200b b'
    assert textfix.fix(text, "en", config=Config(extend_select=("TN140",))) == "“a” b"


def test_profiles_are_well_formed():
    codes = {r.code for r in all_rules()}
    assert "ml" in PROFILES and "fr-typography" in PROFILES
    for name, members in PROFILES.items():
        assert set(members) <= codes, name
        assert DESCRIPTIONS[name]
    with pytest.raises(ValueError, match="unknown normalization profile"):
        profile_codes("nope")


def test_normalizations_are_off_by_default_and_documented():
    tn = [r for r in all_rules() if r.code.startswith("TN")]
    assert len(tn) >= 12
    for r in tn:
        assert not r.default and r.family == "normalize"
        assert "->" in (r.__doc__ or "")
        assert get_rule(r.code).documentation().startswith(r.code)
    assert not any(r.code.startswith("TN") for r in select_rules(Config()))


def test_cli_fix_check_profiles():
    runner = CliRunner()
    text = "l’OTAN “dit”\u00a0: ﬁn\u200b\r\nfin"
    r = runner.invoke(main, ["fix", "--isolated", "--normalize", "ml", "--lang", "fr"], input=text)
    assert r.exit_code == 0, r.output
    assert r.stdout == "l'OTAN \"dit\" : fin\nfin"
    r = runner.invoke(main, ["fix", "--isolated", "--normalize", "ml", "--ignore", "TN110",
                             "--lang", "fr", "--explain"], input=text)
    assert "TN112" in r.stderr and "TN110" not in r.stderr and "l’OTAN" in r.stdout
    r = runner.invoke(main, ["fix", "--isolated", "--normalize", "ml", "--diff"], input=text)
    assert "-l’OTAN" in r.stdout and "+l'OTAN" in r.stdout
    r = runner.invoke(main, ["check", "--isolated", "--normalize", "ml"], input=text)
    assert r.exit_code == 1 and "TN102" in r.stdout
    r = runner.invoke(main, ["fix", "--isolated", "--normalize", "nope"], input=text)
    assert r.exit_code == 2 and "unknown normalization profile" in r.output
    r = runner.invoke(main, ["profiles"])
    assert r.exit_code == 0 and "ml:" in r.stdout and "fr-typography:" in r.stdout
    assert "TN140" in r.stdout


# -- properties -------------------------------------------------------------------
TYPO = ["’", "‘", "“", "”", "„", "«", "»", "‹", "›", "\u00a0", "\u202f", "\u2009", "\u200b",
        "\u00ad", "\ufeff", "\u200e", "ﬁ", "ﬂ", "ＡＢ", "１２", "…", "–", "—", "\r\n", "\r",
        "\u2028", "\n\n\n", "l’été", "don’t", "« oui »", "“quoted”", "x\u200dy", " ?", ":"]
typographic = st.lists(st.one_of(messy_documents(), st.sampled_from(TYPO)), max_size=8).map("".join)

# What ml removes everywhere (outside URLs and code spans).
ML_REMOVED = set("’“”„«»\u00a0\u202f\u2009\u200b\u00ad\ufeff\u200e\r\u2028\u2029") | set(ty.LIGATURES)
PIPES = {name: Pipeline(Config(normalize=name)) for name in PROFILES}
ONLY = {name: Pipeline(Config(select=(), normalize=name)) for name in PROFILES}
FAST = settings(max_examples=40, deadline=None)


def _outside_protected(text: str) -> str:
    spans = ty.protected_spans(text)
    out, pos = [], 0
    for s, e in spans:
        out.append(text[pos:s])
        pos = e
    out.append(text[pos:])
    return "".join(out)


@pytest.mark.parametrize("name", sorted(PROFILES))
@FAST
@given(typographic, st.sampled_from(["fr", "en", "de"]))
def test_profile_idempotent_and_edits_reproduce(name, text, lang):
    # The profile's rules alone: strictly idempotent.
    alone = ONLY[name].run(text, lang)
    assert textfix.apply_edits(text, alone.edits) == alone.text
    assert ONLY[name].fix(alone.text, lang) == alone.text
    # With the repairs: the edits reproduce the output, and a second run
    # finds nothing left to normalize.
    r = PIPES[name].run(text, lang)
    assert textfix.apply_edits(text, r.edits) == r.text
    again = PIPES[name].run(r.text, lang)
    assert [(e.code, e.before) for e in again.edits if e.code.startswith("TN")] == []


@FAST
@given(typographic)
def test_ml_output_has_none_of_the_removed_characters(text):
    out = PIPES["ml"].fix(text, "fr")
    assert not set(_outside_protected(out)) & ML_REMOVED
    assert "\n\n\n" not in out


NO_TN = Pipeline(Config(ignore=("TN",)))


@FAST
@given(typographic)
def test_no_profile_repairs_exactly_as_before(text):
    plain = textfix.fix_and_explain(text)
    assert not any(e.code.startswith("TN") for e in plain.edits)
    assert NO_TN.run(text).edits == plain.edits

"""Language detection: fast pass, langdetect fallback, overrides."""

import importlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textfix import Config, Pipeline
from textfix.lang.data import SUPPORTED

from .strategies import WORDS

D = importlib.import_module("textfix.lang.detect")

TEXTS = {
    "fr": "Le conseil a voté hier soir le budget de la ville. Les élus de l’opposition "
          "ont regretté que les travaux de la piscine soient encore repoussés, mais ils "
          "reconnaissent que les écoles en profitent.",
    "en": "The council voted on the city budget last night. Members of the opposition said "
          "that the pool works had been delayed again, but they agreed that the schools "
          "would benefit from it.",
    "de": "Der Stadtrat hat gestern Abend über den Haushalt abgestimmt. Die Opposition "
          "kritisierte, dass die Arbeiten am Schwimmbad wieder verschoben werden, aber sie "
          "gab zu, dass die Schulen davon profitieren.",
    "it": "Il consiglio ha votato ieri sera il bilancio della città. I consiglieri "
          "dell’opposizione hanno detto che i lavori della piscina sono stati rinviati "
          "ancora, ma che le scuole ne avranno un vantaggio.",
    "es": "El consejo votó anoche el presupuesto de la ciudad. Los concejales de la "
          "oposición dijeron que las obras de la piscina se han retrasado otra vez, pero "
          "que las escuelas se van a beneficiar de ello.",
}
OTHER_SCRIPTS = {
    "ru": "Городской совет вчера вечером утвердил бюджет города на следующий год.",
    "el": "Το δημοτικό συμβούλιο ψήφισε χθες τον προϋπολογισμό της πόλης.",
    "ar": "صوت المجلس البلدي أمس على ميزانية المدينة للعام المقبل.",
    "zh": "市议会昨晚通过了明年的城市预算。",
    "ja": "市議会は昨夜、来年度の市の予算を可決しました。",
}


@pytest.fixture
def no_langdetect(monkeypatch):
    def fail(text):
        raise AssertionError("langdetect was called")

    monkeypatch.setattr(D, "langdetect_detect", fail)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_fast_pass_decides_clear_text_alone(lang, no_langdetect):
    assert D.fast_detect(TEXTS[lang]) == (lang, True)
    assert D.detect(TEXTS[lang], "auto") == lang
    assert D.detect(TEXTS[lang], "fast") == lang


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_langdetect_agrees(lang):
    assert D.detect(TEXTS[lang], "langdetect") == lang


def test_spanish_is_not_held_back_by_words_catalan_shares(no_langdetect):
    # Many words Spanish shares with Catalan (el, la, de, que, en, no, es...).
    text = " ".join(["El gobierno de la región no es el que decide en la ciudad."] * 6
                    + ["Los vecinos y las asociaciones piden más parques para sus hijos."])
    assert D.detect(text, "auto") == "es"


def test_deterministic():
    short = "ok merci, à demain"
    assert len({D.detect(short, "langdetect") for _ in range(5)}) == 1
    assert len({D.detect(short, "auto") for _ in range(5)}) == 1


@pytest.mark.parametrize("text", ["", "   \n\t", "12 345, 67.8 %", "!!! ??? ---", "😀🎉"])
def test_nothing_to_detect(text, no_langdetect):
    assert D.fast_detect(text) == (None, True)
    assert D.detect(text, "auto") is None


@pytest.mark.parametrize("lang", sorted(OTHER_SCRIPTS))
@pytest.mark.parametrize("detector", ["fast", "auto", "langdetect"])
def test_other_scripts_are_not_a_supported_language(lang, detector):
    assert D.detect(OTHER_SCRIPTS[lang], detector) not in SUPPORTED


def test_one_language_scripts_need_no_langdetect(no_langdetect):
    assert D.detect(OTHER_SCRIPTS["el"]) == "el"
    assert D.detect(OTHER_SCRIPTS["ja"]) == "ja"


def test_fast_never_calls_langdetect_and_is_unsure_on_short_text(no_langdetect):
    lang, sure = D.fast_detect("Great food")
    assert not sure
    assert D.detect("Great food", "fast") in (None, "en")


def test_short_text_goes_to_langdetect(monkeypatch):
    calls = []
    monkeypatch.setattr(D, "langdetect_detect", lambda t: calls.append(t) or "en")
    assert D.detect("Great food, cheap.", "auto") == "en"
    assert calls == ["Great food, cheap."]


def test_override_skips_detection(monkeypatch):
    monkeypatch.setattr("textfix.pipeline.detect", lambda *a: pytest.fail("detected"))
    assert Pipeline(Config(lang="IT")).run(TEXTS["fr"]).lang == "it"
    assert Pipeline().run(TEXTS["en"], lang="de").lang == "de"


def test_pipeline_reports_detected_language():
    assert Pipeline().run(TEXTS["de"]).lang == "de"


@given(st.sampled_from(sorted(WORDS)), st.randoms(use_true_random=False))
def test_fast_sure_answers_are_right_on_generated_text(lang, rnd):
    words = [rnd.choice(WORDS[lang]) for _ in range(40)]
    guess, sure = D.fast_detect(" ".join(words))
    assert not sure or guess == lang


@given(st.text())
def test_never_raises(text):
    for det in ("fast", "auto"):
        out = D.detect(text, det)
        assert out is None or isinstance(out, str)

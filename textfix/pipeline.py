"""The pipeline: runs the selected rules stage by stage and applies their edits."""

from __future__ import annotations

import threading
from dataclasses import replace
from itertools import groupby
import time
from typing import Iterable

from .config import Config
from .document import Document
from .edits import Edit, OffsetMap, Result, resolve_overlaps, splice
from .lang.detect import detect
from .rules.base import Rule, all_rules


#: The clock of :meth:`Pipeline.run`'s optional profile.
profile_clock = time.perf_counter


_PIPELINES: dict[Config, "Pipeline"] = {}
_LOCK = threading.Lock()
#: How many pipelines this process has built (tests check one per worker).
BUILT = {"count": 0}


def pipeline_for(config: Config) -> "Pipeline":
    """This process's pipeline for ``config``, built on first use and kept.

    The library functions, the corpus job and every integration share it, so a
    worker process builds its rule set (and loads language data) once.
    """
    pipe = _PIPELINES.get(config)
    if pipe is None:
        with _LOCK:
            pipe = _PIPELINES.get(config)
            if pipe is None:
                pipe = _PIPELINES[config] = Pipeline(config)
                BUILT["count"] += 1
    return pipe


def select_rules(config: Config) -> list[type[Rule]]:
    """The rule classes ``config`` selects, in pipeline order (ruff semantics).

    Default rules run unless ``select`` is given; ``select``/``extend_select``
    add by code prefix (and can turn on rules that are off by default); a
    normalization profile adds its rules; ``ignore`` removes by prefix.
    """
    rules = all_rules()
    if config.select is None:
        chosen = {r.code for r in rules if r.default}
    else:
        chosen = {r.code for r in rules if r.code.startswith(config.select)}
    if config.extend_select:
        chosen |= {r.code for r in rules if r.code.startswith(config.extend_select)}
    if config.normalize:
        from .profiles import profile_codes

        chosen |= set(profile_codes(config.normalize))
    if config.ignore:
        chosen = {c for c in chosen if not c.startswith(config.ignore)}
    return [r for r in rules if r.code in chosen]


class Pipeline:
    """A configured pipeline: build once, call :meth:`run` on many documents.

    Picklable (only the config travels; rules are rebuilt on the other side),
    so it can be shipped to worker processes and cluster workers.
    """

    def __init__(self, config: Config | None = None, **kwargs) -> None:
        if config is None:
            config = Config(**kwargs)
        elif kwargs:
            config = replace(config, **kwargs)
        self.config = config
        self._build()

    def _build(self) -> None:
        classes = select_rules(self.config)
        self.rules: list[Rule] = [cls(self.config) for cls in classes]
        self._priority = {r.code: i for i, r in enumerate(self.rules)}
        self._stages = [list(g) for _, g in groupby(self.rules, key=lambda r: r.stage)]
        self._needs_lang = any(r.languages is not None for r in self.rules)

    def __getstate__(self) -> dict:
        return {"config": self.config}

    def __setstate__(self, state: dict) -> None:
        self.config = state["config"]
        self._build()

    def __repr__(self) -> str:
        return f"Pipeline({self.config!r})"

    # -- running -----------------------------------------------------------
    def fix(self, text: str, lang: str | None = None) -> str:
        return self.run(text, lang).text

    def run(self, text: str, lang: str | None = None, profile: dict | None = None) -> Result:
        """Repair ``text``; never raises on a ``str``.

        ``profile``: a dict this run adds its timings to (seconds):
        ``"detect"``, ``"<CODE>.precheck"``, ``"<CODE>.propose"``
        (the rule's proposals, with the document views it was first to use).
        One dict can total a whole corpus; None (the default) times nothing.
        The clock is the module's ``profile_clock`` (``time.perf_counter``; a
        benchmark on a busy machine may set ``time.process_time``).
        """
        if not isinstance(text, str):
            raise TypeError(f"textfix works on str, not {type(text).__name__}")
        lang = lang or self.config.lang
        detected = lang is not None
        original = text
        offsets = OffsetMap()
        applied: list[Edit] = []
        skipped: list[Edit] = []
        unsafe_ok = self.config.unsafe_fixes
        round_ = 0  # each application of a stage gets its own index (apply_edits)
        doc = None
        for stage in self._stages:
            if not detected and stage[0].stage > 9 and self._needs_lang:
                # Detect after the encoding repairs: mojibake misleads detection.
                lang = self._detect(text, profile)
                detected = True
            # A stage whose edits can reveal more work for itself (a split
            # part that is itself fused) runs again on its own output, so
            # that one run leaves nothing for a second one.
            for attempt in range(3 if any(r.repeat for r in stage) else 1):
                # Stages that change nothing share one Document, so its views
                # (words, vocabulary, lines) are computed once, not per stage.
                if doc is None or doc.text is not text or doc.lang != lang:
                    doc = Document(text, lang, self.config)
                kept = self._propose(stage, round_, doc, unsafe_ok, profile,
                                     skipped if attempt == 0 else None, offsets)
                round_ += 1
                if not kept:
                    break
                applied.extend(offsets.map_edit(e) for e in kept)
                text = splice(text, kept)
                offsets.push(kept)
        if not detected and self._needs_lang:
            lang = self._detect(text, profile)
        return Result(text, lang, tuple(applied), tuple(skipped), original)

    def _propose(self, stage, index, doc, unsafe_ok, profile, skipped, offsets) -> list[Edit]:
        """The non-overlapping edits one stage makes on ``text``.

        Unsafe edits go to ``skipped`` (mapped to the input) unless unsafe
        fixes are on; ``skipped`` is None on a stage's repeat rounds.
        """
        text, lang = doc.text, doc.lang
        proposals: list[Edit] = []
        for rule in stage:
            if not rule.applies_to(lang):
                continue
            if profile is not None:
                found = _timed(profile, rule, text, doc)
            elif rule.precheck(text):
                found = rule.propose(doc)
            else:
                continue
            for e in found:
                e = replace(e, local=(index, e.start, e.end))
                if e.safe or unsafe_ok:
                    proposals.append(e)
                elif skipped is not None:
                    skipped.append(offsets.map_edit(e))
        if not proposals:
            return []
        return resolve_overlaps(proposals, self._priority)

    def run_many(self, texts: Iterable[str], lang: str | None = None) -> list[Result]:
        return [self.run(t, lang) for t in texts]

    def _detect(self, text: str, profile: dict | None) -> str | None:
        if profile is None:
            return detect(text, self.config.detector)
        t0 = profile_clock()
        lang = detect(text, self.config.detector)
        profile["detect"] = profile.get("detect", 0.0) + profile_clock() - t0
        return lang


def _timed(profile: dict, rule: Rule, text: str, doc: Document) -> list[Edit]:
    """A rule's pre-check and proposals, each timed into ``profile``."""
    t0 = profile_clock()
    ok = rule.precheck(text)
    t1 = profile_clock()
    key = rule.code + ".precheck"
    profile[key] = profile.get(key, 0.0) + t1 - t0
    if not ok:
        return []
    found = list(rule.propose(doc))
    key = rule.code + ".propose"
    profile[key] = profile.get(key, 0.0) + profile_clock() - t1
    return found

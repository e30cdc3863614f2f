"""Immutable pipeline configuration."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Iterable

DETECTORS = ("auto", "fast", "langdetect")


def _codes(value: Iterable[str] | str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.split(",")
    return tuple(sorted({v.strip().upper() for v in value if v and v.strip()}))


@dataclass(frozen=True)
class Config:
    """What a :class:`textfix.Pipeline` does; hashable and picklable.

    - ``select``: rule codes or code prefixes to run (``"TF5"`` selects every
      ``TF5xx`` rule); ``None`` means the default rule set.  Selecting a rule
      that is off by default (a normalization) turns it on.
    - ``extend_select``: added to the default set (or to ``select``).
    - ``ignore``: codes or prefixes removed from the selection.
    - ``lang``: language override (ISO 639-1, e.g. ``"fr"``); ``None`` detects.
    - ``unsafe_fixes``: also apply edits rules mark as unsafe.
    - ``detector``: ``"auto"`` (fast function-word pass, langdetect only where
      it is unsure), ``"fast"`` (never langdetect) or ``"langdetect"`` (always).
    - ``normalize``: name of a normalization profile, or ``None``.
    - ``options``: per-rule settings as ``(name, value)`` pairs.
    """

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    lang: str | None = None
    unsafe_fixes: bool = False
    detector: str = "auto"
    normalize: str | None = None
    options: tuple[tuple[str, Any], ...] = field(default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "select", _codes(self.select))
        object.__setattr__(self, "extend_select", _codes(self.extend_select) or ())
        object.__setattr__(self, "ignore", _codes(self.ignore) or ())
        if self.lang is not None:
            object.__setattr__(self, "lang", self.lang.strip().lower() or None)
        if self.detector not in DETECTORS:
            raise ValueError(f"detector must be one of {DETECTORS}, not {self.detector!r}")
        opts = self.options
        if isinstance(opts, dict):
            opts = tuple(sorted(opts.items()))
        object.__setattr__(self, "options", tuple(opts))

    def option(self, name: str, default: Any = None) -> Any:
        for key, value in self.options:
            if key == name:
                return value
        return default

    def with_(self, **changes: Any) -> "Config":
        """A copy with some fields changed (the config itself never changes)."""
        return replace(self, **changes)

"""What every rule is: a code, a stage, a cheap pre-check and a proposal.

A rule never rewrites text.  It looks at a :class:`textfix.document.Document`
and yields :class:`textfix.edits.Edit` proposals; the pipeline applies them.

To add a rule: subclass :class:`Rule` in the module of its family under
``textfix/rules/``, give it a unique ``code``, a one-line ``summary`` and a
docstring in the ruff style (what it repairs, why that is damage, example
before/after, when it stays off), and decorate it with :func:`register`.
Modules in ``textfix/rules/`` are discovered automatically.
"""

from __future__ import annotations

from typing import ClassVar, Iterable, Iterator

from ..edits import Edit

# Stages run in increasing order; rules in one stage all see the same text and
# their edits are applied together.  A rule that needs another rule's result
# runs in a later stage.
STAGE_ENCODING = 0  # 0..9: ftfy-backed repairs, one sub-stage each
STAGE_LINES = 20  # whole-line removals: markers, labels, degraded duplicates
STAGE_JOIN = 30  # line structure: hard wraps, hyphenation
STAGE_APOSTROPHE = 40
STAGE_ACCENT = 45
STAGE_SPLIT = 50  # fused words
STAGE_SPACING = 60  # punctuation spacing, quotes
STAGE_NORMALIZE = 90  # opt-in normalizations, always last

_REGISTRY: dict[str, type["Rule"]] = {}


class Rule:
    """Base class of all rules.  Subclasses set the class attributes."""

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    family: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    stage: ClassVar[int] = STAGE_SPACING
    #: None: language-neutral; else the languages the rule knows.
    languages: ClassVar[frozenset[str] | None] = None
    #: Off-by-default rules (normalizations) run only when selected.
    default: ClassVar[bool] = True
    #: True when the rule's edits can reveal more work for the same stage
    #: (the pipeline then re-runs the stage on its output, at most twice more).
    repeat: ClassVar[bool] = False

    def __init__(self, config) -> None:
        self.config = config

    # -- to override -------------------------------------------------------
    def precheck(self, text: str) -> bool:
        """Cheap test: False when the rule surely has nothing to do."""
        return True

    def propose(self, doc) -> Iterable[Edit]:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- helpers -----------------------------------------------------------
    def edit(
        self,
        doc,
        start: int,
        end: int,
        after: str,
        reason: str,
        *,
        safe: bool = True,
        confidence: float = 1.0,
    ) -> Edit:
        """An edit replacing ``doc.text[start:end]`` with ``after``."""
        return Edit(
            code=self.code,
            start=start,
            end=end,
            before=doc.text[start:end],
            after=after,
            reason=reason,
            safe=safe,
            confidence=confidence,
        )

    def applies_to(self, lang: str | None) -> bool:
        return self.languages is None or lang in self.languages

    @classmethod
    def documentation(cls) -> str:
        import inspect

        doc = inspect.getdoc(cls) or cls.summary
        head = f"{cls.code} ({cls.name}): {cls.summary}"
        langs = "any" if cls.languages is None else ", ".join(sorted(cls.languages))
        meta = f"Family: {cls.family}. Languages: {langs}. " + (
            "On by default." if cls.default else "Off by default (select it or use a profile)."
        )
        return f"{head}\n\n{meta}\n\n{doc}\n"


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator adding a rule to the registry (codes are unique)."""
    if not cls.code:
        raise ValueError(f"{cls.__name__} has no code")
    other = _REGISTRY.get(cls.code)
    if other is not None and other is not cls and other.__qualname__ != cls.__qualname__:
        raise ValueError(f"rule code {cls.code} used by {other.__name__} and {cls.__name__}")
    _REGISTRY[cls.code] = cls
    return cls


def all_rules() -> list[type[Rule]]:
    """Every registered rule, in pipeline order (stage, then code)."""
    from . import discover

    discover()
    return sorted(_REGISTRY.values(), key=lambda r: (r.stage, r.code))


def get_rule(code: str) -> type[Rule]:
    from . import discover

    discover()
    return _REGISTRY[code.upper()]


def iter_matching(codes: Iterable[str]) -> Iterator[type[Rule]]:
    """Rules whose code starts with one of ``codes``."""
    codes = tuple(codes)
    for r in all_rules():
        if r.code.startswith(codes):
            yield r

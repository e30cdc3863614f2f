"""The edit model: rules propose edits, the pipeline applies them.

An :class:`Edit` is a proposal to replace ``text[start:end]`` with ``after``.
Rules create edits on the text *they* see (the output of the previous stage);
the pipeline maps every applied edit back to a span of the original input, so a
report always points at the user's own text.

The reported span is in input coordinates.  To reproduce the output from the
input, use :func:`apply_edits`, which replays the edits stage by stage with the
offsets each rule actually saw (a later stage may edit text that an earlier
stage produced, so input spans alone cannot always be applied blindly).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence


@dataclass(frozen=True)
class Edit:
    """One proposed or applied change.

    ``start``/``end`` are offsets in the input of :func:`textfix.fix_and_explain`
    once the pipeline has applied the edit (in the rule's own text while it is
    only a proposal).  ``before`` is the text that was replaced as the rule saw
    it; ``after`` the replacement.
    """

    code: str
    start: int
    end: int
    before: str
    after: str
    reason: str
    safe: bool = True
    confidence: float = 1.0
    # (stage index, start, end) in the text the rule saw; used by apply_edits.
    local: tuple[int, int, int] = field(default=(0, -1, -1), repr=False, compare=False)

    @property
    def applicability(self) -> str:
        return "safe" if self.safe else "unsafe"

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
            "reason": self.reason,
            "applicability": self.applicability,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class Result:
    """What :func:`textfix.fix_and_explain` returns.

    ``edits`` were applied, in order; ``skipped`` are unsafe edits that were
    proposed but not applied because unsafe fixes were off (spans in input
    coordinates too, so ``--explain`` can show them).
    """

    text: str
    lang: str | None
    edits: tuple[Edit, ...] = ()
    skipped: tuple[Edit, ...] = ()
    original: str = field(default="", repr=False)

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def counts(self) -> dict[str, int]:
        """Number of applied edits per rule code."""
        out: dict[str, int] = {}
        for e in self.edits:
            out[e.code] = out.get(e.code, 0) + 1
        return out


def resolve_overlaps(edits: Sequence[Edit], priority: dict[str, int]) -> list[Edit]:
    """Keep a deterministic, non-overlapping subset of ``edits``.

    Edits are taken by start offset, then by rule priority (pipeline order),
    then by length; an edit overlapping one already kept is dropped.  Two
    insertions at the same point conflict as well.
    """
    ordered = sorted(edits, key=lambda e: (e.start, priority.get(e.code, 1 << 30), e.end))
    kept: list[Edit] = []
    last_end = -1
    last_insert_at = -1
    for e in ordered:
        if e.before == e.after:
            continue
        if e.start < last_end:
            continue
        if e.start == e.end and e.start == last_insert_at:
            continue
        if kept and e.start == e.end == last_end and kept[-1].start == kept[-1].end:
            continue
        kept.append(e)
        last_end = e.end
        if e.start == e.end:
            last_insert_at = e.start
    return kept


def splice(text: str, edits: Sequence[Edit], local: bool = False) -> str:
    """Apply sorted, non-overlapping ``edits`` to ``text`` in one pass."""
    if not edits:
        return text
    parts: list[str] = []
    pos = 0
    for e in edits:
        s, t = (e.local[1], e.local[2]) if local else (e.start, e.end)
        parts.append(text[pos:s])
        parts.append(e.after)
        pos = t
    parts.append(text[pos:])
    return "".join(parts)


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Reproduce the pipeline's output from its input and the applied edits.

    >>> apply_edits("fin.Début", [Edit("TF401", 4, 4, "", " ", "space", local=(0, 4, 4))])
    'fin. Début'
    """
    by_stage: dict[int, list[Edit]] = {}
    for e in edits:
        by_stage.setdefault(e.local[0], []).append(e)
    for stage in sorted(by_stage):
        group = sorted(by_stage[stage], key=lambda e: (e.local[1], e.local[2]))
        text = splice(text, group, local=True)
    return text


class OffsetMap:
    """Maps offsets in a stage's output back to the original input.

    Each applied stage contributes its edits as (out_start, out_end, in_start,
    in_end) in that stage's coordinates; mapping walks the stages backwards.
    A position inside replaced text maps to the edge of the replaced span, so a
    later edit that touches an earlier one reports the union of both spans.
    """

    __slots__ = ("_stages",)

    def __init__(self) -> None:
        self._stages: list[tuple[list[int], list[tuple[int, int, int, int]]]] = []

    def push(self, applied: Sequence[Edit]) -> None:
        rows = []
        delta = 0
        for e in applied:
            s, t = e.local[1], e.local[2]
            out_s = s + delta
            out_e = out_s + len(e.after)
            rows.append((out_s, out_e, s, t))
            delta += len(e.after) - (t - s)
        self._stages.append(([r[0] for r in rows], rows))

    def to_input(self, pos: int, side: str) -> int:
        for starts, rows in reversed(self._stages):
            i = bisect.bisect_right(starts, pos) - 1
            if i < 0:
                continue
            out_s, out_e, in_s, in_e = rows[i]
            if pos > out_e or (pos == out_e and (out_e > out_s or side == "start")):
                pos = in_e + (pos - out_e)
            elif pos == out_s:
                pos = in_s
            else:  # strictly inside the replacement
                pos = in_s if side == "start" else in_e
        return pos

    def map_edit(self, e: Edit) -> Edit:
        if not self._stages:
            return e
        s = self.to_input(e.local[1], "start")
        t = self.to_input(e.local[2], "end")
        if t < s:
            t = s
        return replace(e, start=s, end=t)

"""What every integration shares: one pipeline per process, and edit counts.

Integrations ship a :class:`~textfix.Config` (small, hashable, picklable) to
wherever the work runs and call :func:`pipeline_for` there: the pipeline is
built once per process (per Dask worker, per ``datasets`` map process, per
datatrove task) and reused by every batch, task or partition that process
runs afterwards.
"""

from __future__ import annotations

from typing import Iterable

from ..config import Config
from ..edits import Result
from ..pipeline import BUILT, pipeline_for  # noqa: F401  (re-exported)


def make_config(config: Config | None = None, **kwargs) -> Config:
    """``config`` with ``kwargs`` (Config fields) applied, or a new Config."""
    base = config or Config()
    kwargs = {k: v for k, v in kwargs.items() if v is not None}
    return base.with_(**kwargs) if kwargs else base


def rule_codes(config: Config) -> list[str]:
    """The codes of the rules ``config`` runs, in pipeline order."""
    return [r.code for r in pipeline_for(config).rules]


def count_row(result: Result, codes: Iterable[str]) -> dict[str, int]:
    """Applied edits of ``result`` per code, with a zero for every code in ``codes``."""
    counts = result.counts()
    return {code: counts.get(code, 0) for code in codes}


def is_text(value) -> bool:
    return isinstance(value, str)

"""Hugging Face ``datasets``: repair a text column with ``Dataset.map``.

>>> from datasets import Dataset                        # doctest: +SKIP
>>> import textfix.integrations.hf as tfhf              # doctest: +SKIP
>>> ds = ds.map(tfhf.fixer(column="text"), batched=True, num_proc=4)  # doctest: +SKIP

``fixer`` returns a picklable callable (``num_proc`` ships it to worker
processes, each of which builds its pipeline once) that works with
``batched=True`` (recommended) and without.  Options:

- ``lang``: one language for every row; ``lang_column``: a column holding each
  row's language (where it is ``None`` or empty, ``lang`` applies, or detection).
- ``output_column``: write the repair there and keep the original column.
- ``counts=True``: add ``textfix_edits`` (applied edits per row) and one
  ``textfix_<CODE>`` column per selected rule (edits of that rule), the same
  columns in every batch so Arrow sees one schema.
- ``config``: a :class:`textfix.Config` (rule selection, unsafe fixes...).

``None`` cells stay ``None``; any other non-string cell is an error naming the
column.  Needs the ``hf`` extra (``pip install 'textfix[hf]'``).
"""

from __future__ import annotations

from ..config import Config
from ._common import count_row, make_config, pipeline_for, rule_codes

__all__ = ["Fixer", "fixer"]


class Fixer:
    """The callable :func:`fixer` returns; see the module documentation."""

    def __init__(self, column: str = "text", *, lang: str | None = None,
                 lang_column: str | None = None, config: Config | None = None,
                 output_column: str | None = None, counts: bool = False,
                 prefix: str = "textfix_") -> None:
        self.column = column
        self.lang_column = lang_column
        self.config = make_config(config, lang=lang)
        self.output_column = output_column or column
        self.counts = counts
        self.prefix = prefix

    def __repr__(self) -> str:
        return f"textfix.integrations.hf.Fixer(column={self.column!r}, config={self.config!r})"

    def count_columns(self) -> list[str]:
        """Names of the columns ``counts=True`` adds, in order."""
        return [f"{self.prefix}edits"] + [self.prefix + c for c in rule_codes(self.config)]

    def __call__(self, batch: dict) -> dict:
        if self.column not in batch:
            raise KeyError(f"textfix: no column {self.column!r} (columns: {sorted(batch)})")
        values = batch[self.column]
        if isinstance(values, (str, type(None))):  # batched=False: one row
            out = self._rows([values], [batch.get(self.lang_column)] if self.lang_column else None)
            return {k: v[0] for k, v in out.items()}
        langs = list(batch[self.lang_column]) if self.lang_column else None
        return self._rows(list(values), langs)

    def _rows(self, values: list, langs: list | None) -> dict[str, list]:
        pipe = pipeline_for(self.config)
        codes = rule_codes(self.config) if self.counts else []
        texts: list = []
        totals: list[int] = []
        per_code: dict[str, list[int]] = {c: [] for c in codes}
        for i, value in enumerate(values):
            if value is None:
                texts.append(None)
                totals.append(0)
                for c in codes:
                    per_code[c].append(0)
                continue
            if not isinstance(value, str):
                raise TypeError(f"textfix: column {self.column!r} holds "
                                f"{type(value).__name__}, not str: {value!r:.60}")
            result = pipe.run(value, (langs[i] or None) if langs else None)
            texts.append(result.text)
            if self.counts:
                totals.append(len(result.edits))
                for c, n in count_row(result, codes).items():
                    per_code[c].append(n)
        out: dict[str, list] = {self.output_column: texts}
        if self.counts:
            out[f"{self.prefix}edits"] = totals
            for c in codes:
                out[self.prefix + c] = per_code[c]
        return out


def fixer(column: str = "text", **kwargs) -> Fixer:
    """A callable for ``Dataset.map`` that repairs ``column``; see the module doc."""
    return Fixer(column, **kwargs)

"""pandas: a ``Series`` of texts in, a ``Series`` of repaired texts out.

>>> import textfix.integrations.pandas as tfpd          # doctest: +SKIP
>>> df["text"] = tfpd.fix_series(df["text"], lang="fr")  # doctest: +SKIP
>>> tfpd.edit_counts(df["text"])                         # doctest: +SKIP

The index, name and length are kept; missing values (``None``, ``NaN``,
``pd.NA``) stay missing; any other non-string value is an error.  ``lang`` may
be one code or a ``Series`` of per-row codes aligned on the index.  Needs the
``pandas`` extra (``pip install 'textfix[pandas]'``).
"""

from __future__ import annotations

from ..config import Config
from ._common import count_row, make_config, pipeline_for, rule_codes

__all__ = ["edit_counts", "explain_series", "fix_frame", "fix_series"]


def _pd():
    import pandas as pd

    return pd


def _langs(series, lang):
    pd = _pd()
    if isinstance(lang, pd.Series):
        aligned = lang.reindex(series.index)
        return [None if pd.isna(v) or v == "" else v for v in aligned]
    return [lang] * len(series)


def _results(series, lang, config):
    pd = _pd()
    pipe = pipeline_for(make_config(config))
    out = []
    for value, lg in zip(series, _langs(series, lang)):
        if not isinstance(value, str):
            if value is None or pd.isna(value):
                out.append(None)
                continue
            raise TypeError(f"textfix: series {series.name!r} holds "
                            f"{type(value).__name__}, not str: {value!r:.60}")
        out.append(pipe.run(value, lg))
    return out


def explain_series(series, lang=None, *, config: Config | None = None) -> list:
    """The :class:`textfix.Result` of each row (``None`` for missing values)."""
    return _results(series, lang, config)


def fix_series(series, lang=None, *, config: Config | None = None):
    """A new ``Series``: each text repaired, missing values kept as they were."""
    pd = _pd()
    values = [series.iloc[i] if r is None else r.text
              for i, r in enumerate(_results(series, lang, config))]
    return pd.Series(values, index=series.index, name=series.name, dtype=series.dtype)


def edit_counts(series, lang=None, *, config: Config | None = None):
    """A ``DataFrame`` on the same index: ``edits`` (applied edits per row) and
    one column per selected rule code."""
    pd = _pd()
    config = make_config(config)
    codes = rule_codes(config)
    rows = []
    for r in _results(series, lang, config):
        counts = count_row(r, codes) if r is not None else dict.fromkeys(codes, 0)
        rows.append({"edits": sum(counts.values()), **counts})
    return pd.DataFrame(rows, index=series.index, columns=["edits", *codes], dtype="int64")


def fix_frame(df, column: str = "text", *, lang=None, lang_column: str | None = None,
              config: Config | None = None, output_column: str | None = None,
              codes: list[str] | None = None, prefix: str = "textfix_"):
    """A copy of ``df`` with ``column`` repaired (into ``output_column`` if given).

    With ``codes`` (rule codes, e.g. ``rule_codes(config)``), also
    ``{prefix}edits`` and one ``{prefix}<CODE>`` int64 column per code.  The
    building block of the Dask and NeMo Curator integrations.
    """
    config = make_config(config, lang=lang)
    langs = df[lang_column] if lang_column else None
    results = _results(df[column], langs, config)
    df = df.copy()
    df[output_column or column] = [df[column].iloc[i] if r is None else r.text
                                   for i, r in enumerate(results)]
    if codes is not None:
        rows = [count_row(r, codes) if r is not None else dict.fromkeys(codes, 0) for r in results]
        df[f"{prefix}edits"] = [sum(r.values()) for r in rows]
        for c in codes:
            df[prefix + c] = [r[c] for r in rows]
        for name in [f"{prefix}edits", *(prefix + c for c in codes)]:
            df[name] = df[name].astype("int64")
    return df

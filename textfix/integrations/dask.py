"""Dask: repair a ``dask.bag`` of texts or records and a ``dask.dataframe``
column, on a local or distributed scheduler.

>>> import textfix.integrations.dask as tfdask                  # doctest: +SKIP
>>> fixed = tfdask.fix_bag(db.read_text("crawl/*.txt"))        # texts
>>> fixed = tfdask.fix_bag(records, key="text", counts=True)   # dicts
>>> ddf = tfdask.fix_column(ddf, "text", counts=True)          # a column

Only the :class:`textfix.Config` travels with the tasks.  Each worker process
builds its pipeline the first time it needs one and reuses it for every later
task (a module-level cache keyed by config, see
:func:`textfix.integrations._common.pipeline_for`), so the rule set is built
once per worker, not once per task or partition.  :func:`warm_up` builds it on
every worker of a ``distributed.Client`` up front.

Record bags: each record is a ``dict``; ``key`` is repaired in a copy (the
input records are not mutated); ``lang_key`` names a per-record language;
``counts=True`` adds ``record["textfix"] = {"edits": n, "counts": {code: n}}``
(codes with at least one edit).  ``None`` texts pass through unchanged.

The corpus job on a cluster (``textfix fix --engine dask``) is
:func:`textfix.integrations.dask_corpus.run_corpus`.  Needs the ``dask``
extra (``pip install 'textfix[dask]'``).
"""

from __future__ import annotations

from ..config import Config
from ._common import BUILT, make_config, pipeline_for, rule_codes

__all__ = ["fix_bag", "fix_column", "warm_up"]


# -- bags ---------------------------------------------------------------------
def _fix_texts(part, config: Config):
    pipe = pipeline_for(config)
    return [t if t is None else pipe.run(t).text for t in part]


def _fix_records(part, config: Config, key: str, lang_key, counts: bool):
    pipe = pipeline_for(config)
    out = []
    for rec in part:
        if not isinstance(rec, dict):
            raise TypeError(f"textfix: a record bag holds dicts, not {type(rec).__name__}")
        text = rec.get(key)
        rec = dict(rec)
        if text is None:
            if counts:
                rec["textfix"] = {"edits": 0, "counts": {}}
            out.append(rec)
            continue
        if not isinstance(text, str):
            raise TypeError(f"textfix: record field {key!r} holds {type(text).__name__}, not str")
        result = pipe.run(text, (rec.get(lang_key) or None) if lang_key else None)
        rec[key] = result.text
        if counts:
            rec["textfix"] = {"edits": len(result.edits), "counts": result.counts()}
        out.append(rec)
    return out


def fix_bag(bag, key: str | None = None, *, lang: str | None = None,
            lang_key: str | None = None, config: Config | None = None,
            counts: bool = False):
    """A bag of repaired texts (``key=None``) or records (``key`` = the text field)."""
    config = make_config(config, lang=lang)
    if key is None:
        if lang_key or counts:
            raise ValueError("lang_key and counts need a record bag (give key=)")
        return bag.map_partitions(_fix_texts, config)
    return bag.map_partitions(_fix_records, config, key, lang_key, counts)


# -- dataframes ---------------------------------------------------------------
def _fix_frame(df, config: Config, column: str, output: str, lang_column, codes,
               prefix: str):
    from .pandas import fix_frame

    return fix_frame(df, column, lang_column=lang_column, config=config, output_column=output,
                     codes=codes, prefix=prefix)


def fix_column(ddf, column: str = "text", *, lang: str | None = None,
               lang_column: str | None = None, config: Config | None = None,
               output_column: str | None = None, counts: bool = False,
               prefix: str = "textfix_"):
    """``ddf`` with ``column`` repaired (or written to ``output_column``), and with
    ``counts=True`` a ``textfix_edits`` column and one ``textfix_<CODE>`` per rule."""
    config = make_config(config, lang=lang)
    output = output_column or column
    # The count columns are fixed here, once, so every partition has the same.
    codes = rule_codes(config) if counts else None
    # The empty frame dask keeps as a schema goes through the same function.
    meta = _fix_frame(ddf._meta, config, column, output, lang_column, codes, prefix)
    return ddf.map_partitions(_fix_frame, config, column, output, lang_column, codes,
                              prefix, meta=meta)


# -- workers ------------------------------------------------------------------
def _warm(config: Config) -> int:
    pipeline_for(config)
    return BUILT["count"]


def warm_up(client, config: Config | None = None) -> dict:
    """Build the pipeline for ``config`` on every worker of ``client`` now;
    returns ``{worker address: pipelines built in that process}``."""
    return client.run(_warm, make_config(config))

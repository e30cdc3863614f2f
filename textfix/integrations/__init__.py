"""textfix in ML data pipelines and on clusters.

Each integration is its own module, imported on demand, and needs its library
(installed with the matching extra); the textfix core never imports them:

- :mod:`textfix.integrations.hf`: Hugging Face ``datasets`` (``.[hf]``)
- :mod:`textfix.integrations.pandas`: pandas ``Series`` (``.[pandas]``)
- :mod:`textfix.integrations.dask`: ``dask.bag`` and ``dask.dataframe`` on a
  Dask cluster, and the corpus job engine (``.[dask]``)
- :mod:`textfix.integrations.datatrove`: a datatrove pipeline step
  (``.[datatrove]``)
- :mod:`textfix.integrations.nemo_curator`: a NeMo Curator document modifier
  and processing stage (``.[nemo-curator]``)
- :mod:`textfix.integrations.dask_corpus`: the corpus job on a Dask cluster
  (``textfix fix --engine dask`` / ``--scheduler ADDRESS``; ``.[dask]``)

The batch API without any extra is :func:`textfix.fix_batch`.
"""

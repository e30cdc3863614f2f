"""datatrove: a pipeline step that repairs ``Document.text``.

>>> from datatrove.executor import LocalPipelineExecutor             # doctest: +SKIP
>>> from datatrove.pipeline.readers import JsonlReader               # doctest: +SKIP
>>> from datatrove.pipeline.writers import JsonlWriter               # doctest: +SKIP
>>> from textfix.integrations.datatrove import TextfixFormatter      # doctest: +SKIP
>>> LocalPipelineExecutor([JsonlReader("crawl/"), TextfixFormatter(),
...                        JsonlWriter("fixed/")], tasks=8).run()    # doctest: +SKIP

:class:`TextfixFormatter` is a datatrove formatter (``BaseFormatter``), so any
datatrove executor (local, Slurm, Ray) runs it.  For each document it

- replaces ``doc.text`` with the repair;
- records ``doc.metadata["textfix"] = {"edits": n, "counts": {code: n}}``
  (``metadata_key=None`` turns this off);
- adds to the step's statistics: ``total``, ``formatted`` (documents changed)
  and one ``TFxxx`` counter per rule code with its number of edits.

The language comes from ``lang`` if given, else from
``doc.metadata[lang_key]`` (``"language"``, which datatrove's language filters
set; ``fr`` or ``fra_Latn`` style), else it is detected.  Only the
:class:`textfix.Config` is pickled to the tasks; each task process builds the
pipeline once.  Needs the ``datatrove`` extra.
"""

from __future__ import annotations

from datatrove.pipeline.formatters.base import BaseFormatter

from ..config import Config
from ._common import make_config, pipeline_for

__all__ = ["TextfixFormatter"]

# ISO 639-3 codes (as in "fra_Latn" labels) of the languages textfix knows.
_ISO3 = {"fra": "fr", "eng": "en", "deu": "de", "ita": "it", "spa": "es"}


def _lang_code(value) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    code = value.split("_")[0].split("-")[0].lower()
    if len(code) == 2:
        return code
    return _ISO3.get(code)


class TextfixFormatter(BaseFormatter):
    """Repairs each document's text with textfix; see the module documentation."""

    name = "🩹 textfix"
    _requires_dependencies = ["textfix"]

    def __init__(self, config: Config | None = None, *, lang: str | None = None,
                 lang_key: str | None = "language", metadata_key: str | None = "textfix") -> None:
        super().__init__()
        self.config = make_config(config, lang=lang)
        self.lang_key = lang_key
        self.metadata_key = metadata_key

    def format(self, text: str) -> str:
        return pipeline_for(self.config).run(text).text

    def run(self, data, rank: int = 0, world_size: int = 1):
        pipe = pipeline_for(self.config)
        for doc in data:
            self.stat_update("total")
            with self.track_time():
                lang = None
                if self.lang_key and not self.config.lang:
                    lang = _lang_code(doc.metadata.get(self.lang_key))
                result = pipe.run(doc.text, lang)
                counts = result.counts()
                if result.changed:
                    self.stat_update("formatted")
                    doc.text = result.text
                for code, n in counts.items():
                    self.stat_update(code, value=n)
                if self.metadata_key:
                    doc.metadata[self.metadata_key] = {"edits": len(result.edits),
                                                       "counts": counts}
            yield doc

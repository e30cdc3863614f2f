"""NeMo Curator: a document modifier and a processing stage that repair text.

>>> from nemo_curator.stages.text.modifiers import Modify           # doctest: +SKIP
>>> from textfix.integrations.nemo_curator import TextfixModifier, TextfixStage
>>> pipeline.add_stage(Modify(TextfixModifier(), input_fields="text"))  # doctest: +SKIP
>>> pipeline.add_stage(TextfixStage(text_field="text"))                  # doctest: +SKIP

- :class:`TextfixModifier` is a ``DocumentModifier``: ``modify_document(text)``
  returns the repaired text, for NeMo Curator's own ``Modify`` stage.
- :class:`TextfixStage` is a ``ProcessingStage[DocumentBatch, DocumentBatch]``
  that repairs ``text_field`` and, like the datatrove step, records the edits:
  a ``textfix_edits`` column and one ``textfix_<CODE>`` column per selected
  rule (``counts=False`` turns them off).  ``lang_field`` names a column with
  each document's language.

Only the :class:`textfix.Config` travels; each worker builds its pipeline once
(in ``setup``).  Tested with nemo-curator 1.4 on CPU (its install pulls torch
and ray, several GB, so it is not part of the ``dev`` environment).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nemo_curator.stages.base import ProcessingStage
from nemo_curator.stages.text.modifiers.doc_modifier import DocumentModifier
from nemo_curator.tasks import DocumentBatch

from ..config import Config
from ._common import make_config, pipeline_for, rule_codes
from .pandas import fix_frame

__all__ = ["TextfixModifier", "TextfixStage"]


class TextfixModifier(DocumentModifier):
    """Repairs one document's text; ``None`` passes through."""

    def __init__(self, config: Config | None = None, *, lang: str | None = None) -> None:
        super().__init__()
        self._name = "textfix"
        self.config = make_config(config, lang=lang)

    def modify_document(self, text):
        if text is None or not isinstance(text, str):
            return text
        return pipeline_for(self.config).run(text).text


@dataclass
class TextfixStage(ProcessingStage[DocumentBatch, DocumentBatch]):
    """Repairs ``text_field`` of each batch and adds edit-count columns."""

    text_field: str = "text"
    config: Config = field(default_factory=Config)
    lang_field: str | None = None
    counts: bool = True
    prefix: str = "textfix_"
    name: str = "textfix"

    def _codes(self) -> list[str] | None:
        return rule_codes(self.config) if self.counts else None

    def _count_columns(self) -> list[str]:
        codes = self._codes()
        return [] if codes is None else [f"{self.prefix}edits", *(self.prefix + c for c in codes)]

    def inputs(self) -> tuple[list[str], list[str]]:
        return ["data"], [self.text_field] + ([self.lang_field] if self.lang_field else [])

    def outputs(self) -> tuple[list[str], list[str]]:
        return ["data"], [self.text_field, *self._count_columns()]

    def setup(self, worker_metadata=None) -> None:
        pipeline_for(self.config)

    def process(self, batch: DocumentBatch) -> DocumentBatch:
        df = fix_frame(batch.to_pandas(), self.text_field, lang_column=self.lang_field,
                       config=self.config, codes=self._codes(), prefix=self.prefix)
        return DocumentBatch(dataset_name=batch.dataset_name, data=df,
                             _metadata=batch._metadata, _stage_perf=batch._stage_perf)

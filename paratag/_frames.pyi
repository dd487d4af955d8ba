from collections.abc import Iterable, Iterator, Mapping

import pandas

from ._batch import ParseFailure
from ._document import Document

ENTITY_COLUMNS: tuple[str, ...]
BLOCK_COLUMNS: tuple[str, ...]

def entity_rows(doc: Document, name: str | None = ...) -> Iterator[tuple[object, ...]]:
    """The entity table as tuples in the order of ENTITY_COLUMNS."""

def to_frame(docs: Iterable[Document | ParseFailure | tuple[str | None, Document | ParseFailure]]
             | Mapping[str, Document], *, blocks: bool = ...) -> pandas.DataFrame:
    """One DataFrame of many documents: their entities, or their blocks."""

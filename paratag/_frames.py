"""Tables of parsed documents: one row per entity, or one per block.

Entities come from Document.entity_columns(), flat buffers that the C core
fills, so a table of a million entities costs no million Python objects:
to_arrow() wraps the buffers as Arrow arrays, and to_pandas() converts
through Arrow, strings staying in Arrow memory (pd.ArrowDtype) and labels
becoming categoricals.  Without pyarrow, to_pandas() builds the same
columns from Python lists: slower, with object strings.  The Arrow half
is _arrow.py, imported only when pyarrow is there.
"""
from __future__ import annotations

import importlib
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from ._batch import ParseFailure
    from ._document import Document

# what to_frame() takes: Documents, (name, Document) pairs or a mapping
# of names to Documents; ParseFailures, alone or named, are left out
Result = Union["Document", "ParseFailure"]
Docs = Union[Iterable[Union[Result, tuple[Union[str, None], Result]]], Mapping[str, "Document"]]
Lists = dict[str, Sequence[object]]  # a table as Python lists, one a column

ENTITY_COLUMNS = ("document", "block", "kind", "number", "label", "text", "value",
                  "source", "start", "end", "raw_start", "raw_end")
BLOCK_COLUMNS = ("document", "block", "kind", "number", "lang", "text", "footnote_refs",
                 "entities", "raw_start", "raw_end", "warnings")
KINDS = ("heading", "paragraph", "footnote")
def require(module: str, feature: str, extra: str = "frames") -> ModuleType:
    """Import the optional `module`, or say what `feature` needs and which
    extra of paratag brings it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(f"{feature} needs {module}: pip install 'paratag[{extra}]'") from None


def _has_pyarrow() -> bool:
    try:
        importlib.import_module("pyarrow")
    except ImportError:
        return False
    return True


def block_kinds_numbers(doc: Document) -> tuple[list[str], list[str]]:
    """Each block's kind and number, straight from the core (no Block or
    Entity objects are built)."""
    return doc._core.block_heads()


def _decode(offsets: bytes, data: bytes) -> list[str]:
    cuts = array("q", offsets)
    return [data[a:b].decode("utf-8") for a, b in zip(cuts, cuts[1:])]


def source_typecode(cols: dict[str, Any]) -> str:
    """The array typecode of the source column: int8 codes while a document
    has at most 128 sources, wider past that (the core widens it as needed)."""
    n = len(cols["block"]) // 4
    return {1: "b", 2: "h", 4: "i"}[len(cols["source"]) // n if n else 1]


def entity_lists(doc: Document, name: str | None = None,
                 cols: dict[str, Any] | None = None) -> Lists:
    """The entity table as a dict of Python lists, keyed by ENTITY_COLUMNS;
    `cols` is doc.entity_columns() where the caller has it already."""
    if cols is None:
        cols = doc.entity_columns()
    block = array("i", cols["block"]).tolist()
    kinds, numbers = block_kinds_numbers(doc)
    labels, sources = cols["labels"], cols["sources"]
    return {
        "document": [name] * len(block),
        "block": block,
        "kind": [kinds[b] for b in block],
        "number": [numbers[b] for b in block],
        "label": [labels[c] for c in array("b", cols["label"])],
        "text": _decode(cols["text_offsets"], cols["text_data"]),
        "value": _decode(cols["value_offsets"], cols["value_data"]),
        "source": [sources[c] for c in array(source_typecode(cols), cols["source"])],
        "start": array("i", cols["start"]).tolist(),
        "end": array("i", cols["end"]).tolist(),
        "raw_start": array("q", cols["raw_start"]).tolist(),
        "raw_end": array("q", cols["raw_end"]).tolist(),
    }


def entity_rows(doc: Document, name: str | None = None) -> Iterator[tuple[Any, ...]]:
    """The entity table as tuples in the order of ENTITY_COLUMNS."""
    lists = entity_lists(doc, name)
    return zip(*(lists[c] for c in ENTITY_COLUMNS))


def block_lists(doc: Document, name: str | None = None) -> Lists:
    """The block table as a dict of Python lists, keyed by BLOCK_COLUMNS."""
    rows = [doc._core.block(i) for i in range(len(doc))]
    return {
        "document": [name] * len(rows),
        "block": list(range(len(rows))),
        "kind": [r[0] for r in rows],
        "number": [r[1] for r in rows],
        "lang": [r[6] for r in rows],
        "text": [r[2] for r in rows],
        "footnote_refs": [list(r[3]) for r in rows],
        "entities": [len(r[5]) for r in rows],
        "raw_start": [r[4][0][0] if r[4] else -1 for r in rows],
        "raw_end": [r[4][-1][1] if r[4] else -1 for r in rows],
        "warnings": block_warnings(doc),
    }


def block_warnings(doc: Document) -> list[list[str]]:
    """The codes of each block's diagnostics, a list per block."""
    codes: list[list[str]] = [[] for _ in range(len(doc))]
    for d in doc.diagnostics():
        codes[d.block].append(d.code)
    return codes


def entity_table(doc: Document, name: str | None = None) -> pa.Table:
    """doc.to_arrow(): the entity table as a pyarrow.Table over the core's buffers."""
    require("pyarrow", "to_arrow()")
    from . import _arrow
    return _arrow.entity_table(doc, name)


# ---- pandas -----------------------------------------------------------------

def _lists_to_pandas(lists: Lists, columns: Sequence[str],
                     categories: Mapping[str, tuple[str, ...]]) -> pd.DataFrame:
    """A frame of Python lists, its code columns categorical (no pyarrow)."""
    import pandas as pd
    frame = pd.DataFrame({c: lists[c] for c in columns})
    for column, values in categories.items():
        frame[column] = pd.Categorical(frame[column], categories=values)
    return frame


def _entity_frame_without_arrow(doc: Document, name: str | None) -> pd.DataFrame:
    cols = doc.entity_columns()
    return _lists_to_pandas(entity_lists(doc, name, cols), ENTITY_COLUMNS, {
        "document": () if name is None else (str(name),), "kind": KINDS,
        "label": cols["labels"], "source": cols["sources"]})


def _block_frame_without_arrow(doc: Document, name: str | None) -> pd.DataFrame:
    return _lists_to_pandas(block_lists(doc, name), BLOCK_COLUMNS, {
        "document": () if name is None else (str(name),), "kind": KINDS})


def _frame(named: Sequence[tuple[str | None, Document]], blocks: bool,
           feature: str) -> pd.DataFrame:
    """The frame of every to_pandas(), blocks_frame() and to_frame(): the
    entities (or blocks) of the (name, Document) pairs `named`, through
    Arrow when pyarrow is installed, else from Python lists; `feature`
    names the caller in the message that pandas is missing."""
    require("pandas", feature)
    import pandas as pd
    if _has_pyarrow():
        from . import _arrow
        return _arrow.frame(named, blocks)
    build = _block_frame_without_arrow if blocks else _entity_frame_without_arrow
    frames = [build(doc, name) for name, doc in named]
    if not frames:
        return pd.DataFrame({c: [] for c in (BLOCK_COLUMNS if blocks else ENTITY_COLUMNS)})
    frame = pd.concat(frames, ignore_index=True)
    # each document has its own categories; concat leaves objects where they differ
    for column in ("document", "label", "source", "kind"):
        if column in frame:
            frame[column] = frame[column].astype("category")
    return frame


def entity_frame(doc: Document, name: str | None = None) -> pd.DataFrame:
    """doc.to_pandas(): one row per entity."""
    return _frame([(name, doc)], False, "to_pandas()")


def block_frame(doc: Document, name: str | None = None) -> pd.DataFrame:
    """doc.blocks_frame(): one row per block."""
    return _frame([(name, doc)], True, "blocks_frame()")


def _named(docs: Docs) -> Iterator[tuple[str | None, Document]]:
    """(name, Document) pairs of what to_frame() accepts."""
    from ._batch import ParseFailure
    from ._document import Document

    items = docs.items() if isinstance(docs, Mapping) else docs
    for position, item in enumerate(items):
        if isinstance(item, tuple) and len(item) == 2:
            name, doc = (None if item[0] is None else str(item[0])), item[1]
        else:
            name, doc = str(position), item
        if isinstance(doc, ParseFailure):
            continue
        if not isinstance(doc, Document):
            raise TypeError("to_frame() takes Documents, (name, Document) pairs or a "
                            f"mapping of names to Documents, not {type(item).__name__}")
        yield name, doc


def to_frame(docs: Docs, *, blocks: bool = False) -> pd.DataFrame:
    """One pandas DataFrame of many documents: their entities, or with
    blocks=True their blocks, with the columns of Document.to_pandas() or
    Document.blocks_frame().

    `docs` holds Documents, (name, Document) pairs, or is a mapping of names
    to Documents; the name fills the "document" column, and a Document given
    alone is named by its position in `docs` ("0", "1", ...).  ParseFailure
    items (from parse_many(on_error="collect")), alone or paired with a
    name, are left out, so that what parse_many yields can be passed as it
    is.
    """
    return _frame(list(_named(docs)), blocks, "to_frame()")

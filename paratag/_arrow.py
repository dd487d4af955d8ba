"""The Arrow half of paratag's tables: Document.to_arrow(), and the
frames of to_pandas(), blocks_frame() and to_frame() when pyarrow is
installed.

Imported by _frames only once pyarrow is known to be there, so that
`import paratag` never pays for importing pyarrow.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from ._frames import BLOCK_COLUMNS, KINDS, block_kinds_numbers, block_lists, source_typecode

if TYPE_CHECKING:
    import pandas as pd

    from ._document import Document


WIDTHS = {"b": pa.int8(), "h": pa.int16(), "i": pa.int32()}


def entity_schema(source_codes: pa.DataType = pa.int8()) -> pa.Schema:
    """The Arrow schema of to_arrow(); the source codes are wider than int8
    only in a document with more than 128 sources."""
    codes = pa.dictionary(pa.int8(), pa.string())
    return pa.schema([
        ("document", pa.dictionary(pa.int32(), pa.string())), ("block", pa.int32()),
        ("kind", codes), ("number", pa.string()), ("label", codes),
        ("text", pa.large_string()), ("value", pa.large_string()),
        ("source", pa.dictionary(source_codes, pa.string())),
        ("start", pa.int32()), ("end", pa.int32()),
        ("raw_start", pa.int64()), ("raw_end", pa.int64()),
    ])


def block_schema() -> pa.Schema:
    """The Arrow schema of the block table."""
    return pa.schema([
        ("document", pa.dictionary(pa.int32(), pa.string())), ("block", pa.int32()),
        ("kind", pa.dictionary(pa.int8(), pa.string())), ("number", pa.string()),
        ("lang", pa.string()), ("text", pa.large_string()), ("footnote_refs", pa.list_(pa.string())),
        ("entities", pa.int32()), ("raw_start", pa.int64()), ("raw_end", pa.int64()),
        ("warnings", pa.list_(pa.string())),
    ])


def _document_column(name: str | None, n: int) -> pa.Array[Any]:
    """`name` on n rows, dictionary-encoded: one string, n zero indices."""
    if name is None:
        return pa.nulls(n, pa.dictionary(pa.int32(), pa.string()))
    zeros = pa.Array.from_buffers(pa.int32(), n, [None, pa.py_buffer(bytes(4 * n))])
    return pa.DictionaryArray.from_arrays(zeros, pa.array([str(name)], pa.string()))


def _kind_column(kinds: Sequence[object]) -> pa.Array[Any]:
    codes = pa.array([KINDS.index(k) for k in kinds], pa.int8())
    return pa.DictionaryArray.from_arrays(codes, pa.array(KINDS, pa.string()))


def entity_table(doc: Document, name: str | None = None) -> pa.Table:
    """doc.to_arrow(): the entity table as a pyarrow.Table over the core's buffers."""
    cols = doc.entity_columns()
    n = len(cols["block"]) // 4

    def numbers(key: str, type_: pa.DataType) -> pa.Array[Any]:
        return pa.Array.from_buffers(type_, n, [None, pa.py_buffer(cols[key])])

    def strings(key: str) -> pa.Array[Any]:
        return pa.LargeStringArray.from_buffers(
            n, pa.py_buffer(cols[key + "_offsets"]), pa.py_buffer(cols[key + "_data"]))

    def codes(key: str, names: Sequence[str], type_: pa.DataType = pa.int8()) -> pa.Array[Any]:
        return pa.DictionaryArray.from_arrays(numbers(key, type_), pa.array(names, pa.string()))

    block = numbers("block", pa.int32())
    source_codes = WIDTHS[source_typecode(cols)]
    kinds, block_numbers = block_kinds_numbers(doc)
    return pa.Table.from_arrays([
        _document_column(name, n), block,
        _kind_column(kinds).take(block), pa.array(block_numbers, pa.string()).take(block),
        codes("label", cols["labels"]), strings("text"), strings("value"),
        codes("source", cols["sources"], source_codes),
        numbers("start", pa.int32()), numbers("end", pa.int32()),
        numbers("raw_start", pa.int64()), numbers("raw_end", pa.int64()),
    ], schema=entity_schema(source_codes))


def block_table(doc: Document, name: str | None = None) -> pa.Table:
    """The block table as a pyarrow.Table."""
    lists = block_lists(doc, name)
    schema = block_schema()
    arrays = {c: pa.array(lists[c], schema.field(c).type)
              for c in BLOCK_COLUMNS if c not in ("document", "kind")}
    arrays["document"] = _document_column(name, len(lists["block"]))
    arrays["kind"] = _kind_column(lists["kind"])
    return pa.Table.from_arrays([arrays[c] for c in BLOCK_COLUMNS], schema=schema)


def frame(named: Sequence[tuple[str | None, Document]], blocks: bool) -> pd.DataFrame:
    """The entity (or block) table of the (name, Document) pairs `named`
    as one pandas DataFrame (the caller has checked that pandas is there)."""
    import pandas as pd

    def arrow_backed(type_: pa.DataType) -> pd.ArrowDtype | None:
        # strings and lists stay in Arrow memory: no Python object per row;
        # dictionaries become categoricals, integers numpy arrays
        if pa.types.is_large_string(type_) or pa.types.is_string(type_) \
                or pa.types.is_list(type_):
            return pd.ArrowDtype(type_)
        return None

    build, schema = (block_table, block_schema) if blocks else (entity_table, entity_schema)
    tables = [build(doc, name) for name, doc in named]
    table = pa.concat_tables(tables) if tables else schema().empty_table()
    return table.to_pandas(types_mapper=arrow_backed)

"""Tables of parsed documents: one row per entity, or one per block.

Entities come from Document.entity_columns(), flat buffers that the C core
fills, so a table of a million entities costs no million Python objects:
to_arrow() wraps the buffers as Arrow arrays, and to_pandas() converts
through Arrow, strings staying in Arrow memory (pd.ArrowDtype) and labels
becoming categoricals.  Without pyarrow, to_pandas() builds the same
columns from Python lists: slower, with object strings.
"""
import importlib
from array import array
from collections.abc import Mapping

ENTITY_COLUMNS = ("document", "block", "kind", "number", "label", "text", "value",
                  "source", "start", "end", "raw_start", "raw_end")
BLOCK_COLUMNS = ("document", "block", "kind", "number", "text", "footnote_refs",
                 "entities", "raw_start", "raw_end")
KINDS = ("heading", "paragraph", "footnote")
INSTALL_HINT = "pip install 'paratag[frames]'"


def require(module, feature):
    """Import the optional `module`, or say what `feature` needs and how to get it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(f"{feature} needs {module}: {INSTALL_HINT}") from None


def _has_pyarrow():
    try:
        importlib.import_module("pyarrow")
    except ImportError:
        return False
    return True


def _block_kinds_numbers(doc):
    """Each block's kind and number, straight from the core (no Block or
    Entity objects are built)."""
    kinds, numbers = doc._core.block_heads()
    return kinds, numbers


def _decode(offsets, data):
    cuts = array("q", offsets)
    return [data[a:b].decode("utf-8") for a, b in zip(cuts, cuts[1:])]


def entity_lists(doc, name=None, cols=None):
    """The entity table as a dict of Python lists, keyed by ENTITY_COLUMNS;
    `cols` is doc.entity_columns() where the caller has it already."""
    if cols is None:
        cols = doc.entity_columns()
    block = array("i", cols["block"]).tolist()
    kinds, numbers = _block_kinds_numbers(doc)
    labels, sources = cols["labels"], cols["sources"]
    return {
        "document": [name] * len(block),
        "block": block,
        "kind": [kinds[b] for b in block],
        "number": [numbers[b] for b in block],
        "label": [labels[c] for c in array("b", cols["label"])],
        "text": _decode(cols["text_offsets"], cols["text_data"]),
        "value": _decode(cols["value_offsets"], cols["value_data"]),
        "source": [sources[c] for c in array("b", cols["source"])],
        "start": array("i", cols["start"]).tolist(),
        "end": array("i", cols["end"]).tolist(),
        "raw_start": array("q", cols["raw_start"]).tolist(),
        "raw_end": array("q", cols["raw_end"]).tolist(),
    }


def entity_rows(doc, name=None):
    """The entity table as tuples in the order of ENTITY_COLUMNS."""
    lists = entity_lists(doc, name)
    return zip(*(lists[c] for c in ENTITY_COLUMNS))


def block_lists(doc, name=None):
    """The block table as a dict of Python lists, keyed by BLOCK_COLUMNS."""
    rows = [doc._core.block(i) for i in range(len(doc))]
    return {
        "document": [name] * len(rows),
        "block": list(range(len(rows))),
        "kind": [r[0] for r in rows],
        "number": [r[1] for r in rows],
        "text": [r[2] for r in rows],
        "footnote_refs": [list(r[3]) for r in rows],
        "entities": [len(r[5]) for r in rows],
        "raw_start": [r[4][0][0] if r[4] else -1 for r in rows],
        "raw_end": [r[4][-1][1] if r[4] else -1 for r in rows],
    }


# ---- Arrow ------------------------------------------------------------------

def entity_schema(pa):
    """The Arrow schema of to_arrow()."""
    codes = pa.dictionary(pa.int8(), pa.string())
    return pa.schema([
        ("document", pa.dictionary(pa.int32(), pa.string())), ("block", pa.int32()),
        ("kind", codes), ("number", pa.string()), ("label", codes),
        ("text", pa.large_string()), ("value", pa.large_string()), ("source", codes),
        ("start", pa.int32()), ("end", pa.int32()),
        ("raw_start", pa.int64()), ("raw_end", pa.int64()),
    ])


def block_schema(pa):
    """The Arrow schema of the block table."""
    return pa.schema([
        ("document", pa.dictionary(pa.int32(), pa.string())), ("block", pa.int32()),
        ("kind", pa.dictionary(pa.int8(), pa.string())), ("number", pa.string()),
        ("text", pa.large_string()), ("footnote_refs", pa.list_(pa.string())),
        ("entities", pa.int32()), ("raw_start", pa.int64()), ("raw_end", pa.int64()),
    ])


def _document_column(pa, name, n):
    """`name` on n rows, dictionary-encoded: one string, n zero indices."""
    if name is None:
        return pa.nulls(n, pa.dictionary(pa.int32(), pa.string()))
    zeros = pa.Array.from_buffers(pa.int32(), n, [None, pa.py_buffer(bytes(4 * n))])
    return pa.DictionaryArray.from_arrays(zeros, pa.array([str(name)], pa.string()))


def _kind_column(pa, kinds):
    codes = pa.array([KINDS.index(k) for k in kinds], pa.int8())
    return pa.DictionaryArray.from_arrays(codes, pa.array(KINDS, pa.string()))


def entity_table(doc, name=None):
    """doc.to_arrow(): the entity table as a pyarrow.Table over the core's buffers."""
    pa = require("pyarrow", "to_arrow()")
    cols = doc.entity_columns()
    n = len(cols["block"]) // 4

    def numbers(key, type_):
        return pa.Array.from_buffers(type_, n, [None, pa.py_buffer(cols[key])])

    def strings(key):
        return pa.LargeStringArray.from_buffers(
            n, pa.py_buffer(cols[key + "_offsets"]), pa.py_buffer(cols[key + "_data"]))

    def codes(key, names):
        return pa.DictionaryArray.from_arrays(numbers(key, pa.int8()),
                                              pa.array(names, pa.string()))

    block = numbers("block", pa.int32())
    kinds, block_numbers = _block_kinds_numbers(doc)
    return pa.Table.from_arrays([
        _document_column(pa, name, n), block,
        _kind_column(pa, kinds).take(block), pa.array(block_numbers, pa.string()).take(block),
        codes("label", cols["labels"]), strings("text"), strings("value"),
        codes("source", cols["sources"]),
        numbers("start", pa.int32()), numbers("end", pa.int32()),
        numbers("raw_start", pa.int64()), numbers("raw_end", pa.int64()),
    ], schema=entity_schema(pa))


def block_table(doc, name=None):
    """The block table as a pyarrow.Table."""
    pa = require("pyarrow", "blocks_frame()")
    lists = block_lists(doc, name)
    schema = block_schema(pa)
    arrays = {c: pa.array(lists[c], schema.field(c).type)
              for c in BLOCK_COLUMNS if c not in ("document", "kind")}
    arrays["document"] = _document_column(pa, name, len(lists["block"]))
    arrays["kind"] = _kind_column(pa, lists["kind"])
    return pa.Table.from_arrays([arrays[c] for c in BLOCK_COLUMNS], schema=schema)


# ---- pandas -----------------------------------------------------------------

def _arrow_to_pandas(table):
    import pandas as pd
    pa = importlib.import_module("pyarrow")

    def arrow_backed(type_):
        # strings and lists stay in Arrow memory: no Python object per row;
        # dictionaries become categoricals, integers numpy arrays
        if pa.types.is_large_string(type_) or pa.types.is_string(type_) \
                or pa.types.is_list(type_):
            return pd.ArrowDtype(type_)
        return None

    return table.to_pandas(types_mapper=arrow_backed)


def _lists_to_pandas(lists, columns, categories):
    """A frame of Python lists, its code columns categorical (no pyarrow)."""
    import pandas as pd
    frame = pd.DataFrame({c: lists[c] for c in columns})
    for column, values in categories.items():
        frame[column] = pd.Categorical(frame[column], categories=values)
    return frame


def _entity_frame_without_arrow(doc, name):
    cols = doc.entity_columns()
    return _lists_to_pandas(entity_lists(doc, name, cols), ENTITY_COLUMNS, {
        "document": [] if name is None else [str(name)], "kind": KINDS,
        "label": cols["labels"], "source": cols["sources"]})


def _block_frame_without_arrow(doc, name):
    return _lists_to_pandas(block_lists(doc, name), BLOCK_COLUMNS, {
        "document": [] if name is None else [str(name)], "kind": KINDS})


def _frame(named, blocks, feature):
    """The frame of every to_pandas(), blocks_frame() and to_frame(): the
    entities (or blocks) of the (name, Document) pairs `named`, through
    Arrow when pyarrow is installed, else from Python lists; `feature`
    names the caller in the message that pandas is missing."""
    pd = require("pandas", feature)
    if _has_pyarrow():
        pa = importlib.import_module("pyarrow")
        build, schema = (block_table, block_schema) if blocks else (entity_table, entity_schema)
        tables = [build(doc, name) for name, doc in named]
        return _arrow_to_pandas(pa.concat_tables(tables) if tables else schema(pa).empty_table())
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


def entity_frame(doc, name=None):
    """doc.to_pandas(): one row per entity."""
    return _frame([(name, doc)], False, "to_pandas()")


def block_frame(doc, name=None):
    """doc.blocks_frame(): one row per block."""
    return _frame([(name, doc)], True, "blocks_frame()")


def _named(docs):
    """(name, Document) pairs of what to_frame() accepts."""
    from ._batch import ParseFailure
    from ._document import Document

    items = docs.items() if isinstance(docs, Mapping) else docs
    for position, item in enumerate(items):
        pair = isinstance(item, tuple) and len(item) == 2
        if isinstance(item, ParseFailure) or (pair and isinstance(item[1], ParseFailure)):
            continue
        if isinstance(item, Document):
            yield str(position), item
        elif pair and isinstance(item[1], Document):
            yield (None if item[0] is None else str(item[0])), item[1]
        else:
            raise TypeError("to_frame() takes Documents, (name, Document) pairs or a "
                            f"mapping of names to Documents, not {type(item).__name__}")


def to_frame(docs, *, blocks=False):
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

"""Data frames: one row per entity or block, through Arrow or without it."""
import sys

import pytest
from conftest import SAMPLES, data_files, ids

import paratag
from paratag import _frames

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")

REPORTS = data_files("corpus/*.txt")
EN = SAMPLES / "sample.en.txt"


def entity_tuples(doc, name):
    """The rows to_pandas() must give, from the Block and Entity objects."""
    return [(name, i, b.kind, b.number, e.label, e.text, e.value, e.source, e.start, e.end)
            for i, b in enumerate(doc.blocks) for e in b.entities]


def frame_tuples(frame, columns=_frames.ENTITY_COLUMNS[:10]):
    return list(zip(*(frame[c].tolist() for c in columns)))


@pytest.mark.parametrize("path", REPORTS, ids=ids(REPORTS))
def test_entity_rows_on_reports(path):
    doc = paratag.parse_file(path)
    frame = doc.to_pandas(path.name)
    assert len(frame) == len(doc.entities)
    assert frame_tuples(frame) == entity_tuples(doc, path.name)
    # the raw offsets lead back to the entity in the raw text: from its first
    # character to its last, with line breaks or furniture between
    for text, start, end in zip(frame.text, frame.raw_start, frame.raw_end):
        raw = doc.text[start:end]
        assert raw[0] == text[0] and raw[-1] == text[-1], (text, raw)


def test_dtypes():
    frame = paratag.parse_file(EN).to_pandas("en")
    assert list(frame.columns) == list(_frames.ENTITY_COLUMNS)
    for column in ("document", "kind", "label", "source"):
        assert isinstance(frame[column].dtype, pd.CategoricalDtype), column
    for column in ("number", "text", "value"):
        assert isinstance(frame[column].dtype, pd.ArrowDtype), column  # no object per row
    assert set(frame.label.cat.categories) >= {"COUNTRY", "ORG", "DATE", "MONEY"}
    assert str(frame.start.dtype) == "int32" and str(frame.raw_end.dtype) == "int64"
    assert frame.document.unique().tolist() == ["en"]


def test_arrow_table():
    doc = paratag.parse_file(EN)
    table = doc.to_arrow("en")
    from paratag import _arrow  # needs pyarrow
    assert table.schema == _arrow.entity_schema()
    assert pa.types.is_dictionary(table.schema.field("label").type)
    assert table.num_rows == len(doc.entities)
    assert table.column("value").to_pylist() == [e.value for e in doc.entities]
    assert table.column("label").chunk(0).dictionary.to_pylist() == \
        list(doc.entity_columns()["labels"])
    assert table.column("document").to_pylist() == ["en"] * table.num_rows
    assert doc.to_arrow().column("document").null_count == table.num_rows


def test_blocks_frame():
    doc = paratag.parse_file(EN)
    frame = doc.blocks_frame("en")
    assert list(frame.columns) == list(_frames.BLOCK_COLUMNS)
    assert len(frame) == len(doc)
    assert frame.text.tolist() == [b.text for b in doc.blocks]
    assert frame.kind.tolist() == [b.kind for b in doc.blocks]
    assert frame.number.tolist() == [b.number for b in doc.blocks]
    assert [list(r) for r in frame.footnote_refs] == [b.footnote_refs for b in doc.blocks]
    assert frame.entities.tolist() == [len(b.entities) for b in doc.blocks]
    assert frame.raw_start.tolist() == [b.raw_spans[0][0] for b in doc.blocks]
    assert frame.raw_end.tolist() == [b.raw_spans[-1][1] for b in doc.blocks]


def test_no_entities():
    doc = paratag.parse("1. No names here.\n", tagger=False)
    frame = doc.to_pandas()
    assert len(frame) == 0 and list(frame.columns) == list(_frames.ENTITY_COLUMNS)
    assert doc.to_arrow().num_rows == 0


def test_to_frame_names_and_failures(tmp_path):
    zh = SAMPLES / "sample.zh.txt"
    results = list(paratag.parse_many([EN, tmp_path / "missing.txt", zh], on_error="collect"))
    frame = paratag.to_frame(results)  # the failure is left out
    en_doc, zh_doc = paratag.parse_file(EN), paratag.parse_file(zh)
    assert frame_tuples(frame) == entity_tuples(en_doc, "0") + entity_tuples(zh_doc, "2")
    paired = paratag.to_frame(zip(["en", "missing", "zh"], results))
    assert frame_tuples(paired) == entity_tuples(en_doc, "en") + entity_tuples(zh_doc, "zh")
    named = paratag.to_frame({"en": en_doc, "zh": zh_doc})
    assert named.document.cat.categories.tolist() == ["en", "zh"]
    assert frame_tuples(named) == entity_tuples(en_doc, "en") + entity_tuples(zh_doc, "zh")
    assert named.equals(paratag.to_frame([("en", en_doc), ("zh", zh_doc)]))
    blocks = paratag.to_frame([("en", en_doc), ("zh", zh_doc)], blocks=True)
    assert len(blocks) == len(en_doc) + len(zh_doc)
    with pytest.raises(TypeError, match="to_frame"):
        paratag.to_frame([EN])


def test_to_frame_empty():
    assert list(paratag.to_frame([]).columns) == list(_frames.ENTITY_COLUMNS)
    assert list(paratag.to_frame([], blocks=True).columns) == list(_frames.BLOCK_COLUMNS)


def test_without_pyarrow(monkeypatch):
    """pandas alone gives the same rows, built from Python lists."""
    doc = paratag.parse_file(EN)
    arrow_frame, arrow_blocks = doc.to_pandas("en"), doc.blocks_frame("en")
    both = paratag.to_frame([("en", doc), ("again", doc)])
    monkeypatch.setattr(_frames, "_has_pyarrow", lambda: False)
    frame = doc.to_pandas("en")
    assert frame_tuples(frame, _frames.ENTITY_COLUMNS) == \
        frame_tuples(arrow_frame, _frames.ENTITY_COLUMNS)
    assert isinstance(frame.label.dtype, pd.CategoricalDtype)
    assert frame_tuples(doc.blocks_frame("en"), ("block", "kind", "number", "text")) == \
        frame_tuples(arrow_blocks, ("block", "kind", "number", "text"))
    assert frame_tuples(paratag.to_frame([("en", doc), ("again", doc)]),
                        _frames.ENTITY_COLUMNS) == frame_tuples(both, _frames.ENTITY_COLUMNS)
    with pytest.raises(ImportError, match=r"to_arrow\(\) needs pyarrow: pip install"):
        monkeypatch.setitem(sys.modules, "pyarrow", None)
        doc.to_arrow()


def test_missing_pandas_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas raises ImportError
    with pytest.raises(ImportError, match=r"needs pandas: pip install 'paratag\[frames\]'"):
        paratag.parse_file(EN).to_pandas()


def test_more_sources_than_int8_codes():
    """Past 128 sources the core widens the source codes; the frames read
    them at that width, not as int8 (a core-level Tagger can have that many
    gazetteers, each a source of its own)."""
    from paratag import _core
    from paratag._document import Document
    n = 200
    gazetteers = [(f"g{i}", f"ORG\tBody {i}\ten\tBody{i}x\n") for i in range(n)]
    text = "1. " + " and ".join(f"Body{i}x" for i in range(n)) + " met.\n"
    doc = Document(_core.parse(text, lang="en", tagger=_core.Tagger(gazetteers)))
    expected = [f"gazetteer:g{i}" for i in range(n)]
    assert [e.source for e in doc.entities] == expected
    assert doc.to_pandas()["source"].astype(str).tolist() == expected
    assert doc.to_arrow().column("source").to_pylist() == expected

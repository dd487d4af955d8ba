"""Typed use of paratag: mypy --strict must accept it as it is (tests/test_typing.py)."""
from pathlib import Path
from typing import assert_type

import pandas
import pyarrow

import paratag


def first_five_minutes(path: Path) -> None:
    doc = paratag.parse_file(path)
    assert_type(doc, paratag.Document)
    assert_type(doc.language, str)
    assert_type(doc.metadata, dict[str, str])
    for block in doc.paragraphs:
        assert_type(block.number, str)
        assert_type(block.footnote_refs, list[str])
        for entity in block.entities:
            assert_type(entity.value, str)
            assert_type(entity.start, int)
    assert_type(doc.to_pandas(name=path.name), pandas.DataFrame)
    assert_type(doc.blocks_frame(), pandas.DataFrame)
    assert_type(doc.to_arrow(), pyarrow.Table)
    assert_type(doc.to_html(max_blocks=None), str)
    zh = paratag.parse("1. 世界银行向尼日利亚返还了 3.21 亿美元。".encode(), lang="zh",
                       errors="replace", tagger=paratag.Tagger(extra=[("ORG", "X", "en", "X")]))
    assert_type(zh.entities, list[paratag.Entity])


def batch(paths: list[Path]) -> pandas.DataFrame:
    docs = list(paratag.parse_many(paths, workers=2, progress="auto", on_error="skip"))
    assert_type(docs, list[paratag.Document])
    results = list(paratag.parse_many(paths, on_error="collect"))
    for result in results:
        if isinstance(result, paratag.ParseFailure):
            assert_type(result.error, Exception)
            assert_type(result.reason, str)
        else:
            assert_type(result, paratag.Document)
    return paratag.to_frame(zip([p.name for p in paths], results), blocks=False)

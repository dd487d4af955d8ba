"""Parsing on Spark: a DataFrame of texts in, a Spark DataFrame of entities out.

    from pyspark.sql import SparkSession
    import paratag.spark
    spark = SparkSession.builder.getOrCreate()
    files = spark.read.format("binaryFile").load("reports/*.pdf")   # or *.txt
    entities = paratag.spark.entities(files, text_col="content", name_col="path")
    entities.groupBy("label").count().show()

Each partition is parsed on its executor (mapInPandas), a batch of rows at
a time; the Tagger travels as its recipe and is built once per Python
worker.  The rows are those of paratag.to_frame(), with the columns of
Document.to_pandas().  Needs pyspark, pandas and pyarrow
(pip install 'paratag[spark]') and a Java runtime.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ._args import Errors, Language, TaggerOption, check_parse_options
from ._batch import read_source
from ._document import parse
from ._frames import ENTITY_COLUMNS, entity_lists, require
from ._workers import WorkerRecipe, recipe, worker_tagger

if TYPE_CHECKING:
    import pandas as pd
    import pyspark.sql

# the Spark types of the columns of Document.to_pandas()
SCHEMA = ("document string, block int, kind string, number string, label string, "
          "text string, value string, source string, start int, end int, "
          "raw_start long, raw_end long")


def _parse_batches(batches: Iterator[pd.DataFrame], text_col: str, name_col: str | None,
                   recipe: WorkerRecipe, lang: Language | None,
                   errors: Errors) -> Iterator[pd.DataFrame]:
    """The entity table of each batch of rows (runs on an executor)."""
    import pandas as pd

    tagger = worker_tagger(recipe)
    for batch in batches:
        names = batch[name_col].tolist() if name_col is not None else [None] * len(batch)
        table: dict[str, list[Any]] = {c: [] for c in ENTITY_COLUMNS}
        for name, text in zip(names, batch[text_col].tolist()):
            # a binary column holds bytes: UTF-8 text, or a PDF's bytes
            doc = parse(read_source(text), lang, errors, tagger)
            for column, values in entity_lists(doc, name).items():
                table[column].extend(values)
        yield pd.DataFrame(table, columns=list(ENTITY_COLUMNS))


def entities(df: pyspark.sql.DataFrame, text_col: str = "text", name_col: str | None = None,
             *, lang: Language | None = None, errors: Errors = "strict",
             tagger: TaggerOption = None) -> pyspark.sql.DataFrame:
    """Parse the texts in column `text_col` of the Spark DataFrame `df`; a
    Spark DataFrame with a row per entity and the columns of
    Document.to_pandas().

    `text_col` holds texts (string) or files' contents (binary: UTF-8 text
    or a PDF, as spark.read.format("binaryFile") gives them); the
    "document" column holds `name_col` of the row (e.g. "path"), else
    null.  `lang`, `errors` and `tagger` are those of paratag.parse(); a
    bad document fails the Spark job with paratag's error.
    """
    for module in ("pyspark.sql", "pandas", "pyarrow"):
        require(module, "paratag.spark", "spark")
    check_parse_options(lang, errors, tagger)  # here, not on an executor
    columns = [text_col] + ([name_col] if name_col is not None else [])
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"paratag.spark.entities(): no column {missing[0]!r} in {df.columns}")
    worker_recipe = recipe(tagger)
    result: pyspark.sql.DataFrame = df.select(*columns).mapInPandas(
        lambda batches: _parse_batches(batches, text_col, name_col, worker_recipe, lang,
                                       errors),
        schema=SCHEMA)
    return result

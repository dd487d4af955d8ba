"""paratag.spark on a local Spark session gives the rows of paratag.to_frame."""
import os
import time

import pytest
from conftest import DATA, data_files

import paratag

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
pytest.importorskip("pyspark")
import paratag.spark  # noqa: E402  (needs pyspark, checked just above)

PATHS = data_files("corpus/*.txt") + data_files("corpus/escwa/*.en.txt")
PDF = DATA / "pdf" / "A_RES_48_161.en.pdf"
EXTRA = [("ORG", "Made-up Body", "en", "Made-up Body", "MUB")]


def rows(frame):
    """A pandas entity table as sorted tuples of plain values."""
    return sorted(tuple(None if v is None else v if isinstance(v, int) else str(v)
                        for v in row)
                  for row in frame.astype(object).itertuples(index=False))


def collected(df):
    """A Spark DataFrame's rows as sorted tuples (collect(): toPandas() of
    pyspark 4.0 trips over pandas 3)."""
    return sorted(tuple(row) for row in df.collect())


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # on this machine only
    started = time.perf_counter()
    session = (SparkSession.builder.master("local[2]").appName("paratag-test")
               .config("spark.driver.host", "127.0.0.1")
               .config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    print(f"\nlocal Spark session up in {time.perf_counter() - started:.1f} s")
    yield session
    session.stop()


@pytest.mark.integration
def test_texts_and_binary_files_equal_local(spark):
    tagger = paratag.Tagger(extra=EXTRA)
    texts = [(p.name, p.read_text("utf-8")) for p in PATHS] * 3
    df = spark.createDataFrame(texts, "name string, text string").repartition(4)
    started = time.perf_counter()
    frame = paratag.spark.entities(df, text_col="text", name_col="name", tagger=tagger)
    got = collected(frame)
    took = time.perf_counter() - started
    expected = paratag.to_frame((name, paratag.parse(text, tagger=tagger))
                                for name, text in texts)
    print(f"{len(texts)} documents, {len(got)} entities in 4 partitions: {took:.2f} s")
    assert len(got) > 1000 and frame.columns == list(expected.columns)
    assert got == rows(expected)
    # files as spark.read gives them: bytes, a PDF among them
    files = spark.read.format("binaryFile").load([str(PATHS[0]), str(PDF)])
    got = collected(paratag.spark.entities(files, text_col="content", name_col="path"))
    by_name = {p.name: p for p in (PATHS[0], PDF)}
    expected = paratag.to_frame((path, paratag.parse_file(by_name[path.rsplit("/", 1)[1]]))
                                for path in sorted({row[0] for row in got}))
    assert got == rows(expected) and {row[0].rsplit("/", 1)[1] for row in got} == set(by_name)


@pytest.mark.integration
def test_bad_arguments_fail_at_once(spark):
    df = spark.createDataFrame([("1. Text.",)], "text string")
    with pytest.raises(ValueError, match="no column 'body'"):
        paratag.spark.entities(df, text_col="body")
    with pytest.raises(ValueError, match="lang must be"):
        paratag.spark.entities(df, lang="xx")

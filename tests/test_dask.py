"""paratag.dask on a two-process LocalCluster gives the local tables."""
import time
from pathlib import Path

import pytest
from conftest import data_files

import paratag

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
import paratag.dask  # noqa: E402  (needs dask, checked just above)

PATHS = [str(p) for p in data_files("corpus/*.txt")]
EXTRA = [("ORG", "Made-up Body", "en", "Made-up Body", "MUB")]


def tagger_count():
    """Taggers built by paratag.dask in this worker process."""
    return len(paratag.dask._worker_taggers)


def same_rows(got, expected):
    """The same rows in the same order; categories may differ in order."""
    got = got.reset_index(drop=True)
    assert list(got.columns) == list(expected.columns)
    for column in expected.columns:
        assert got[column].tolist() == expected[column].tolist(), column


@pytest.fixture(scope="module")
def client():
    started = time.perf_counter()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        print(f"\nLocalCluster of 2 processes up in {time.perf_counter() - started:.1f} s")
        yield client


@pytest.mark.integration
def test_bag_of_paths_equals_local(client):
    tagger = paratag.Tagger(extra=EXTRA)
    started = time.perf_counter()
    frame = paratag.dask.entities(db.from_sequence(PATHS * 4, npartitions=8), tagger=tagger)
    got = frame.compute()
    took = time.perf_counter() - started
    expected = paratag.to_frame(zip(PATHS * 4, paratag.parse_many(PATHS * 4, tagger=tagger)))
    print(f"{len(PATHS) * 4} documents, {len(got)} entities in 8 partitions: {took:.2f} s")
    assert len(got) > 100
    same_rows(got, expected)
    # the tagger went out as a recipe and was built once in each worker
    assert sorted(client.run(tagger_count).values()) == [1, 1]


@pytest.mark.integration
def test_dataframe_of_texts_and_blocks_equal_local(client):
    texts = [Path(p).read_text(encoding="utf-8") for p in PATHS]
    names = [f"doc{i}" for i in range(len(texts))]
    frame = dd.from_pandas(pd.DataFrame({"name": names, "text": texts}), npartitions=2)
    got = paratag.dask.entities(frame, "text", name_column="name", texts=True).compute()
    local = list(zip(names, paratag.parse_many(texts, texts=True)))
    same_rows(got, paratag.to_frame(local))
    blocks = paratag.dask.entities(frame, "text", name_column="name", texts=True, blocks=True)
    same_rows(blocks.compute(), paratag.to_frame(local, blocks=True))


def test_bad_arguments():
    bag = db.from_sequence(PATHS)
    with pytest.raises(ValueError, match=r"^lang must be one of .* or None, not 'xx'$"):
        paratag.dask.entities(bag, lang="xx")
    with pytest.raises(TypeError, match=r"^tagger must be a paratag.Tagger, False or None"):
        paratag.dask.entities(bag, tagger="builtin")
    with pytest.raises(TypeError, match="column"):
        paratag.dask.entities(dd.from_pandas(pd.DataFrame({"path": PATHS}), npartitions=1))
    with pytest.raises(TypeError, match="Bag, DataFrame or Series"):
        paratag.dask.entities(PATHS)

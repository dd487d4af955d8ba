"""Parsing on a Dask cluster: paths or texts in, a Dask DataFrame of entities out.

    import dask.bag as db
    import paratag.dask
    frame = paratag.dask.entities(db.from_sequence(paths, npartitions=8))
    frame.groupby("label").size().compute()

Each partition is parsed where it lives, and only its table travels back.
A Tagger goes to the workers as its recipe (its extra names and options)
and is built once per worker process, not once per task: unpickling a
Tagger rebuilds its trie, which takes tens of milliseconds.
Needs dask[dataframe] (pip install 'paratag[dask]'); distributed for a
cluster.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ._args import Errors, Language, TaggerOption, check_parse_options
from ._batch import File, input_source, read_source
from ._document import Text, parse
from ._frames import require, to_frame
from ._workers import WorkerRecipe
from ._workers import recipe as _recipe
from ._workers import worker_tagger as _worker_tagger
from ._workers import worker_taggers as _worker_taggers  # noqa: F401  (the tests count them)

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas as pd

def _frame(names: Sequence[str | None], sources: Sequence[Text | File], recipe: WorkerRecipe,
           lang: Language | None, errors: Errors, blocks: bool) -> pd.DataFrame:
    """The table of one partition (runs on a worker)."""
    tagger = _worker_tagger(recipe)
    docs = [(name, parse(read_source(source), lang, errors, tagger))
            for name, source in zip(names, sources)]
    return to_frame(docs, blocks=blocks)


def _bag_partition(items: Iterable[Any], texts: bool, recipe: WorkerRecipe,
                   lang: Language | None, errors: Errors, blocks: bool) -> pd.DataFrame:
    """The table of one partition of a Bag: its items are inputs, or
    (name, input) pairs."""
    names: list[str | None] = []
    sources: list[Text | File] = []
    for item in items:
        if isinstance(item, tuple):  # (name, path or text)
            name, item = item
            source = input_source(item, texts)
        else:
            source = input_source(item, texts)
            name = os.fspath(source.path) if isinstance(source, File) else None
        names.append(name)
        sources.append(source)
    return _frame(names, sources, recipe, lang, errors, blocks)


def _dataframe_partition(part: pd.DataFrame, column: str, name_column: str | None,
                         texts: bool, recipe: WorkerRecipe, lang: Language | None,
                         errors: Errors, blocks: bool) -> pd.DataFrame:
    """The table of one partition of a DataFrame, whose `column` holds the inputs."""
    items = part[column].tolist()
    if name_column is not None:
        names = part[name_column].tolist()
    elif texts:
        names = [str(label) for label in part.index]
    else:
        names = [os.fspath(item) for item in items]
    return _frame(names, [input_source(item, texts) for item in items], recipe, lang, errors,
                  blocks)


def entities(data: dask.bag.Bag | dask.dataframe.DataFrame | dask.dataframe.Series,
             column: str | None = None, *, name_column: str | None = None,
             texts: bool = False, lang: Language | None = None, errors: Errors = "strict",
             tagger: TaggerOption = None, blocks: bool = False) -> dask.dataframe.DataFrame:
    """Parse every path or text of a Dask collection on its workers; a lazy
    Dask DataFrame with the columns of Document.to_pandas() (with
    blocks=True, of Document.blocks_frame()).

    `data` is a dask.bag.Bag whose items are paths, texts (bytes, or str
    with texts=True) or (name, path or text) pairs; or a Dask DataFrame
    whose `column` holds paths or texts (a Dask Series needs no column;
    Dask turns a column of bytes into str, so pass texts=True there).
    The "document" column holds the item's name: its pair's name, the
    `name_column` of its row, else its path; for a text, its row's index
    label (a DataFrame) or nothing (a Bag).  `lang`, `errors` and `tagger`
    are those of paratag.parse(); a bad document raises on the worker.
    """
    require("dask.dataframe", "paratag.dask", "dask")
    import dask.dataframe as dd
    from dask.delayed import delayed
    from dask.bag import Bag

    check_parse_options(lang, errors, tagger)  # here, not on a worker
    meta = to_frame([], blocks=blocks)
    recipe = _recipe(tagger)
    # dask's collections are partly annotated: what they return is Any
    result: dd.DataFrame
    if isinstance(data, Bag):
        run = delayed(_bag_partition, pure=True)
        parts = [run(part, texts, recipe, lang, errors, blocks) for part in data.to_delayed()]
        result = dd.from_delayed(parts, meta=meta, verify_meta=False)
        return result
    if isinstance(data, dd.Series):
        column = data.name if data.name is not None else "text"
        frame: dd.DataFrame = data.to_frame(name=column)
    elif isinstance(data, dd.DataFrame):
        frame = data
    else:
        raise TypeError("paratag.dask.entities() takes a dask Bag, DataFrame or Series, "
                        f"not {type(data).__name__}")
    if column is None:
        raise TypeError("paratag.dask.entities(frame) needs column=, "
                        "the name of the column of paths or texts")
    result = frame.map_partitions(_dataframe_partition, column, name_column, texts, recipe,
                                  lang, errors, blocks, meta=meta, enforce_metadata=False)
    return result

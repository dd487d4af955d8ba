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
import os
import threading

from ._args import check_parse_options
from ._batch import is_text, read_input
from ._document import parse
from ._frames import require, to_frame
from ._tagger import _rebuild

_worker_taggers = {}  # in each process: a tagger's recipe -> the Tagger built from it
_worker_taggers_lock = threading.Lock()


def _recipe(tagger):
    """What a worker needs to build `tagger`: None (the default tagger),
    False (no tagging) or the arguments a Tagger pickles as."""
    if tagger is None or tagger is False:
        return tagger
    return tagger.__reduce__()[1]


def _worker_tagger(recipe):
    """The Tagger of `recipe` in this process, built on first use."""
    if recipe is None or recipe is False:
        return recipe
    with _worker_taggers_lock:
        tagger = _worker_taggers.get(recipe)
        if tagger is None:
            tagger = _worker_taggers[recipe] = _rebuild(*recipe)
    return tagger


def _frame(names, items, texts, recipe, lang, errors, blocks):
    """The table of one partition (runs on a worker)."""
    options = dict(lang=lang, errors=errors, tagger=_worker_tagger(recipe))
    docs = [(name, parse(read_input(item, texts), **options))
            for name, item in zip(names, items)]
    return to_frame(docs, blocks=blocks)


def _bag_partition(items, texts, recipe, lang, errors, blocks):
    names, sources = [], []
    for item in items:
        if isinstance(item, tuple):  # (name, path or text)
            name, item = item
        else:
            name = None if is_text(item, texts) else os.fspath(item)
        names.append(name)
        sources.append(item)
    return _frame(names, sources, texts, recipe, lang, errors, blocks)


def _dataframe_partition(part, column, name_column, texts, recipe, lang, errors, blocks):
    items = part[column].tolist()
    if name_column is not None:
        names = part[name_column].tolist()
    elif texts:
        names = [str(label) for label in part.index]
    else:
        names = [os.fspath(item) for item in items]
    return _frame(names, items, texts, recipe, lang, errors, blocks)


def entities(data, column=None, *, name_column=None, texts=False, lang=None,
             errors="strict", tagger=None, blocks=False):
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
    dd = require("dask.dataframe", "paratag.dask")
    from dask import delayed
    from dask.bag import Bag

    check_parse_options(lang, errors, tagger)  # here, not on a worker
    meta = to_frame([], blocks=blocks)
    recipe = _recipe(tagger)
    if isinstance(data, Bag):
        run = delayed(_bag_partition, pure=True)
        parts = [run(part, texts, recipe, lang, errors, blocks) for part in data.to_delayed()]
        return dd.from_delayed(parts, meta=meta, verify_meta=False)
    if isinstance(data, dd.Series):
        column = data.name if data.name is not None else "text"
        data = data.to_frame(name=column)
    elif not isinstance(data, dd.DataFrame):
        raise TypeError("paratag.dask.entities() takes a dask Bag, DataFrame or Series, "
                        f"not {type(data).__name__}")
    if column is None:
        raise TypeError("paratag.dask.entities(frame) needs column=, "
                        "the name of the column of paths or texts")
    return data.map_partitions(_dataframe_partition, column, name_column, texts, recipe,
                               lang, errors, blocks, meta=meta, enforce_metadata=False)

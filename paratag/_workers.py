"""A Tagger on the workers of a cluster (Dask, Spark): it travels as its
recipe (its extra names and options) and is built once per worker process,
not once per task, since unpickling a Tagger rebuilds its trie, which
takes tens of milliseconds."""
from __future__ import annotations

import threading
from typing import Literal, Union

from ._args import TaggerOption
from ._tagger import Recipe, Tagger, _rebuild

# how a tagger travels to the workers: None (the default tagger), False
# (no tagging) or the arguments a Tagger pickles as
WorkerRecipe = Union[Recipe, Literal[False], None]

worker_taggers: dict[Recipe, Tagger] = {}  # in each process: recipe -> the Tagger built from it
_worker_taggers_lock = threading.Lock()


def recipe(tagger: TaggerOption) -> WorkerRecipe:
    """What a worker needs to build `tagger`."""
    if tagger is None or tagger is False:
        return tagger
    return tagger.__reduce__()[1]


def worker_tagger(recipe: WorkerRecipe) -> TaggerOption:
    """The Tagger of `recipe` in this process, built on first use."""
    if recipe is None or recipe is False:
        return recipe
    with _worker_taggers_lock:
        tagger = worker_taggers.get(recipe)
        if tagger is None:
            tagger = worker_taggers[recipe] = _rebuild(*recipe)
    return tagger

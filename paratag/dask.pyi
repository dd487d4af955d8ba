from typing import Literal

import dask.bag
import dask.dataframe

from ._document import _Language
from ._tagger import Tagger

def entities(data: dask.bag.Bag | dask.dataframe.DataFrame | dask.dataframe.Series,
             column: str | None = ..., *, name_column: str | None = ..., texts: bool = ...,
             lang: _Language | None = ..., errors: Literal["strict", "replace"] = ...,
             tagger: Tagger | Literal[False] | None = ...,
             blocks: bool = ...) -> dask.dataframe.DataFrame:
    """Parse every path or text of a Dask collection on its workers."""

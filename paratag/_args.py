"""The arguments that parse(), parse_many() and paratag.dask.entities()
take, as types and as checks.

Each check looks at the argument itself and says what is wrong with it,
so that a bad argument fails at once, in the caller's process, and is
never taken for a bad document.
"""
from __future__ import annotations

import os
from typing import Literal, Union, get_args

from ._tagger import Tagger

Language = Literal["zh", "en", "fr", "es", "ru", "ar"]
Errors = Literal["strict", "replace"]
OnError = Literal["raise", "skip", "collect"]
Progress = Union[bool, Literal["auto"]]
TaggerOption = Union[Tagger, Literal[False], None]  # None: the built-in tagger; False: none

LANGUAGES: tuple[Language, ...] = get_args(Language)
ERRORS: tuple[Errors, ...] = get_args(Errors)
ON_ERROR: tuple[OnError, ...] = get_args(OnError)


def check_parse_options(lang: Language | None, errors: Errors, tagger: TaggerOption) -> None:
    """The options of parse(): ValueError for an unknown language or
    errors mode, TypeError for a tagger that is no paratag.Tagger."""
    if errors not in ERRORS:
        raise ValueError(f"errors must be one of {ERRORS}, not {errors!r}")
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {LANGUAGES} or None, not {lang!r}")
    if tagger is not None and tagger is not False and not isinstance(tagger, Tagger):
        raise TypeError(f"tagger must be a paratag.Tagger, False or None, "
                        f"not {type(tagger).__name__}")


def check_batch_options(workers: int | None, progress: Progress, on_error: OnError) -> int:
    """The options of parse_many() that parse() has not: ValueError for a
    bad one; returns the number of worker threads (None: one per CPU)."""
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be one of {ON_ERROR}, not {on_error!r}")
    if progress not in (True, False, "auto"):
        raise ValueError(f"progress must be True, False or 'auto', not {progress!r}")
    if workers is None:
        return os.cpu_count() or 1
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive int or None, not {workers!r}")
    return workers

"""parse_many(): many reports parsed on a pool of threads.

The C core releases the GIL while it parses, and one Tagger is shared by
every thread, so threads use every core without pickling documents
between processes.  Results come back in input order, with a bounded
number of documents in flight, so that an archive need not fit in memory.
"""
from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sized
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Callable, Literal, NamedTuple, Protocol, Union, overload

from ._args import (Errors, Language, OnError, Progress, TaggerOption, check_batch_options,
                    check_parse_options)
from ._document import Document, Text, parse, read_text
from ._pdf import is_pdf, pdf_text
from ._tagger import default_tagger

Input = Union[str, os.PathLike[str], bytes, bytearray, memoryview]  # a path or a text
BYTES = (bytes, bytearray, memoryview)
INPUTS = (str, os.PathLike) + BYTES
CHUNK_BYTES = 256 * 1024  # a task parses inputs of about this size together
CHUNK_ITEMS = 64
CHUNKS_PER_WORKER = 3  # enough to keep every thread busy, few enough to bound memory
AUTO_PROGRESS_DELAY = 1.0  # progress="auto": a bar only for runs longer than this (seconds)


@dataclass(frozen=True)
class ParseFailure:
    """What parse_many(on_error="collect") yields in place of a document it
    could not parse.

    index: the input's position; path: the path it was read from, as given
    (None for a text); error: the exception, an OSError for a file that
    could not be read or a paratag.Error (a ValueError) for invalid UTF-8.
    """

    index: int
    path: str | os.PathLike[str] | None
    error: Exception

    @property
    def reason(self) -> str:
        """The error as a short message: an OSError's strerror, else str(error)."""
        if isinstance(self.error, OSError) and self.error.strerror:
            return self.error.strerror
        return str(self.error)

    def __str__(self) -> str:
        where = self.path if self.path is not None else f"input {self.index}"
        return f"{where}: {self.reason}"


class ProgressBar(Protocol):
    """What parse_many() asks of a progress bar (tqdm's)."""

    def update(self) -> object: ...

    def close(self) -> None: ...


def _progress_bar(progress: Progress, total: int | None) -> ProgressBar | None:
    """A tqdm bar on stderr, or None; progress is True, False or "auto"."""
    if not progress:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        if progress == "auto":
            return None
        raise ImportError("parse_many(progress=True) needs tqdm: "
                          "pip install 'paratag[progress]'") from None
    delay = AUTO_PROGRESS_DELAY if progress == "auto" else 0
    bar: ProgressBar = tqdm(total=total, unit="doc", desc="paratag", file=sys.stderr,
                            delay=delay)
    return bar


class File(NamedTuple):
    """An input that names a file to read: a path as given."""

    path: str | os.PathLike[str]


def input_source(item: Input, texts: bool) -> Text | File:
    """What an input is: a text (bytes, and str too with texts=True) or
    the File of a path."""
    if isinstance(item, BYTES) or (texts and isinstance(item, str)):
        return item
    return File(item)


def read_source(source: Text | File) -> Text:
    """The text to parse: the text itself, or the file's bytes; the text
    of a PDF, given as a file or as bytes."""
    if isinstance(source, File):
        return read_text(source.path)
    if not isinstance(source, str) and is_pdf(source):
        return pdf_text(bytes(source))
    return source


@overload
def parse_many(inputs: Iterable[Input], *, workers: int | None = None,
               progress: Progress = False, on_error: Literal["raise", "skip"] = "raise",
               texts: bool = False, lang: Language | None = None, errors: Errors = "strict",
               tagger: TaggerOption = None) -> Iterator[Document]: ...
@overload
def parse_many(inputs: Iterable[Input], *, workers: int | None = None,
               progress: Progress = False, on_error: Literal["collect"], texts: bool = False,
               lang: Language | None = None, errors: Errors = "strict",
               tagger: TaggerOption = None) -> Iterator[Document | ParseFailure]: ...
def parse_many(inputs: Iterable[Input], *, workers: int | None = None,
               progress: Progress = False, on_error: OnError = "raise", texts: bool = False,
               lang: Language | None = None, errors: Errors = "strict",
               tagger: TaggerOption = None) -> Iterator[Document | ParseFailure]:
    """Parse many reports on `workers` threads (default: one per CPU),
    yielding Documents in the order of `inputs`.

    Each input is a path (str or os.PathLike, read as bytes, or a PDF's
    text as parse_pdf() reads it) or a text (bytes, or a PDF's bytes; with
    texts=True, str inputs are texts too, not paths).  `lang`,
    `errors` and `tagger` are those of paratag.parse().

    on_error says what happens to an input that cannot be read (OSError)
    or parsed (paratag.Error): "raise" (default) raises it when its turn
    comes; "skip" leaves it out; "collect" yields a ParseFailure (its
    index, path and exception) in its place, so results stay aligned with
    inputs.  progress=True shows a tqdm bar on stderr, "auto" shows one
    only when tqdm is installed and the run lasts more than a second.

    Small inputs are parsed a chunk at a time (about 256 KB or 64 inputs
    a task), and at most three chunks per worker are parsed ahead of the
    one being consumed, so a long run holds little in memory.
    """
    if isinstance(inputs, INPUTS):
        raise TypeError("parse_many() takes an iterable of paths or texts; "
                        "for one, use paratag.parse_file() or paratag.parse()")
    workers = check_batch_options(workers, progress, on_error)
    check_parse_options(lang, errors, tagger)
    # the threads share one tagger: the default one is built here, once
    parse_one = partial(parse, lang=lang, errors=errors,
                        tagger=default_tagger() if tagger is None else tagger)
    total = len(inputs) if isinstance(inputs, Sized) else None
    # a few small files still go to every worker: several chunks each
    max_items = CHUNK_ITEMS if total is None else \
        max(1, min(CHUNK_ITEMS, total // (workers * CHUNKS_PER_WORKER)))
    return _parse_in_order(_chunks(enumerate(inputs), texts, max_items), workers,
                           _progress_bar(progress, total), on_error, parse_one)


Chunk = list[tuple[int, Union[Text, File]]]  # inputs parsed by one task, with their indices


def _size(source: Text | File) -> int:
    """Bytes to parse for one input, to cut the inputs into chunks; an
    unreadable path counts as empty (its worker reports the error), as
    does one that no file can have ("a\x00b": ValueError)."""
    if not isinstance(source, File):
        return len(source)
    try:
        return os.stat(source.path).st_size
    except (OSError, ValueError):
        return 0


def _chunks(numbered: Iterable[tuple[int, Input]], texts: bool,
            max_items: int) -> Iterator[Chunk]:
    """(index, text or File) pairs grouped into lists of about CHUNK_BYTES
    and at most `max_items`: one task per chunk spares small documents the
    cost of a task each, and a large document still gets a task of its own."""
    chunk: Chunk = []
    size = 0
    for index, item in numbered:
        if not isinstance(item, INPUTS):
            raise TypeError(f"parse_many() input {index}: expected a path or a text, "
                            f"not {type(item).__name__}")
        source = input_source(item, texts)
        chunk.append((index, source))
        size += _size(source)
        if size >= CHUNK_BYTES or len(chunk) >= max_items:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _parse_in_order(chunks: Iterator[Chunk], workers: int, bar: ProgressBar | None,
                    on_error: OnError, parse_one: Callable[[Text], Document]
                    ) -> Iterator[Document | ParseFailure]:
    def work(chunk: Chunk) -> list[Document | Exception]:
        results: list[Document | Exception] = []
        for _, source in chunk:
            try:
                results.append(parse_one(read_source(source)))
            except (OSError, ValueError) as e:  # unreadable, invalid UTF-8, a bad PDF
                results.append(e)
        return results

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="paratag")
    pending: deque[tuple[Chunk, Future[list[Document | Exception]]]] = deque()
    try:
        for chunk in islice(chunks, workers * CHUNKS_PER_WORKER):
            pending.append((chunk, pool.submit(work, chunk)))
        while pending:
            chunk, future = pending.popleft()
            for more in islice(chunks, 1):  # keep the window full
                pending.append((more, pool.submit(work, more)))
            for (index, source), result in zip(chunk, future.result()):
                if bar is not None:
                    bar.update()
                if not isinstance(result, Exception):
                    yield result
                elif on_error == "collect":
                    path = source.path if isinstance(source, File) else None
                    yield ParseFailure(index, path, result)
                elif on_error == "raise":
                    raise result
    finally:
        # a consumer that stops early (or an error) must not wait for the
        # documents parsed ahead
        pool.shutdown(wait=False, cancel_futures=True)
        if bar is not None:
            bar.close()

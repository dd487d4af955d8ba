import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal, overload

from ._document import Document, _Language
from ._tagger import Tagger

_Input = str | os.PathLike[str] | bytes | bytearray | memoryview

@dataclass(frozen=True)
class ParseFailure:
    """What parse_many(on_error="collect") yields for an input it could not parse."""

    index: int
    path: str | os.PathLike[str] | None
    error: Exception
    @property
    def reason(self) -> str: ...

@overload
def parse_many(inputs: Iterable[_Input], *, workers: int | None = ...,
               progress: bool | Literal["auto"] = ...,
               on_error: Literal["raise", "skip"] = ..., texts: bool = ...,
               lang: _Language | None = ..., errors: Literal["strict", "replace"] = ...,
               tagger: Tagger | Literal[False] | None = ...) -> Iterator[Document]: ...
@overload
def parse_many(inputs: Iterable[_Input], *, workers: int | None = ...,
               progress: bool | Literal["auto"] = ...,
               on_error: Literal["collect"], texts: bool = ...,
               lang: _Language | None = ..., errors: Literal["strict", "replace"] = ...,
               tagger: Tagger | Literal[False] | None = ...
               ) -> Iterator[Document | ParseFailure]: ...

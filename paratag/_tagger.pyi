import os
from collections.abc import Iterable, Sequence

LABELS: tuple[str, ...]

def builtin_gazetteers() -> list[tuple[str, str]]: ...

class Tagger:
    """Tags countries, organizations, events, instruments, places, document
    symbols, resolutions, agenda items, provisions, dates, money,
    quantities, URLs and persons; immutable, thread-safe, picklable."""

    def __init__(self, extra: str | os.PathLike[str] | Iterable[Sequence[object]] | None = ...,
                 *, builtin: bool = ..., icu_countries: bool = ...) -> None: ...
    @property
    def size(self) -> int: ...

def default_tagger() -> Tagger: ...

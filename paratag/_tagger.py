"""Entity taggers: the gazetteers of paratag/data and ICU's country names,
compiled once into the C core's trie.

A Tagger is immutable, safe to share between threads, and picklable: it
pickles as the text of its extra entries, and is rebuilt (in tens of
milliseconds) where it is unpickled.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Callable, Union

from . import _core

# extra names: a path to a TSV file, or entries (label, value, lang, surface, ...)
Extra = Union[str, os.PathLike[str], Iterable[Sequence[str]], None]
# what a Tagger pickles as, and is rebuilt from: its extra TSV text, builtin, icu_countries
Recipe = tuple[str, bool, bool]

DATA = Path(__file__).with_name("data")
LABELS = ("COUNTRY", "PLACE", "ORG", "EVENT", "INSTRUMENT", "PERSON", "NONE")


def builtin_gazetteers() -> list[tuple[str, str]]:
    """The (name, text) of every gazetteer that ships with paratag."""
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(DATA.glob("*.tsv"))]


def _extra_text(extra: Extra) -> str:
    """The TSV text of `extra`: a path to a TSV file, or entries, each a
    sequence (label, value, lang, surface, ...)."""
    if extra is None:
        return ""
    if isinstance(extra, (str, os.PathLike)):
        return Path(extra).read_text(encoding="utf-8")
    lines = []
    for n, entry in enumerate(extra, 1):
        fields = list(entry)
        # str() would make None the name 'None'
        if not all(isinstance(f, str) for f in fields):
            raise TypeError(f"extra entry {n}: fields must be str, got {entry!r}")
        if len(fields) < 4:
            raise ValueError(f"extra entry {n}: expected (label, value, lang, surface, ...), "
                             f"got {entry!r}")
        if fields[0] not in LABELS:
            raise ValueError(f"extra entry {n}: unknown label {fields[0]!r} "
                             f"(one of {', '.join(LABELS)})")
        if any("\t" in f or "\n" in f for f in fields):
            raise ValueError(f"extra entry {n}: fields may not hold tabs or newlines")
        lines.append("\t".join(fields))
    return "\n".join(lines) + "\n"


class Tagger:
    """Tags countries, organizations, events, instruments, places, document
    symbols, resolutions, agenda items, provisions, dates, money,
    quantities, URLs and persons.

    `extra` adds names at run time: a path to a TSV file, or a list of
    entries (label, value, lang, surface, ...) of str in the form of the
    files in paratag/data (label one of COUNTRY, PLACE, ORG, EVENT,
    INSTRUMENT, PERSON, or NONE for a name that must never be tagged; lang
    one of zh, en, fr, es, ru, ar, or * for every language).  Extra names
    win over built-in ones.  A name may hold up to 1024 UTF-8 bytes, a
    value 255, and `extra` up to 100,000 entries (paratag.Error beyond).  builtin=False leaves out paratag's gazetteers,
    icu_countries=False ICU's country names.
    """

    __slots__ = ("_core", "_extra", "_builtin", "_icu")

    def __init__(self, extra: Extra = None, *, builtin: bool = True,
                 icu_countries: bool = True) -> None:
        self._build(_extra_text(extra), bool(builtin), bool(icu_countries))

    def _build(self, extra_text: str, builtin: bool, icu_countries: bool) -> None:
        """Compiles the trie: from __init__, or from a pickled recipe."""
        self._extra, self._builtin, self._icu = extra_text, builtin, icu_countries
        sources = [("extra", extra_text)] if extra_text else []
        if builtin:
            sources += builtin_gazetteers()
        self._core = _core.Tagger(sources, icu_countries=icu_countries)

    @property
    def size(self) -> int:
        """How many names the trie holds."""
        return self._core.size

    def __reduce__(self) -> tuple[Callable[[str, bool, bool], Tagger], Recipe]:
        return (_rebuild, (self._extra, self._builtin, self._icu))

    def __repr__(self) -> str:
        return f"<paratag.Tagger: {self.size} names>"


def _rebuild(extra_text: str, builtin: bool, icu_countries: bool) -> Tagger:
    tagger = Tagger.__new__(Tagger)
    tagger._build(extra_text, builtin, icu_countries)
    return tagger


_default: Tagger | None = None
_default_lock = threading.Lock()


def default_tagger() -> Tagger:
    """The tagger parse() uses unless told otherwise, built on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Tagger()
    return _default

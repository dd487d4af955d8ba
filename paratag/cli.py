"""The paratag command: parse report files and print their blocks.

    paratag FILE... [--format table|json|jsonl|csv] [--output PATH] [--workers N]
                    [--lang L] [--errors strict|replace] [--[no-]progress]
    paratag demo [--format ...]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from io import TextIOWrapper
from pathlib import Path
from typing import TextIO, cast

from . import Document, ParseFailure, __version__, icu_version, parse_many
from ._args import ERRORS, LANGUAGES
from ._frames import ENTITY_COLUMNS, entity_rows

DATA = Path(__file__).with_name("data")
SAMPLES = ("sample.en.txt", "sample.zh.txt")
STDIN = "-"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the paratag command."""
    p = argparse.ArgumentParser(
        prog="paratag",
        description="Split the extracted text of UN-style reports into headings, "
                    "numbered paragraphs and footnotes.",
        epilog="'paratag demo' parses the sample reports bundled with paratag "
               "(to parse a file named demo, write ./demo).  "
               "'-' reads standard input.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="a text file, or - for stdin")
    p.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default="table",
                   help="table (default): one line per block; json: the interchange "
                        "JSON (a list for several files); jsonl: one document a line; "
                        "csv: one entity a line, the columns of Document.to_pandas()")
    p.add_argument("--output", "-o", metavar="PATH",
                   help="write to PATH (UTF-8) instead of standard output")
    p.add_argument("--workers", type=positive_int, default=None, metavar="N",
                   help="parse on N threads (default: one per CPU)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="a progress bar on stderr (needs tqdm; default: for several "
                        "files when stderr is a terminal and the run lasts over a second)")
    p.add_argument("--lang", choices=LANGUAGES,
                   help="force the language instead of detecting it")
    p.add_argument("--errors", choices=ERRORS, default="strict",
                   help="invalid UTF-8: fail (strict, default) or read it as U+FFFD (replace)")
    p.add_argument("--version", action="version",
                   version=f"paratag {__version__} (ICU {icu_version})")
    return p


def positive_int(text: str) -> int:
    """argparse type: an int of at least 1."""
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number, not {text!r}")
    return n


def width(s: str) -> int:
    """Terminal columns `s` takes: wide East Asian characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def shorten(s: str, cols: int) -> str:
    """`s` cut to at most `cols` terminal columns, with an ellipsis if cut."""
    if width(s) <= cols:
        return s
    out, used = [], 1  # one column for the ellipsis
    for c in s:
        used += width(c)
        if used > cols:
            break
        out.append(c)
    return "".join(out) + "…"


def table(doc: Document, name: str, cols: int) -> str:
    """A header for the document, then one line per block."""
    lines = [f"== {name}  language={doc.language}"]
    lines += [f"   {k}: {v}" for k, v in doc.metadata.items()]
    warnings = doc.diagnostics()
    if warnings:
        counts: dict[str, int] = {}
        for d in warnings:
            counts[d.code] = counts.get(d.code, 0) + 1
        lines.append(f"   warnings: {len(warnings)} ("
                     + ", ".join(f"{n} {code}" for code, n in counts.items()) + ")")
    kind_w = max([len(b.kind) for b in doc.blocks], default=0)
    num_w = max([len(b.number) for b in doc.blocks], default=0)
    for b in doc.blocks:
        head = f"{b.kind:<{kind_w}}  {b.number:>{num_w}}  "
        text = " ".join(b.text.split())  # a line per block, whatever the text holds
        lines.append(head + shorten(text, max(cols - len(head), 10)))
    return "\n".join(lines) + "\n"


def emit(docs: Iterable[tuple[str, Document]], fmt: str, several: bool, out: TextIO) -> None:
    """Write the (name, doc) pairs of the iterable `docs` to the text stream
    `out`; json makes a list when `several` files were asked for."""
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(ENTITY_COLUMNS)
        for name, doc in docs:
            writer.writerows(entity_rows(doc, name))
        return
    if fmt == "json":
        dicts = [doc.to_dict(name) for name, doc in docs]
        if several or dicts:
            json.dump(dicts if several else dicts[0], out, ensure_ascii=False, indent=1)
            out.write("\n")
        return
    cols = shutil.get_terminal_size().columns
    for i, (name, doc) in enumerate(docs):  # one at a time: a batch need not fit in memory
        if fmt == "jsonl":
            out.write(doc.to_json(name) + "\n")
        else:
            out.write(("\n" if i else "") + table(doc, name, cols))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    files = args.files
    if files == ["demo"]:
        files = [str(DATA / s) for s in SAMPLES]
        print("paratag demo: parsing " + ", ".join(files), file=sys.stderr)
    progress = args.progress
    if progress is None:
        progress = "auto" if len(files) > 1 and sys.stderr.isatty() else False
    # stdin is read here, once; paths are read by the worker threads
    inputs = [sys.stdin.buffer.read() if path == STDIN else path for path in files]
    results = parse_many(inputs, workers=args.workers, progress=progress, on_error="collect",
                         lang=args.lang, errors=args.errors)
    failed: list[str] = []

    def documents() -> Iterator[tuple[str, Document]]:
        for path, result in zip(files, results):
            if isinstance(result, ParseFailure):
                print(f"paratag: {path}: {result.reason}", file=sys.stderr)
                failed.append(path)
                continue
            yield ("<stdin>" if path == STDIN else os.path.basename(path)), result

    if args.output is not None:
        try:
            out = open(args.output, "w", encoding="utf-8", newline="")
        except OSError as e:
            print(f"paratag: {args.output}: {e.strerror or e}", file=sys.stderr)
            return 1
        with out:
            emit(documents(), args.format, len(files) > 1, out)
        return 1 if failed else 0
    # JSON and CSV are UTF-8 whatever the locale says; a table is for
    # reading, so it must not fail on a character the terminal cannot show.
    stdout = cast(TextIOWrapper, sys.stdout)  # typeshed says TextIO; it is the wrapper
    if args.format == "table":
        stdout.reconfigure(errors="replace")
    else:
        stdout.reconfigure(encoding="utf-8")
    try:
        emit(documents(), args.format, len(files) > 1, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        # `paratag ... | head`: the reader left; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1 if failed else 0

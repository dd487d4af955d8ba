"""The paratag command: parse reports (text or PDF) and print their blocks
and entities.

    paratag FILE... [--format table|entities|json|jsonl|csv] [--output PATH]
                    [--workers N] [--lang L] [--errors strict|replace]
                    [--[no-]progress] [--[no-]color]
    paratag demo [--format ...]
    paratag align A B [--format table|json|csv] [--output PATH]
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import sys
from collections.abc import Iterable, Iterator, Sequence
from io import TextIOWrapper
from pathlib import Path
from typing import TextIO, cast

from . import (Alignment, Document, Error, ParseFailure, __version__, align, icu_version,
               parse_file, parse_many)
from ._args import ERRORS, LANGUAGES
from ._frames import ENTITY_COLUMNS, entity_rows
from ._terminal import Renderer, SafeStream, clean, pad, shorten, use_color

DATA = Path(__file__).with_name("data")
SAMPLES = ("sample.en.txt", "sample.zh.txt")
STDIN = "-"
FORMATS = ("table", "entities", "json", "jsonl", "csv")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the paratag command."""
    p = argparse.ArgumentParser(
        prog="paratag",
        description="Read UN-style reports (the text a PDF extractor leaves, or "
                    "the PDF itself) and find their headings, numbered paragraphs and "
                    "footnotes, their metadata (symbol, date, title), and the entities of "
                    "every block with normalised values: countries (ISO codes), places, "
                    "bodies, events, instruments, provisions, document symbols, "
                    "resolutions, agenda items, dates (ISO 8601), money, quantities, URLs "
                    "and persons.",
        epilog="'paratag demo' parses the sample reports bundled with paratag "
               "(to parse a file named demo, write ./demo).  'paratag align A B' aligns "
               "two language versions of a report (paratag align -h).  "
               "'-' reads standard input.",
    )
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="a text file (UTF-8), a PDF (needs paratag[pdf]), or - for stdin")
    p.add_argument("--format", choices=FORMATS, default="table",
                   help="table (default): each block with its entities marked, then a "
                        "summary; entities: one entity a line, aligned; json: the "
                        "interchange JSON (a list for several files); jsonl: one document "
                        "a line; csv: one entity a line, the columns of Document.to_pandas()")
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
    p.add_argument("--color", action=argparse.BooleanOptionalAction, default=None,
                   help="colour the entities by label (default: on a terminal, unless "
                        "NO_COLOR is set); without colour they are marked [text|LABEL:value]")
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


def emit(docs: Iterable[tuple[str, Document]], fmt: str, several: bool, out: TextIO,
         color: bool = False) -> None:
    """Write the (name, doc) pairs of the iterable `docs` to the text stream
    `out`; json makes a list when `several` files were asked for; table
    and entities are coloured when `color` is true."""
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
    renderer = Renderer(shutil.get_terminal_size().columns, color)
    for i, (name, doc) in enumerate(docs):  # one at a time: a batch need not fit in memory
        if fmt == "jsonl":
            out.write(doc.to_json(name) + "\n")
        else:
            draw = renderer.table if fmt == "table" else renderer.entities
            out.write(("\n" if i else "") + draw(doc, name))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["align"]:
        return align_main(argv[1:])
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
            emit(documents(), args.format, len(files) > 1, out, bool(args.color))
        return 1 if failed else 0
    # JSON and CSV are UTF-8 whatever the locale says; a table is for
    # reading, so it must not fail on a character the terminal cannot show.
    stdout = cast(TextIOWrapper, sys.stdout)  # typeshed says TextIO; it is the wrapper
    drawn = args.format in ("table", "entities")
    if drawn:
        stdout.reconfigure(errors="replace")
    else:
        stdout.reconfigure(encoding="utf-8")
    target: TextIO = sys.stdout
    if not drawn and stdout.isatty():  # tables escape the input's controls themselves
        target = cast(TextIO, SafeStream(stdout, json=args.format != "csv"))
    try:
        emit(documents(), args.format, len(files) > 1, target, use_color(stdout, args.color))
        sys.stdout.flush()
    except BrokenPipeError:
        # `paratag ... | head`: the reader left; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except ImportError as e:  # a PDF without the pdf extra
        print(f"paratag: {e}", file=sys.stderr)
        return 1
    return 1 if failed else 0


# ---- paratag align ------------------------------------------------------------

ALIGN_COLUMNS = ("pair", "score", "a_kind", "a_number", "a_text", "b_kind", "b_number",
                 "b_text", "differences")


def build_align_parser() -> argparse.ArgumentParser:
    """The argument parser of `paratag align`."""
    p = argparse.ArgumentParser(
        prog="paratag align",
        description="Align two language versions of a report block by block and show "
                    "where their entity values disagree.")
    p.add_argument("a", metavar="A", help="a version (the main one: left, 'a' in JSON)")
    p.add_argument("b", metavar="B", help="another language version of the same report")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table",
                   help="table (default): the versions side by side, disagreements marked "
                        "with !; json: {\"pairs\": [...], \"summary\": ...}; csv: one pair a line")
    p.add_argument("--output", "-o", metavar="PATH",
                   help="write to PATH (UTF-8) instead of standard output")
    p.add_argument("--errors", choices=ERRORS, default="strict",
                   help="invalid UTF-8: fail (strict, default) or read it as U+FFFD (replace)")
    return p


def _differences_text(differences: list[dict[str, str | None]]) -> str:
    return "; ".join(f"{d['label']} {d['a'] or '-'} != {d['b'] or '-'}" for d in differences)


def align_table(alignment: Alignment, cols: int) -> str:
    """A header with the summary, then a line per pair: a mark ('!' where
    values disagree, '<' or '>' where one side is alone), each side's
    number and text in half the width, and the disagreements under it."""
    summary = alignment.summary()
    lines = [f"== {summary['a']['language']} | {summary['b']['language']}  "
             f"pairs={summary['pairs']} only_a={summary['only_a']} only_b={summary['only_b']} "
             f"differences={sum(summary['differences'].values())}"
             + ("" if alignment.related else f"  ({alignment.verdict})")]
    half = max((cols - 5) // 2, 12)
    for pair in alignment.to_dict()["pairs"]:
        sides = []
        for side in (pair["a"], pair["b"]):
            text = "" if side is None else clean(f"{side['number']} {side['text']}".strip())
            sides.append(pad(shorten(text, half), half))
        mark = "!" if pair["differences"] else ("<" if pair["b"] is None else
                                                ">" if pair["a"] is None else " ")
        lines.append(f"{mark} {sides[0]} | {sides[1]}".rstrip())
        if pair["differences"]:
            lines.append("    " + shorten(clean(_differences_text(pair["differences"])), cols - 4))
    return "\n".join(lines) + "\n"


def align_main(argv: Sequence[str]) -> int:
    """`paratag align A B`: returns the exit status."""
    args = build_align_parser().parse_args(argv)
    docs = []
    for path in (args.a, args.b):
        try:
            docs.append(parse_file(path, errors=args.errors))
        except (OSError, Error) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else e
            print(f"paratag align: {path}: {reason}", file=sys.stderr)
            return 1
    alignment = align(*docs)
    if args.format == "json":
        text = alignment.to_json(indent=1) + "\n"
    elif args.format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(ALIGN_COLUMNS)
        for k, pair in enumerate(alignment.to_dict()["pairs"]):
            a, b = pair["a"] or {}, pair["b"] or {}
            writer.writerow([k, pair["score"], a.get("kind", ""), a.get("number", ""),
                             a.get("text", ""), b.get("kind", ""), b.get("number", ""),
                             b.get("text", ""), _differences_text(pair["differences"])])
        text = buffer.getvalue()
    else:
        text = align_table(alignment, shutil.get_terminal_size().columns)
    if args.output is not None:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        return 0
    stdout = cast(TextIOWrapper, sys.stdout)
    stdout.reconfigure(errors="replace") if args.format == "table" else \
        stdout.reconfigure(encoding="utf-8")
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0

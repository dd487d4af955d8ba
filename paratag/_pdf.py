"""A PDF's text, read with pypdfium2 (pip install 'paratag[pdf]'): the
text of each page as its text layer gives it, pages ended by form feeds,
as a text extractor leaves them and as paratag reads them.

A PDF without a text layer (a scan) or whose fonts give no usable map
from glyphs to characters (its text would come out as garbage) raises
PdfError instead of yielding text that is not the report's.
"""
from __future__ import annotations

import ctypes
import os
import re
import threading
import unicodedata
import warnings
from itertools import accumulate
from types import ModuleType
from typing import Any, Callable, Optional, Union

from ._frames import require

PDF_MAGIC = b"%PDF-"  # a PDF starts with it, within its first 1024 bytes
MAGIC_WINDOW = 1024
# More than this share of a PDF's characters without a character map: its
# text is garbage and is refused; less: a warning names the pages.
UNMAPPED_LIMIT = 0.10
# Baselines further apart than this many times the page's usual line pitch
# are a paragraph apart (a blank line's worth of space is about 2).
PARAGRAPH_GAP = 1.5
# Right-to-left letters (Hebrew, Arabic and their presentation forms), and a
# left-to-right run among them: a word of other letters, digits and the
# neutral characters between them
RTL_LETTERS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe"
RTL = re.compile(f"[{RTL_LETTERS}]")
LTR_RUN = re.compile(f"[^\\s{RTL_LETTERS}]*[^\\W_{RTL_LETTERS}][^\\s{RTL_LETTERS}]*")
HYPHEN = "\ufffe"  # PDFium's mark for a hyphen that ends a line; paratag reads it so
# PDFium is not thread-safe: parse_many's threads read one PDF at a time
# (parsing the texts still runs in parallel).
_pdfium_lock = threading.Lock()

PdfSource = Union[str, "os.PathLike[str]", bytes]


class PdfError(ValueError):
    """A PDF whose text cannot be read: not a PDF, encrypted, scanned (no
    text layer), or text without a usable character map."""


class PdfWarning(UserWarning):
    """Some pages of a PDF have characters without a character map."""


def is_pdf(data: bytes | bytearray | memoryview) -> bool:
    """Whether `data` are the bytes of a PDF."""
    return PDF_MAGIC in bytes(data[:MAGIC_WINDOW])


def _pdfium() -> ModuleType:
    require("pypdfium2.raw", "reading a PDF", "pdf")
    return require("pypdfium2", "reading a PDF", "pdf")


def pdf_text(source: PdfSource) -> str:
    """The text of the PDF at path `source` (or of its bytes): each page's
    text, lines ended by "\\n", each page followed by a form feed."""
    pdfium = _pdfium()
    with _pdfium_lock:
        try:
            pdf = pdfium.PdfDocument(source if isinstance(source, bytes) else os.fspath(source))
        except pdfium.PdfiumError as e:
            raise PdfError(f"not a readable PDF ({e})") from None
        try:
            pages, unmapped = [], []
            for page in pdf:
                text, bad = _page_text(pdfium, page)
                pages.append(text)
                unmapped.append(bad)
        finally:
            pdf.close()
    _check(pages, unmapped)
    # pdftotext's layout: a page's last line ends, then the form feed
    return "".join(page + "\n\f" for page in pages)


def _page_text(pdfium: ModuleType, page: Any) -> tuple[str, int]:
    """A page's text, lines ended by "\n", and how many of its characters
    PDFium found no character map for."""
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        count = textpage.count_chars()
        unmapped = sum(pdfium.raw.FPDFText_HasUnicodeMapError(textpage, i) == 1
                       for i in range(count))
        lines = text.split("\r\n")
        if count == len(text):  # one character of the page per character of the text
            x, y = ctypes.c_double(), ctypes.c_double()

            def origin(i: int) -> tuple[float, float] | None:
                """Where the page draws the text's character i (its baseline's start)."""
                found = pdfium.raw.FPDFText_GetCharOrigin(textpage, i, x, y)
                return (x.value, y.value) if found else None

            starts = list(accumulate((len(line) + 2 for line in lines[:-1]), initial=0))
            lines = [_ltr_in_rtl(line, start, origin) for line, start in zip(lines, starts)]
            lines = _with_gaps(lines, starts, origin)
    finally:
        textpage.close()
        page.close()
    return "\n".join(lines), unmapped


Origin = Callable[[int], Optional[tuple[float, float]]]


def _ltr_in_rtl(line: str, start: int, origin: Origin) -> str:
    """The line with each left-to-right run inside right-to-left text
    (a document symbol, a number with its separators) in reading order.

    PDFium reorders a right-to-left line by a simplified bidirectional
    algorithm that takes the neutral characters inside such a run (/ . -)
    for right-to-left ones, and so reverses the run's pieces
    (E/ESCWA/SD/2017/IG.1/7/Report comes out as
    Report.1/7/IG/2017/SD/ESCWA/E).  A
    left-to-right run stands on the page left to right: its characters in
    the order of their positions are its reading order.  A neutral that
    ends up at an edge of the run belongs to the right-to-left text around
    it (a full stop that ends the sentence), and keeps PDFium's place."""
    if not RTL.search(line):
        return line
    out, at = [], 0
    for run in LTR_RUN.finditer(line):
        chars = list(range(run.start(), run.end()))
        xs = [origin(start + i) for i in chars]
        if None in xs:
            continue
        ordered = [i for _, i in sorted(zip((xy[0] for xy in xs if xy), chars))]
        pdf_lead, pdf_trail = _neutral_edges(chars, line)
        sorted_lead, sorted_trail = _neutral_edges(ordered, line)
        keep = (pdf_lead | pdf_trail) & (sorted_lead | sorted_trail)
        out.append(line[at:run.start()])
        out.extend(line[i] for i in chars if i in keep & pdf_lead)
        out.extend(line[i] for i in ordered if i not in keep)
        out.extend(line[i] for i in chars if i in keep & pdf_trail)
        at = run.end()
    return "".join(out) + line[at:]


def _neutral_edges(order: list[int], line: str) -> tuple[set[int], set[int]]:
    """The characters of a run, in `order`, before its first letter or
    digit and after its last one."""
    strong = [k for k, i in enumerate(order) if line[i].isalnum()]
    return set(order[:strong[0]]), set(order[strong[-1] + 1:])


def _with_gaps(lines: list[str], starts: list[int], origin: Origin) -> list[str]:
    """The page's lines with an empty line wherever the page leaves more
    space than between two lines of a paragraph, or goes back up (a new
    column or box): PDFium's text has no empty lines, and paratag, like a
    reader, takes white space between lines for the end of a paragraph."""
    baselines = [(origin(start) if line.strip() else None) for line, start in zip(lines, starts)]
    steps = [(i, prev[1] - cur[1]) for i, (prev, cur) in enumerate(zip(baselines, baselines[1:]), 1)
             if prev is not None and cur is not None]
    down = sorted(step for _, step in steps if step > 0)
    if not down:
        return lines
    pitch = down[len(down) // 2]  # the usual distance between two lines
    breaks = {i for i, step in steps if step > PARAGRAPH_GAP * pitch or step < -pitch / 2}
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in breaks:
            out.append("")
        out.append(line)
    return out


def _unreadable(c: str) -> bool:
    """A character that no text means: a control (other than white space),
    a private-use or unassigned code point, or U+FFFD; fonts without a
    character map come out as these."""
    return c == "\ufffd" or (c != HYPHEN and unicodedata.category(c) in ("Cc", "Co", "Cn") and not c.isspace())


def _check(pages: list[str], map_errors: list[int]) -> None:
    """PdfError for a PDF with no text or with garbage text; a PdfWarning
    naming the pages with some characters unmapped.  map_errors: the
    characters of each page that PDFium found no map for."""
    unmapped = [n + sum(map(_unreadable, page)) for n, page in zip(map_errors, pages)]
    chars = sum(len("".join(page.split())) for page in pages)
    if chars == 0:
        raise PdfError(f"no text in its {len(pages)} page(s): a scanned PDF has only images; "
                       "run OCR on it first (e.g. ocrmypdf) ")
    if sum(unmapped) > UNMAPPED_LIMIT * chars:
        raise PdfError(f"{sum(unmapped)} of its {chars} characters have no character map: its "
                       "fonts do not say which letters their glyphs are, and the text would "
                       "be garbage; run OCR on it instead (e.g. ocrmypdf --force-ocr)")
    bad = [str(i + 1) for i, n in enumerate(unmapped) if n]
    if bad:
        warnings.warn(f"PDF: characters without a character map on page(s) {', '.join(bad)}",
                      PdfWarning, stacklevel=3)

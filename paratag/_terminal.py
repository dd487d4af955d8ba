"""Documents drawn for a person at a terminal: each block with its entities
marked inline (coloured by label, with a legend, or as plain marks such as
[Kenya|COUNTRY:KEN]), a summary per document, and the entity table.

Text from the input never reaches a terminal raw: control characters and
the Unicode controls that reorder what follows them are shown escaped,
since a report's text may hold anything, an escape sequence too.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import Callable, Optional, TextIO

from ._document import Block, Document, Entity

# DEL and the C1 controls (CSI starts an escape sequence, as ESC does), and
# the bidirectional embeddings, overrides and isolates, which reorder the
# text after them on screen
C1_AND_BIDI = "\x7f-\x9f\u202a-\u202e\u2066-\u2069"
CONTROL = re.compile(f"[\x00-\x1f{C1_AND_BIDI}]")  # and the C0 controls
# what JSON or CSV may not write raw to a terminal: the same but their own
# line ends (\n, CSV's \r\n) and tabs
STREAM_UNSAFE = re.compile(f"\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f{C1_AND_BIDI}]")

# A style per label, in rich's syntax: the terminal's 16 standard colours,
# which every colour terminal has; labels of one colour differ in weight.
STYLES = {
    "COUNTRY": "bold yellow", "PLACE": "yellow", "ORG": "bold blue", "EVENT": "magenta",
    "INSTRUMENT": "bold green", "PROVISION": "cyan", "DOCSYMBOL": "bright_black",
    "RESOLUTION": "bold magenta", "AGENDA_ITEM": "bright_magenta", "DATE": "bold cyan",
    "MONEY": "green", "QUANTITY": "bright_blue", "URL": "underline bright_black",
    "PERSON": "bold red",
}
OTHER_STYLE = "bold"
VALUE_STYLE = "dim"
# the SGR codes of the words above, where rich is not installed
SGR = {"bold": 1, "dim": 2, "underline": 4, "black": 30, "red": 31, "green": 32, "yellow": 33,
       "blue": 34, "magenta": 35, "cyan": 36, "white": 37, "bright_black": 90,
       "bright_blue": 94, "bright_magenta": 95}
# the summary's lines: which labels, under what name
SUMMARY = (("countries", "COUNTRY"), ("bodies", "ORG"), ("instruments", "INSTRUMENT"))
SUMMARY_TOP = 5
SPACES = re.compile(r"[^\S\x1c-\x1f\x85]+")  # white space, but not the controls str.split takes
MAX_TEXT_COLS = 40  # an entity's text in the entity table; its value is shown whole
TEXT_INDENT = 2  # columns between a block's number and its text

# a piece of a block's text: its text, its style (None: plain) and the
# index of the entity it shows (NO_ENTITY for the text between entities)
Piece = tuple[str, Optional[str], int]
NO_ENTITY = -1
Painter = Callable[[str, str], str]  # text, style -> the text with the terminal's codes


def escape(s: str) -> str:
    """`s` with its control characters written as Python escapes (\\x1b,
    \\u202e), so that they show instead of acting on the terminal."""
    return CONTROL.sub(lambda m: _escape_char(m.group()), s)


def _escape_char(c: str) -> str:
    code = ord(c)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class SafeStream:
    """A text stream that escapes, on its way to a terminal, the control
    characters that JSON and CSV leave as they are (JSON's writer escapes
    C0 controls but not DEL, C1 or bidi controls; CSV none): as \\u escapes
    in JSON strings, where they mean the same characters, else as escape()
    writes them."""

    def __init__(self, out: TextIO, json: bool) -> None:
        self._out = out
        self._escape = (lambda m: f"\\u{ord(m.group()):04x}") if json else \
            (lambda m: _escape_char(m.group()))

    def write(self, s: str) -> int:
        return self._out.write(STREAM_UNSAFE.sub(self._escape, s))

    def flush(self) -> None:
        self._out.flush()


def use_color(stream: TextIO, color: bool | None) -> bool:
    """Whether to colour what goes to `stream`: as asked (color True or
    False), else when it is a terminal, NO_COLOR is unset or empty and
    TERM is not "dumb"."""
    if color is not None:
        return color
    return stream.isatty() and not os.environ.get("NO_COLOR") and \
        os.environ.get("TERM") != "dumb"


def _painter() -> Painter:
    try:
        from rich.color import ColorSystem
        from rich.console import COLOR_SYSTEMS, Console
        from rich.style import Style
    except ImportError:
        return lambda text, style: f"\x1b[{';'.join(str(SGR[w]) for w in style.split())}m" \
                                   f"{text}\x1b[0m"
    # rich picks the colour system the terminal has (and Windows' console)
    system = COLOR_SYSTEMS.get(Console(force_terminal=True).color_system or "standard",
                               ColorSystem.STANDARD)
    return lambda text, style: Style.parse(style).render(text, color_system=system)


def width(s: str) -> int:
    """Terminal columns `s` takes: wide East Asian characters take two,
    combining marks (an Arabic tanween) and format characters none."""
    return sum(0 if unicodedata.category(c) in ("Mn", "Me", "Cf") else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def isolated(s: str) -> str:
    """`s` as one cell of a line: right-to-left text inside first-strong
    isolates, so that a terminal that orders bidirectional text keeps it
    in its column instead of moving it across its neighbours."""
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in s):
        return "\u2068" + s + "\u2069"
    return s


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


def pad(s: str, cols: int) -> str:
    """`s` padded with spaces to `cols` terminal columns."""
    return s + " " * max(cols - width(s), 0)


def clean(s: str) -> str:
    """Input text for one line of a terminal: each run of white space as
    one space, control characters escaped."""
    return escape(SPACES.sub(" ", s))


class Renderer:
    """Draws documents for a terminal `cols` columns wide, in colour or with
    plain marks."""

    def __init__(self, cols: int, color: bool) -> None:
        self.cols = cols
        self.color = color
        self._paint = _painter() if color else None

    def paint(self, text: str, style: str | None) -> str:
        if style is None or self._paint is None:
            return text
        return self._paint(text, style)

    def marked(self, block: Block) -> list[Piece]:
        """The block's text as pieces, its entities marked: coloured with
        their value dimmed after them, or as [text|LABEL:value]."""
        pieces: list[Piece] = []
        at = 0
        for k, e in enumerate(block.entities):
            if e.start < at:  # entities come flat and in order; never repeat text
                continue
            pieces.append((clean(block.text[at:e.start]), None, NO_ENTITY))
            text, value = clean(e.text), clean(e.value)
            style = STYLES.get(e.label, OTHER_STYLE)
            if self.color:
                pieces.append((text, style, k))
                if value != text:
                    pieces.append((f"‹{value}›", VALUE_STYLE, k))
            else:
                pieces.append((f"[{text}|{e.label}" + (f":{value}" if value != text else "")
                               + "]", None, k))
            at = e.end
        pieces.append((clean(block.text[at:]), None, NO_ENTITY))
        return pieces

    def painted(self, line: list[tuple[str, str | None]]) -> str:
        """A wrapped line of (text, style) pieces, with the terminal's codes."""
        return "".join(self.paint(text, style) for text, style in line)

    def legend(self, labels: Iterable[str]) -> list[str]:
        """Lines naming `labels`, each in its colour, wrapped to the width."""
        pieces: list[Piece] = []
        for label in labels:
            pieces += [(label, STYLES.get(label, OTHER_STYLE), NO_ENTITY), (" ", None, NO_ENTITY)]
        indent = len("legend: ")
        return [("legend: " if i == 0 else " " * indent) + self.painted(line)
                for i, line in enumerate(wrap(pieces, max(self.cols - indent, 20)))]

    def table(self, doc: Document, name: str) -> str:
        """A header for the document (name, language, metadata, and in
        colour a legend of its labels), each block with its number and its
        entities marked, wrapped to the width, then summary()."""
        lines = [f"== {escape(name)}  language={doc.language}"]
        lines += [f"   {k}: {clean(v)}" for k, v in doc.metadata.items()]
        warnings = doc.diagnostics()
        if warnings:  # what a careful reader would flag: see doc.diagnostics()
            counts = Counter(d.code for d in warnings)
            lines.append(f"   warnings: {len(warnings)} ("
                         + ", ".join(f"{n} {code}" for code, n in counts.items()) + ")")
        labels = sorted({e.label for b in doc.blocks for e in b.entities}, key=_label_order)
        if self.color and labels:
            lines += self.legend(labels)
        kind_w = max([len(b.kind) for b in doc.blocks], default=0)
        num_w = max([width(clean(b.number)) for b in doc.blocks], default=0)
        indent = kind_w + TEXT_INDENT + num_w + TEXT_INDENT
        for b in doc.blocks:
            number = clean(b.number)
            head = f"{b.kind:<{kind_w}}  {' ' * (num_w - width(number))}{isolated(number)}  "
            wrapped = wrap(self.marked(b), max(self.cols - indent, 20))
            for i, line in enumerate(wrapped):
                lines.append((head if i == 0 else " " * indent) + isolated(self.painted(line)))
        for summed in summary(doc):  # wrapped, continued under its first word
            title, _, rest = summed.partition(": ")
            for i, part in enumerate(wrap([(rest, None, NO_ENTITY)],
                                          max(self.cols - len(title) - 2, 20))):
                lines.append((title + ": " if i == 0 else " " * (len(title) + 2)) + part[0][0])
        return "\n".join(lines) + "\n"

    def entities(self, doc: Document, name: str) -> str:
        """The document's entities, one a line, in aligned columns: block,
        label, text, value (East Asian wide characters count two)."""
        header = ("block", "label", "text", "value")
        rows = [(f"{b.kind} {clean(b.number)}".rstrip(), e.label,
                 shorten(clean(e.text), MAX_TEXT_COLS), clean(e.value))
                for b in doc.blocks for e in b.entities]
        widths = [max(width(row[i]) for row in [header, *rows]) for i in range(3)]
        lines = [f"== {escape(name)}  language={doc.language}  entities={len(rows)}"]
        for row in [header, *rows]:
            cells = [pad(cell, w) for cell, w in zip(row, widths)]
            if row is not header:
                cells[1] = self.paint(cells[1], STYLES.get(row[1], OTHER_STYLE))
            lines.append("  ".join(cells + [row[3]]).rstrip())
        return "\n".join(lines) + "\n"


def _label_order(label: str) -> tuple[int, str]:
    """Labels in the order of the label table, unknown ones last."""
    order = list(STYLES)
    return (order.index(label) if label in order else len(order), label)


def summary(doc: Document) -> list[str]:
    """Lines that sum up a document's entities: their count per label,
    then the most frequent countries, bodies and instruments, each with
    its value and how often it is named."""
    entities = [e for b in doc.blocks for e in b.entities]
    if not entities:
        return ["   entities: none"]
    counts = Counter(e.label for e in entities)
    lines = [f"   entities: {len(entities)}  " +
             ", ".join(f"{label} {n}" for label, n in counts.most_common())]
    for title, label in SUMMARY:
        named = [e for e in entities if e.label == label]
        if named:
            lines.append(f"   {title}: " + ", ".join(
                _named(value, [e for e in named if e.value == value], n)
                for value, n in Counter(e.value for e in named).most_common(SUMMARY_TOP)))
    return lines


def _named(value: str, mentions: list[Entity], n: int) -> str:
    """One value of the summary: its most frequent surface form, the value
    when it differs, and the count."""
    text = Counter(e.text for e in mentions).most_common(1)[0][0]
    shown = clean(value) if text == value else f"{clean(text)} ({clean(value)})"
    return f"{shown} ×{n}"


# Where a line may break: after a word's spaces, and around each wide
# character (Chinese and Japanese break between any two); these are the
# blocks of East Asian wide and fullwidth characters (Unicode's UAX #11).
WIDE = "\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf" \
       "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd"
WORD = re.compile(f"[{WIDE}][^\\s{WIDE}]* *|[^\\s{WIDE}]+ *| +")
WIDE_CHAR = re.compile(f"[{WIDE}]")


def wrap(pieces: list[Piece], cols: int) -> list[list[tuple[str, Optional[str]]]]:
    """Styled pieces laid out in lines of at most `cols` terminal columns,
    as (text, style) pairs: broken at the spaces of their joined text, and
    around wide (East Asian) characters but not inside an entity (a
    Chinese name stays whole), and anywhere in a word longer than a line;
    no line starts or ends with a space."""
    text = "".join(t for t, _, _ in pieces)
    styles = [style for t, style, _ in pieces for _ in t]
    owners = [entity for t, _, entity in pieces for _ in t]
    words: list[tuple[int, int]] = []  # where a line may break: before each
    for word in WORD.finditer(text):
        # a wide character before an entity's mark is a place to break too
        cuts = [p for p in range(*word.span()) if p == word.start() or
                (owners[p] != owners[p - 1] and WIDE_CHAR.match(text[p - 1]))] + [word.end()]
        for start, end in zip(cuts, cuts[1:]):
            if words and owners[start] != NO_ENTITY and owners[start] == owners[start - 1] \
                    and text[start - 1] != " ":
                words[-1] = (words[-1][0], end)  # inside an entity: no break
            else:
                words.append((start, end))
    lines: list[list[tuple[str, Optional[str]]]] = [[]]
    used = 0
    for start, end in words:
        word_w = width(text[start:end].rstrip())
        if used and used + word_w > cols >= word_w:
            lines.append([])  # the word fits on a line of its own
            used = 0
        for i in range(start, end):
            c, style, c_w = text[i], styles[i], width(text[i])
            if c == " " and (used == 0 or used + c_w > cols):
                continue
            if used + c_w > cols:
                lines.append([])
                used = 0
            line = lines[-1]
            if line and line[-1][1] == style:
                line[-1] = (line[-1][0] + c, style)
            else:
                line.append((c, style))
            used += c_w
    return [_rstrip(line) for line in lines]


def _rstrip(line: list[tuple[str, Optional[str]]]) -> list[tuple[str, Optional[str]]]:
    """A line of pieces without the spaces that end it."""
    while line and not line[-1][0].strip():
        line = line[:-1]
    return line[:-1] + [(line[-1][0].rstrip(), line[-1][1])] if line else line

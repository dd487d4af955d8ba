"""Thin Python views over paratag._core: Document, Block, Region.

All parsing happens in the C core; this module only names what the core
returns and converts it to the interchange JSON of ANNOTATION.md.
"""
from __future__ import annotations

import json
import os
from array import array
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple, Union

from . import _core, _frames, _html
from ._pdf import is_pdf, pdf_text
from ._args import Errors, Language, TaggerOption, check_parse_options
from ._tagger import default_tagger

if TYPE_CHECKING:
    import pandas
    import pyarrow

Text = Union[str, bytes, bytearray, memoryview]  # bytes are UTF-8

Error = _core.Error  # a ValueError; .pos is the byte offset of bad UTF-8


def parse(text: Text, lang: Language | None = None, errors: Errors = "strict",
          tagger: TaggerOption = None) -> Document:
    """Parse the extracted text of a report into a Document.

    `text` is a str or UTF-8 bytes.  `lang` forces the language ("zh",
    "en", "fr", "es", "ru", "ar"); by default it is detected.  With
    errors="strict" invalid UTF-8 raises paratag.Error naming its byte
    offset; with "replace" each bad sequence becomes U+FFFD.  Entities are
    tagged with `tagger` (a paratag.Tagger), by default with the built-in
    one; tagger=False tags none.  Ctrl-C stops a long parse
    (KeyboardInterrupt) within a fraction of a second.
    """
    check_parse_options(lang, errors, tagger)
    if not isinstance(text, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"parse() takes str or bytes, not {type(text).__name__}")
    if tagger is None:
        tagger = default_tagger()
    core_tagger = tagger._core if tagger is not False else None
    return Document(_core.parse(text, lang=lang, replace_invalid=errors == "replace",
                                tagger=core_tagger))


def parse_file(path: str | os.PathLike[str], lang: Language | None = None,
               errors: Errors = "strict", tagger: TaggerOption = None) -> Document:
    """Read `path` and parse it: a text file as UTF-8 bytes (see parse()),
    a PDF as parse_pdf() does."""
    return parse(read_text(path), lang=lang, errors=errors, tagger=tagger)


def parse_pdf(source: str | os.PathLike[str] | bytes, lang: Language | None = None,
              tagger: TaggerOption = None) -> Document:
    """Read the text of a PDF (a path, or its bytes) with pypdfium2 and
    parse it (pip install 'paratag[pdf]').  Pages are joined by form feeds,
    as a text extractor leaves them.  A PDF with no text layer (a scan) or
    whose text has no usable character map raises paratag.PdfError (a
    ValueError); one with a few such characters warns (PdfWarning)."""
    return parse(pdf_text(source), lang=lang, tagger=tagger)


def read_text(path: str | os.PathLike[str]) -> Text:
    """What to parse of the file at `path`: its bytes, or the text of a PDF."""
    with open(path, "rb") as f:
        data = f.read()
    return pdf_text(data) if is_pdf(data) else data


class Region(NamedTuple):
    """A stretch [start, end) of the raw text, in code points.

    kind is 'block', 'masthead', 'toc', 'furniture' or 'figure' (a figure
    or table from its caption to its source note, or an annex's list of
    participants or documents); role says what it
    is inside its kind ('number', 'text', 'mark', 'url', 'page_number',
    'job_number', 'barcode', 'header', 'rule', 'separator', 'note' (a
    note on the languages a text is issued in, "[English only]"), 'none');
    block is the owning block's index, or -1.
    """

    start: int
    end: int
    kind: str
    role: str
    block: int


class Diagnostic(NamedTuple):
    """Something a careful reader would flag in a parsed document (see
    Document.diagnostics): its code, a message, the block's index and
    where in Document.text it shows (code points)."""

    code: str
    message: str
    block: int
    offset: int

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


class Entity(NamedTuple):
    """A tagged entity of a block: its label, its text, its normalised
    value, where it stands in the block's text (code points, end
    exclusive) and the recogniser that found it."""

    label: str
    text: str
    value: str
    start: int
    end: int
    source: str

    def to_dict(self) -> dict[str, Any]:
        """The entity as a dict of the interchange JSON."""
        return self._asdict()


class Block:
    """A heading, paragraph or footnote of a Document.

    kind: 'heading', 'paragraph' or 'footnote'; number: as written ('3',
    'III', 'annex 1'), '' when unnumbered; text: clean text, lines joined,
    furniture and footnote marks taken out; footnote_refs: marks of the
    footnotes it cites; raw_spans: (start, end) code-point ranges of the
    raw text it comes from; entities: the Entity list, in order; lang: the
    document's language, or (unless parse() was given lang=) the block's
    own where it is written at length in another script (an English
    footnote in an Arabic report), which its entities follow.
    """

    __slots__ = ("kind", "number", "text", "footnote_refs", "raw_spans", "entities", "lang",
                 "_source", "_core", "_index")

    def __init__(self, kind: str, number: str, text: str, footnote_refs: Iterable[str],
                 raw_spans: Iterable[tuple[int, int]],
                 entities: Iterable[tuple[str, int, int, str, str]], lang: str, source: str,
                 core: _core.Doc, index: int) -> None:
        self.lang = lang
        self.kind = kind
        self.number = number
        self.text = text
        self.footnote_refs = list(footnote_refs)
        self.raw_spans = [(start, end) for start, end in raw_spans]
        self.entities = [Entity(label, text[s:e], value, s, e, src)
                         for label, s, e, value, src in entities]
        self._source = source  # the document's raw text, for .raw
        self._core, self._index = core, index  # the parsed document, for segmenting

    def sentences(self) -> list[str]:
        """The sentences of the text, as str: ICU's sentence rules for the
        document's language, trimmed of white space, never cutting an
        entity."""
        return self._core.sentences(self._index)

    def tokens(self, punctuation: bool = True) -> list[str]:
        """The tokens of the text, as str, in order: ICU's words (its
        dictionary segments Chinese), except that every entity is exactly
        one token ("3.21 亿美元", "2018 年 6 月 6 日") and white space is
        none.  Punctuation and symbols are tokens of their own, so that
        the tokens hold every non-space character; punctuation=False
        leaves them out."""
        return self._core.tokens(self._index, punctuation=punctuation)

    def sentence_spans(self) -> tuple[array[int], array[int]]:
        """Where the sentences() are, as (starts, ends): two array('i') of
        code-point offsets into text, with no object per sentence."""
        cols = self._core.sentence_columns(self._index)
        return array("i", cols["start"]), array("i", cols["end"])

    def token_spans(self, punctuation: bool = True) -> tuple[array[int], array[int]]:
        """Where the tokens() are, as (starts, ends): two array('i') of
        code-point offsets into text, with no object per token."""
        cols = self._core.token_columns(self._index, punctuation=punctuation)
        return array("i", cols["start"]), array("i", cols["end"])

    @property
    def raw(self) -> str:
        """The raw text of the block's spans, joined by newlines."""
        return "\n".join(self._source[s:e] for s, e in self.raw_spans)

    def to_dict(self) -> dict[str, Any]:
        """The block as a dict of the interchange JSON."""
        return {
            "kind": self.kind,
            "number": self.number,
            "text": self.text,
            "footnote_refs": list(self.footnote_refs),
            "entities": [e.to_dict() for e in self.entities],
            "raw_spans": [[s, e] for s, e in self.raw_spans],
            "lang": self.lang,
        }

    def to_html(self) -> str:
        """The block as an HTML fragment: number, text, entities highlighted."""
        return _html.block_html(self)

    def _repr_html_(self) -> str:
        return _html.block_html(self)

    def __repr__(self) -> str:
        text = self.text if len(self.text) <= 40 else self.text[:39] + "…"
        number = f" {self.number}" if self.number else ""
        return f"<Block {self.kind}{number}: {text!r}>"


class Document:
    """A parsed report: its blocks, metadata and the map of its raw text.

    Iterating a Document yields its blocks in reading order; len() is the
    number of blocks.  Build one with paratag.parse() or parse_file().
    """

    def __init__(self, core: _core.Doc) -> None:
        self._core = core

    @property
    def text(self) -> str:
        """The raw input as a str; every offset refers to it."""
        return self._core.text

    @property
    def language(self) -> str:
        """The language: 'zh', 'en', 'fr', 'es', 'ru', 'ar' or 'und'."""
        return self._core.language

    @cached_property
    def metadata(self) -> dict[str, str]:
        """Masthead fields the document shows: symbol, date, title,
        job_number, original_language."""
        return dict(self._core.metadata)

    @cached_property
    def blocks(self) -> list[Block]:
        """All blocks, in reading order."""
        core, text = self._core, self._core.text
        return [Block(*core.block(i), text, core, i) for i in range(len(core))]

    @property
    def entities(self) -> list[Entity]:
        """Every entity of every block, in reading order."""
        return [e for b in self.blocks for e in b.entities]

    def entity_columns(self) -> dict[str, Any]:
        """Every entity as columns, with no Python object per entity: a dict
        of bytes holding native-endian numbers, for numpy.frombuffer or
        pyarrow.

        block (int32): the block's index; label (int8), source (int8, or
        int16/int32 past 128/32768 sources): codes into the tuples labels
        and sources; start, end (int32): code points in
        the block's text; raw_start, raw_end (int64): code points in
        Document.text, from the first character's origin to just after the
        last one's (a slice that may also hold line breaks, page furniture
        or footnote marks the clean text left out); text_offsets,
        value_offsets (int64, one more than there are entities): byte
        offsets into the UTF-8 of text_data and value_data, as Arrow's
        large_string lays them out.
        """
        return self._core.entity_columns()

    def sentence_columns(self) -> dict[str, bytes]:
        """The sentences of every block as columns (see Block.sentences),
        segmented in one call that releases the GIL: a dict of bytes of
        native int32, block (the block's index), start and end (code points
        in the block's text)."""
        return self._core.sentence_columns()

    def token_columns(self, punctuation: bool = True) -> dict[str, bytes]:
        """The tokens of every block as columns (see Block.tokens),
        segmented in one call that releases the GIL: a dict of bytes of
        native int32, block (the block's index), start and end (code points
        in the block's text)."""
        return self._core.token_columns(punctuation=punctuation)

    @property
    def headings(self) -> list[Block]:
        """The heading blocks."""
        return [b for b in self.blocks if b.kind == "heading"]

    @property
    def paragraphs(self) -> list[Block]:
        """The paragraph blocks."""
        return [b for b in self.blocks if b.kind == "paragraph"]

    @property
    def footnotes(self) -> list[Block]:
        """The footnote blocks."""
        return [b for b in self.blocks if b.kind == "footnote"]

    @cached_property
    def regions(self) -> list[Region]:
        """Every region of the raw text (a list of Region), sorted, disjoint."""
        return [Region(*r) for r in self._core.regions()]

    def diagnostics(self) -> list[Diagnostic]:
        """What a careful reader would flag, in block order: numbered
        paragraphs that skip, repeat or go backwards (number_skips,
        number_repeats, number_backwards); headings out of sequence
        (heading_sequence); marks with no footnote in a document that has
        footnotes (mark_without_note) and footnotes nothing refers to
        (note_unreferenced); a job number, "Page 3" or a barcode left in
        a block's text (furniture_in_text); a
        paragraph starting in lower case (lower_case_start); a heading
        longer than the paragraph after it (long_heading); paragraph
        numbers the text lost, given back from the contents' ranges
        (numbers_from_contents, once, at the first).  Empty for a
        well-parsed regular report; each item is a misreading of the
        layout or an irregularity of the document itself."""
        return [Diagnostic(*d) for d in self._diagnostics]

    @cached_property
    def _diagnostics(self) -> list[tuple[str, str, int, int]]:
        return self._core.diagnostics()

    def unassigned(self) -> list[tuple[int, int, str]]:
        """Raw text that no region claims: a list of (start, end, text).

        Each item is a maximal run outside every region that holds
        non-whitespace, trimmed of its leading and trailing whitespace.
        The core promises none, so a non-empty list means lost text.
        """
        text, pos = self.text, 0
        out: list[tuple[int, int, str]] = []
        for start, end in [(r.start, r.end) for r in self.regions] + [(len(text), len(text))]:
            gap = text[pos:start]
            if gap and not gap.isspace():
                s = pos + len(gap) - len(gap.lstrip())
                e = start - (len(gap) - len(gap.rstrip()))
                out.append((s, e, text[s:e]))
            pos = max(pos, end)
        return out

    def to_dict(self, name: str | None = None) -> dict[str, Any]:
        """The document as the interchange JSON of ANNOTATION.md, as a dict;
        `name` goes into its "document" field."""
        return {
            "document": name,
            "language": self.language,
            "metadata": dict(self.metadata),
            "blocks": [b.to_dict() for b in self.blocks],
            "warnings": [d.to_dict() for d in self.diagnostics()],
        }

    def to_json(self, name: str | None = None, indent: int | None = None) -> str:
        """The interchange JSON as a str (UTF-8 characters, not escapes)."""
        return json.dumps(self.to_dict(name), ensure_ascii=False, indent=indent)

    def to_pandas(self, name: str | None = None) -> pandas.DataFrame:
        """One row per entity as a pandas DataFrame (needs pandas; pyarrow
        keeps its strings in Arrow memory): document (`name`), block (its
        index), kind, number, label, text, value, source, start and end in
        the block's text, raw_start and raw_end in Document.text."""
        return _frames.entity_frame(self, name)

    def blocks_frame(self, name: str | None = None) -> pandas.DataFrame:
        """One row per block as a pandas DataFrame: document (`name`),
        block, kind, number, text, footnote_refs, entities (how many),
        raw_start and raw_end (where its raw spans begin and end), and
        warnings (the codes of its diagnostics(), a list)."""
        return _frames.block_frame(self, name)

    def to_arrow(self, name: str | None = None) -> pyarrow.Table:
        """The rows of to_pandas() as a pyarrow.Table built on the core's
        buffers; label, source, kind and document are dictionary-encoded."""
        return _frames.entity_table(self, name)

    def to_html(self, max_blocks: int | None = _html.MAX_BLOCKS) -> str:
        """The document as an HTML fragment, as Jupyter shows it: headings
        and paragraphs with their numbers, entities highlighted by label,
        footnotes linked; max_blocks=None shows every block."""
        return _html.document_html(self, max_blocks)

    def _repr_html_(self) -> str:
        return _html.document_html(self)

    def __len__(self) -> int:
        return len(self._core)

    def __iter__(self) -> Iterator[Block]:
        return iter(self.blocks)

    def __repr__(self) -> str:
        kinds: dict[str, int] = {}
        for b in self.blocks:
            kinds[b.kind] = kinds.get(b.kind, 0) + 1
        counts = ", ".join(f"{n} {k}{'s' * (n != 1)}" for k, n in kinds.items())
        symbol = self.metadata.get("symbol")
        about = f" {symbol}" if symbol else ""
        return f"<Document{about} ({self.language}): {counts or 'no blocks'}>"

"""HTML views of a Document, a Block and an Alignment, for Jupyter (_repr_html_).

A document shows its symbol and title, a legend of the labels it holds,
its headings and paragraphs with their numbers, each entity highlighted
in its label's colour with the label and value on hover, and footnote
marks linked to the footnotes listed at the end.  A long document stops
after `max_blocks` headings and paragraphs with a note of what was left
out.  Every piece of text is escaped.  Colours are inline styles, not a
stylesheet, because notebook viewers on code hosts drop <style> elements;
ids carry a per-rendering prefix, so that many documents can share a page.
"""
from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Collection, Iterable, Mapping
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._align import Alignment, Difference, MastheadLines
    from ._document import Block, Document, Entity

MAX_BLOCKS = 50
# a background per label; labels of one hue (green, red, grey) differ in
# strength, and dark text stays readable on each
COLORS = {
    "COUNTRY": "#ffd8a8", "PLACE": "#ffec99", "ORG": "#a5d8ff", "EVENT": "#d0bfff",
    "INSTRUMENT": "#d3f9d8", "PROVISION": "#c3fae8", "DOCSYMBOL": "#ced4da",
    "RESOLUTION": "#fcc2d7", "AGENDA_ITEM": "#eebefa", "DATE": "#99e9f2",
    "MONEY": "#69db7c", "QUANTITY": "#ffe3e3", "URL": "#e9ecef", "PERSON": "#ffa8a8",
}
OTHER_COLOR = "#e9ecef"
DIFFERS_COLOR = "#e03131"
MARK_STYLE = "padding:0 .15em;border-radius:.25em;color:inherit"
NUMBER_STYLE = "font-weight:bold;margin-inline-end:.4em"
NOTE_STYLE = "color:#666;font-style:italic"


def _mark(entity: Entity, differs: bool = False) -> str:
    color = COLORS.get(entity.label, OTHER_COLOR)
    cls, outline = ("pt-entity pt-differs", f"outline:2px solid {DIFFERS_COLOR};") if differs \
        else ("pt-entity", "")
    return (f'<mark class="{cls}" data-label="{escape(entity.label)}" '
            f'data-value="{escape(entity.value)}" '
            f'title="{escape(entity.label)}: {escape(entity.value)}" '
            f'style="{outline}background:{color};{MARK_STYLE}">{escape(entity.text)}</mark>')


def highlighted(block: Block | MastheadLines, differs: Collection[str] = ()) -> str:
    """The block's text as HTML, each entity in a <mark>, outlined in red
    when its value is one of `differs`."""
    out, pos = [], 0
    for e in block.entities:  # flat and in order: the core resolves overlaps
        out.append(escape(block.text[pos:e.start]))
        out.append(_mark(e, e.value in differs))
        pos = e.end
    out.append(escape(block.text[pos:]))
    return "".join(out)


def _number(block: Block | MastheadLines) -> str:
    if not block.number:
        return ""
    # "1." and "III." as printed; "annex 1" and "Annex" read better bare
    shown = block.number if " " in block.number or block.number.lower() == "annex" \
        else block.number + "."
    return f'<span class="pt-number" style="{NUMBER_STYLE}">{escape(shown)}</span>'


def _refs(block: Block, footnote_ids: Mapping[str, str]) -> str:
    marks = []
    for ref in block.footnote_refs:
        target = footnote_ids.get(ref)
        inner = escape(ref) if target is None else f'<a href="#{target}">{escape(ref)}</a>'
        marks.append(f'<sup class="pt-ref">{inner}</sup>')
    return "".join(marks)


def _legend(blocks: Iterable[Block]) -> str:
    labels = sorted({e.label for b in blocks for e in b.entities})
    if not labels:
        return ""
    swatches = " ".join(f'<mark style="background:{COLORS.get(label, OTHER_COLOR)};'
                        f'{MARK_STYLE}">{escape(label)}</mark>' for label in labels)
    return f'<div class="pt-legend" style="margin:.3em 0 .8em;font-size:85%">{swatches}</div>'


def _direction(text: str) -> str:
    """The direction of a block: its first strong character's ("rtl" for
    Arabic), or "auto" where it has none."""
    for c in text:
        kind = unicodedata.bidirectional(c)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "auto"


def _body_block(block: Block, footnote_ids: Mapping[str, str]) -> str:
    content = _number(block) + highlighted(block) + _refs(block, footnote_ids)
    direction = _direction(block.text)
    if block.kind == "heading":
        return (f'<h4 class="pt-heading" dir="{direction}" style="margin:.8em 0 .3em">'
                f'{content}</h4>')
    return f'<p class="pt-paragraph" dir="{direction}" style="margin:.3em 0">{content}</p>'


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def document_html(doc: Document, max_blocks: int | None = MAX_BLOCKS) -> str:
    """The document as an HTML fragment; max_blocks=None shows every block."""
    prefix = "pt-" + uuid.uuid4().hex[:8]
    body = [b for b in doc.blocks if b.kind != "footnote"]
    footnotes = [b for b in doc.blocks if b.kind == "footnote"]
    shown = body if max_blocks is None else body[:max_blocks]
    if len(shown) < len(body):  # only the footnotes that the shown text cites
        cited = {ref for b in shown for ref in b.footnote_refs}
        shown_notes = [f for f in footnotes if f.number in cited]
    else:
        shown_notes = footnotes
    footnote_ids = {f.number: f"{prefix}-fn-{i}" for i, f in enumerate(shown_notes)}

    symbol = doc.metadata.get("symbol")
    kinds = [(len(doc.headings), "heading"), (len(doc.paragraphs), "paragraph"),
             (len(footnotes), "footnote")]
    about = ", ".join(_plural(n, word) for n, word in kinds if n) or "no blocks"
    head = (f'<b>{escape(symbol)}</b> · ' if symbol else "") + \
        f"{escape(doc.language)} · {about}"
    parts = [f'<div class="pt-about" style="{NOTE_STYLE}">{head}</div>']
    if doc.metadata.get("title"):
        parts.append(f'<div class="pt-title" style="font-weight:bold;margin-top:.3em">'
                     f'{escape(doc.metadata["title"])}</div>')
    parts.append(_legend(shown + shown_notes))
    parts += [_body_block(b, footnote_ids) for b in shown]
    left_out = []
    if len(shown) < len(body):
        left_out.append(f"{len(body) - len(shown)} of {len(body)} headings and paragraphs")
    if len(shown_notes) < len(footnotes):
        left_out.append(f"{len(footnotes) - len(shown_notes)} of {len(footnotes)} footnotes")
    if left_out:
        parts.append(f'<p class="pt-more" style="{NOTE_STYLE}">… not shown: '
                     f'{" and ".join(left_out)} (doc.to_html(max_blocks=None) shows all)</p>')
    if shown_notes:
        notes = "".join(
            f'<p class="pt-footnote" id="{footnote_ids[f.number]}" dir="{_direction(f.text)}" '
            f'style="margin:.2em 0">'
            f"<sup>{escape(f.number)}</sup> {highlighted(f)}{_refs(f, footnote_ids)}</p>"
            for f in shown_notes)
        parts.append(f'<div class="pt-footnotes" style="font-size:90%;border-top:1px solid '
                     f'#ccc;margin-top:.8em;padding-top:.3em">{notes}</div>')
    direction = "rtl" if doc.language == "ar" else "ltr"
    return (f'<div class="paratag-document" lang="{escape(doc.language)}" dir="{direction}" '
            f'style="line-height:1.55;max-width:60em">{"".join(parts)}</div>')


def block_html(block: Block) -> str:
    """The block as an HTML fragment: its kind, number and highlighted text."""
    kind = f'<span style="{NOTE_STYLE}">{escape(block.kind)}</span> '
    content = _number(block) + highlighted(block) + _refs(block, {})
    return (f'<div class="paratag-block" dir="auto" style="line-height:1.55">'
            f"{_legend([block])}{kind}{content}</div>")


def alignment_html(alignment: Alignment, max_pairs: int | None = MAX_BLOCKS) -> str:
    """Two versions side by side, a row per pair, each side in its
    language's direction; the values of a disagreement are marked in red
    and listed under the row."""
    a_lang, b_lang = alignment.doc_a.language, alignment.doc_b.language
    differences: dict[int, list[Difference]] = {}
    for d in alignment.differences():
        differences.setdefault(d.pair, []).append(d)
    pairs = alignment.pairs if max_pairs is None else alignment.pairs[:max_pairs]

    def cell(blocks: tuple[Block | MastheadLines, ...], lang: str, odd: set[str]) -> str:
        direction = "rtl" if lang == "ar" else "ltr"
        inner = "".join(f"<div>{_number(b)}{highlighted(b, odd)}</div>" for b in blocks)
        return (f'<td lang="{escape(lang)}" dir="{direction}" style="vertical-align:top;'
                f'padding:.3em .6em;border-top:1px solid #ddd">{inner}</td>')

    rows = []
    for k, pair in enumerate(pairs):
        diffs = differences.get(k, [])
        odd_a = {d.a_value for d in diffs if d.a_value is not None}
        odd_b = {d.b_value for d in diffs if d.b_value is not None}
        note = "; ".join(f"{d.label} {d.a_value or '—'} ≠ {d.b_value or '—'}" for d in diffs)
        flag = (f'<td class="pt-differences" style="{NOTE_STYLE};vertical-align:top;'
                f'border-top:1px solid #ddd;color:{DIFFERS_COLOR}">{escape(note)}</td>'
                if diffs else '<td style="border-top:1px solid #ddd"></td>')
        rows.append(f'<tr class="pt-pair" data-score="{pair.score:.2f}">'
                    f"{cell(pair.a, a_lang, odd_a)}{cell(pair.b, b_lang, odd_b)}{flag}</tr>")
    about = (f"{escape(a_lang)} · {escape(b_lang)} · "
             f"{_plural(sum(1 for p in alignment.pairs if p.a and p.b), 'pair')}, "
             f"{_plural(len(alignment.differences()), 'difference')}")
    if not alignment.related:
        about += f" · {escape(alignment.verdict)}"
    more = ""
    if len(pairs) < len(alignment.pairs):
        more = (f'<p class="pt-more" style="{NOTE_STYLE}">… not shown: '
                f"{len(alignment.pairs) - len(pairs)} of {len(alignment.pairs)} pairs "
                f"(alignment.to_html(max_pairs=None) shows all)</p>")
    return (f'<div class="paratag-alignment" style="line-height:1.55">'
            f'<div class="pt-about" style="{NOTE_STYLE}">{about}</div>'
            f'<table style="border-collapse:collapse;width:100%">{"".join(rows)}</table>'
            f"{more}</div>")


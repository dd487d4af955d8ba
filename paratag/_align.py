"""Align two language versions of a report block by block, and show where they disagree.

Every block is described by what does not depend on its language: its kind
and number, its entities' normalised values (a date, a sum, a country, a
resolution have one value in every language; a number that means
something is one of them), and its length, which a translation changes by
a known ratio (data/length_ratios.tab).  Headings and paragraphs are
aligned as one sequence, footnotes as another, and the masthead's lines,
grouped into units (MastheadLines) whose evidence is their digits, as a
third:

1. Anchors: numbered blocks of one kind and number whose lengths fit the
   languages' ratio, the longest run of them in the same order in both
   versions (a numbered contents line, or a number the other version
   lacks, drops out).  They cut the sequences into stretches.
2. In each stretch, a sequence alignment (dynamic programming, vectorised
   over a row with numpy) pairs the blocks one to one, one to two or two to
   one (one version splits a paragraph the other keeps whole), or leaves a
   block unpaired, maximising the sum of the pairs' scores; an anchor's
   agreeing number weighs NUMBER_AGREES there.  A stretch too long for
   MAX_CELLS (no anchors) is cut into proportional parts: a band.

A pair's score adds up its evidence (Pair.evidence): how far its length
ratio strays from the languages' usual one, the share of entity values
the two sides have in common (rare ones weigh more), whether
kinds and numbers agree.  An unpaired block costs GAP.  Two documents are
called versions of one text when their paired blocks share at least
RELATED_SHARE of the entity values of the version that has fewer (an
extractor may lose or merge much of one version); when one has fewer than
MIN_BLOCKS blocks or MIN_VALUES values, or the other over BLOCKS_APART
times its blocks, there is too little to tell.
"""
from __future__ import annotations

import json
import math
import os
import re
import unicodedata
import warnings
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from . import _html
from ._args import Errors
from ._batch import parse_many

if TYPE_CHECKING:
    import pandas as pd

    from ._document import Block, Document

GAP = -1.5            # an unpaired block
MERGE = -1.0          # a block paired with two: only when it fits better than one
KIND_DIFFERS = -3.0
NUMBER_AGREES = 6.0
NUMBER_DIFFERS = -6.0
ONE_NUMBERED = -1.5   # a numbered block against an unnumbered one
SOFT_NUMBERS = 0.25   # numbers weigh this much where one side took them from its contents
SHARED = 6.0          # weight of the share of values in common (0 to 1)
NONE_SHARED = -2.0    # both sides hold values and share none
LENGTH_SLACK = 8      # characters added to both lengths: short blocks vary most
RELATED_SHARE = 0.2
BLOCKS_APART = 3       # one version with over 3 times the other's blocks: too little to tell
MIN_VALUES = 5         # nor with fewer entity values than this on one side
MIN_BLOCKS = 3         # nor with fewer blocks than this
ANCHOR_STRAY = 2.0    # spreads a numbered pair's length ratio may stray to anchor
ANCHOR_REPEATS = 8
STRETCH = 80          # blocks of both sides between two cuts at anchors
MAX_CELLS = 4_000_000  # a longer stretch between anchors is cut into proportional parts

RATIOS_FILE = Path(__file__).with_name("data") / "length_ratios.tab"


def _numpy() -> Any:
    from ._frames import require
    return require("numpy", "paratag.align()")


def _length_ratios() -> dict[str, tuple[float, float]]:
    """language -> (length against English, spread of the log of that ratio)."""
    out = {}
    for line in RATIOS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, ratio, spread = line.split("\t")
            out[lang] = (float(ratio), float(spread))
    return out


RATIOS = _length_ratios()
DEFAULT_SPREAD = max(spread for _, spread in RATIOS.values())


def expected_ratio(lang_a: str, lang_b: str) -> tuple[float, float]:
    """How long b is against a, and the spread of the log of that ratio
    (no language below 0.2: paragraphs split by an extractor vary more than
    the devset's sentences)."""
    ra, sa = RATIOS.get(lang_a, (1.0, DEFAULT_SPREAD))
    rb, sb = RATIOS.get(lang_b, (1.0, DEFAULT_SPREAD))
    return rb / ra, max(0.2, math.hypot(sa, sb)) * 1.5


ROMAN = re.compile(r"^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def _plain_number(number: str) -> str:
    """A block number as every version writes it: every script's digits as
    ASCII ('١٢' -> '12'), and a Roman numeral ('III') or one of Chinese
    numerals ('三', '十二') as its value, so that a heading "III" in English
    is the heading "三" in Chinese."""
    text = number.strip().rstrip(".").lower()
    if text and ROMAN.match(text):
        values = [ROMAN_VALUES[c] for c in text]
        return str(sum(-v if v < after else v for v, after in zip(values, values[1:] + [0])))
    if text and all(not c.isascii() and not c.isdecimal() and _numeral(c) is not None
                    for c in text):
        return str(_chinese_value(text))
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def _numeral(c: str) -> float | None:
    return unicodedata.numeric(c, None)


def _chinese_value(text: str) -> int:
    """十二 -> 12, 二十 -> 20, 一百零五 -> 105: digits times the units (十, 百, 千) after them."""
    total = digit = 0
    for c in text:
        value = int(_numeral(c) or 0)
        if value >= 10:
            total += (digit or 1) * value
            digit = 0
        else:
            digit = value
    return total + digit


class MastheadLines(NamedTuple):
    """Lines of a document's masthead that belong together (its
    distribution box, its session and agenda item, a note in brackets, the
    enacting formula), paired as blocks are: kind 'masthead', no number
    and no entities (the masthead is not tagged; its digits are the
    evidence); raw_spans, its lines in the document's text."""

    kind: str
    number: str
    text: str
    entities: tuple[()]
    raw_spans: list[tuple[int, int]]


# the mark that opens a masthead's distribution box in every language
# ("Distr.: General", "Distr. générale", "Distr. GENERAL"), and the line
# that closes it ("Original: English"), even after a blank line
DISTRIBUTION = re.compile(r"Distr\b")
ORIGINAL = re.compile(r"Original\b")


def _in_capitals(line: str) -> bool:
    """Two words or more, every letter a capital: a masthead's heading
    ("RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY", "HUMAN RIGHTS COUNCIL")."""
    return len(line.split()) >= 2 and line.upper() == line and line.lower() != line


def _bracketed(line: str) -> bool:
    return line.startswith("[") and line.endswith("]")


# the direction marks an extractor wraps right-to-left lines in, which a
# block's clean text has not either
DIRECTION_MARKS = dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def _masthead_units(doc: Document) -> list[MastheadLines]:
    """The masthead's lines grouped as a reader groups them: a unit ends at
    a blank line, before the distribution mark, around a note in brackets,
    before a heading in capitals that follows other text, and before the
    enacting formula ("The General Assembly,", the masthead's last line)."""
    # the core's tuples (start, end, kind, ...): a long report has thousands of regions
    spans = [(r[0], r[1]) for r in doc._core.regions() if r[2] == "masthead"]
    text = doc.text
    lines = [" ".join(text[s:e].translate(DIRECTION_MARKS).split()) for s, e in spans]
    units: list[list[int]] = []
    for k, line in enumerate(lines):
        prev = lines[k - 1] if k else ""
        blank = bool(k) and text.count("\n", spans[k - 1][1], spans[k][0]) > 1
        cut = (not units or (blank and not ORIGINAL.match(line)) or bool(DISTRIBUTION.match(line))
               or _bracketed(line) or _bracketed(prev)
               or (_in_capitals(line) and not _in_capitals(prev))
               or (k == len(spans) - 1 and line.endswith(",")))
        if cut:
            units.append([])
        units[-1].append(k)
    return [MastheadLines("masthead", "", " ".join(lines[k] for k in unit if lines[k]), (),
                          [spans[k] for k in unit]) for unit in units]


DIGITS = re.compile(r"[0-9]+")


def _evidence(block: Block | MastheadLines) -> set[str]:
    """A block's entity values; a masthead unit's runs of digits (its
    symbol, date, session and agenda item, the same in every language)."""
    if isinstance(block, MastheadLines):
        plain = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in block.text)
        return {f"DIGITS:{d}" for d in DIGITS.findall(plain)}
    return {f"{e.label}:{e.value}" for e in block.entities}


class _Side:
    """The language-free features of one version's blocks of one sequence."""

    def __init__(self, blocks: Sequence[Block | MastheadLines], soft_numbers: bool = False
                 ) -> None:
        np = _numpy()
        self.blocks = blocks
        # numbers the parser took from the contents' ranges, where the
        # extractor lost them: a missed paragraph break shifts them by one
        self.soft_numbers = soft_numbers
        self.kinds = [b.kind for b in self.blocks]
        self.numbers = [_plain_number(b.number) for b in self.blocks]
        self.lengths = np.array([len(b.text) - b.text.count(" ") for b in self.blocks],
                                dtype=float)
        # a number that means something is an entity's value already (a
        # quantity, date, sum, symbol); the digits the tagger leaves are
        # mostly page numbers and contents' page ranges, which differ
        # between versions, so runs of digits are no evidence of their own
        self.evidence = [_evidence(b) for b in self.blocks]

    def __len__(self) -> int:
        return len(self.blocks)


class Pair(NamedTuple):
    """Blocks of the two versions that say the same thing: a and b are tuples
    of zero, one or two blocks (one version may split what the other keeps
    whole); score is what the evidence adds up to; evidence says what it
    was (length_ratio against the usual one, values shared,
    values only on one side, kinds and numbers)."""

    a: tuple[Block | MastheadLines, ...]
    b: tuple[Block | MastheadLines, ...]
    score: float
    evidence: dict[str, Any]


class Difference(NamedTuple):
    """A disagreement inside a pair: status 'differs' (a value of this label
    on each side, none on the other: a_value against b_value), 'only_a' or
    'only_b' (a value the other side lacks)."""

    pair: int
    label: str
    status: str
    a_value: str | None
    b_value: str | None


DIFFERENCE_COLUMNS = ("pair", "a_number", "b_number", "label", "status", "a_value", "b_value")


@dataclass
class Alignment:
    """The pairs of two versions' blocks, in reading order (the masthead's
    units, headings and paragraphs, then footnotes), every block of either
    version in exactly one pair.  related: whether the two read as versions of one text, None
    where there is too little to tell (verdict says why)."""

    doc_a: Document
    doc_b: Document
    pairs: list[Pair]
    related: bool | None
    shared: float = field(default=0.0)  # share of the poorer side's values that pairs share
    verdict: str = ""  # the reason for related, in words

    def __len__(self) -> int:
        return len(self.pairs)

    def __iter__(self) -> Iterator[Pair]:
        return iter(self.pairs)

    def __repr__(self) -> str:
        both = sum(1 for p in self.pairs if p.a and p.b)
        verdict = "" if self.related else f", {self.verdict}"
        return (f"<Alignment {self.doc_a.language}-{self.doc_b.language}: {both} pairs, "
                f"{len(self.pairs) - both} unpaired{verdict}>")

    def differences(self) -> list[Difference]:
        """For each pair with both sides, the entity values one side has and
        the other lacks, label by label; where each side has values of a
        label the other lacks, they are paired in order as 'differs'."""
        out = []
        for k, pair in enumerate(self.pairs):
            if pair.a and pair.b:
                out += _pair_differences(k, pair)
        return out

    def differences_frame(self) -> pd.DataFrame:
        """differences() as a pandas DataFrame, with each pair's block numbers."""
        from ._frames import require
        pandas = require("pandas", "Alignment.differences_frame()")
        frame: pd.DataFrame = pandas.DataFrame(self.difference_rows(),
                                               columns=list(DIFFERENCE_COLUMNS))
        return frame

    def difference_rows(self) -> list[tuple[Any, ...]]:
        """differences() as rows of DIFFERENCE_COLUMNS."""
        return [(d.pair, _block_numbers(self.pairs[d.pair].a),
                 _block_numbers(self.pairs[d.pair].b), d.label, d.status, d.a_value, d.b_value)
                for d in self.differences()]

    def summary(self) -> dict[str, Any]:
        """The alignment in figures: pairs, unpaired blocks on each side,
        whether the documents read as versions of one text, and the
        differences counted by status and by label."""
        diffs = self.differences()
        return {
            "a": _about(self.doc_a), "b": _about(self.doc_b),
            "pairs": sum(1 for p in self.pairs if p.a and p.b),
            "only_a": sum(len(p.a) for p in self.pairs if not p.b),
            "only_b": sum(len(p.b) for p in self.pairs if not p.a),
            "related": self.related, "verdict": self.verdict, "shared": round(self.shared, 3),
            "differences": dict(Counter(d.status for d in diffs)),
            "labels": dict(Counter(d.label for d in diffs).most_common()),
        }

    def to_dict(self) -> dict[str, Any]:
        """{"pairs": [{"a": {"kind", "number", "text", "blocks"} or null, "b": ...,
        "score", "evidence", "differences"}], "summary": ...}; a side of two
        blocks shows the first one's kind and number and both texts."""
        diffs: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for d in self.differences():
            diffs[d.pair].append({"label": d.label, "status": d.status,
                                  "a": d.a_value, "b": d.b_value})
        index_a = {id(b): i for i, b in enumerate(self.doc_a.blocks)}
        index_b = {id(b): i for i, b in enumerate(self.doc_b.blocks)}
        pairs = [{"a": _side_dict(p.a, index_a), "b": _side_dict(p.b, index_b),
                  "score": round(p.score, 2), "evidence": p.evidence,
                  "differences": diffs.get(k, [])} for k, p in enumerate(self.pairs)]
        return {"pairs": pairs, "summary": self.summary()}

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_html(self, max_pairs: int | None = _html.MAX_BLOCKS) -> str:
        """Side by side, each side in its language's direction, the values
        of a disagreement marked; max_pairs=None shows every pair."""
        return _html.alignment_html(self, max_pairs)

    def _repr_html_(self) -> str:
        return _html.alignment_html(self)


def _block_numbers(blocks: tuple[Block | MastheadLines, ...]) -> str:
    return "+".join(b.number for b in blocks)


def _about(doc: Document) -> dict[str, Any]:
    return {"language": doc.language, "symbol": doc.metadata.get("symbol"),
            "blocks": len(doc)}


def _side_dict(blocks: tuple[Block | MastheadLines, ...], index: dict[int, int]) -> dict[str, Any] | None:
    if not blocks:
        return None
    return {"kind": blocks[0].kind, "number": blocks[0].number,
            "text": " ".join(b.text for b in blocks),
            "blocks": [index[id(b)] for b in blocks if id(b) in index]}


def _pair_differences(k: int, pair: Pair) -> list[Difference]:
    def values(blocks: tuple[Block | MastheadLines, ...]) -> dict[str, list[str]]:
        by_label: dict[str, list[str]] = defaultdict(list)
        for b in blocks:
            for e in b.entities:
                if e.value not in by_label[e.label]:
                    by_label[e.label].append(e.value)
        return by_label

    va, vb = values(pair.a), values(pair.b)
    out = []
    for label in sorted(set(va) | set(vb)):
        only_a = [v for v in va.get(label, []) if v not in vb.get(label, [])]
        only_b = [v for v in vb.get(label, []) if v not in va.get(label, [])]
        for x, y in zip(only_a, only_b):
            out.append(Difference(k, label, "differs", x, y))
        out += [Difference(k, label, "only_a", x, None) for x in only_a[len(only_b):]]
        out += [Difference(k, label, "only_b", None, y) for y in only_b[len(only_a):]]
    return out


# ---- scoring -----------------------------------------------------------------


class _Scorer:
    """Scores of candidate pairs of two _Sides: 1-1, 1-2 and 2-1, as matrices."""

    def __init__(self, a: _Side, b: _Side, lang_a: str, lang_b: str) -> None:
        self.np = _numpy()
        self.a, self.b = a, b
        self.ratio, self.spread = expected_ratio(lang_a, lang_b)
        # a value found in few blocks says more than one found in many
        df: Counter[str] = Counter()
        for ev in a.evidence + b.evidence:
            df.update(ev)
        n = len(a) + len(b)
        self.weight = {t: math.log(1 + n / c) for t, c in df.items()}
        self.wa = self.np.array([sum(self.weight[t] for t in ev) for ev in a.evidence])
        self.wb = self.np.array([sum(self.weight[t] for t in ev) for ev in b.evidence])

    def shared(self, i0: int, i1: int, j0: int, j1: int) -> Any:
        """Weight of the evidence a[i] and b[j] share, for the stretch's
        blocks: the product of the stretch's incidence matrices over the
        keys found on both sides of it."""
        np = self.np
        in_a = self.a.evidence[i0:i1]
        in_b = self.b.evidence[j0:j1]
        keys = {k: n for n, k in enumerate(set().union(*in_a) & set().union(*in_b))}
        ma = np.zeros((i1 - i0, len(keys)))
        mb = np.zeros((j1 - j0, len(keys)))
        for matrix, side in ((ma, in_a), (mb, in_b)):
            rows, cols = [], []
            for r, ev in enumerate(side):
                for k in ev:
                    c = keys.get(k)
                    if c is not None:
                        rows.append(r)
                        cols.append(c)
            matrix[rows, cols] = 1.0
        weights = np.array([self.weight[k] for k in keys])
        # einsum rather than BLAS, whose threads cost more than these small products
        return np.einsum("ik,jk->ij", ma * weights, mb)

    def _strays(self, la: Any, lb: Any) -> Any:
        """How far the length ratio strays from the usual one, in spreads."""
        return self.np.log((lb + LENGTH_SLACK) / (self.ratio * la + LENGTH_SLACK)) / self.spread

    def lengths_fit(self, i: int, j: int) -> bool:
        return bool(abs(self._strays(self.a.lengths[i], self.b.lengths[j])) < ANCHOR_STRAY)

    def _score(self, la: Any, lb: Any, shared: Any, wa: Any, wb: Any, kind_ok: Any,
               number: Any) -> Any:
        np = self.np
        x = self._strays(la, lb)
        length = np.maximum(1.0 - 0.5 * x * x, -6.0)
        total = wa + wb
        share = np.divide(2 * shared, total, out=np.zeros(np.broadcast(shared, total).shape),
                          where=total > 0)
        both = (wa > 0) & (wb > 0)
        values = SHARED * share + NONE_SHARED * (1 - share) * both
        return length + values + np.where(kind_ok, 0.0, KIND_DIFFERS) + number

    def _numbers(self, na: list[str], nb: list[str]) -> Any:
        """Agreement of the block numbers of a (rows) and b (columns)."""
        np = self.np
        codes: dict[str, int] = {"": 0}
        ca = np.array([codes.setdefault(x, len(codes)) for x in na])[:, None]
        cb = np.array([codes.setdefault(y, len(codes)) for y in nb])[None, :]
        # letters of two scripts ('b' and 'ب') do not compare
        ascii_a = np.array([x.isascii() for x in na])[:, None]
        ascii_b = np.array([y.isascii() for y in nb])[None, :]
        both = (ca > 0) & (cb > 0)
        weight = SOFT_NUMBERS if self.a.soft_numbers or self.b.soft_numbers else 1.0
        return weight * np.select([both & (ca == cb), both & ascii_a & ascii_b, both,
                                   (ca > 0) | (cb > 0)],
                                  [NUMBER_AGREES, NUMBER_DIFFERS, 0.0, ONE_NUMBERED], 0.0)

    def values_agree(self, i: int, j: int) -> bool:
        """Do a[i] and b[j] share a value, or does one of them hold none?"""
        ea, eb = self.a.evidence[i], self.b.evidence[j]
        return not ea or not eb or bool(ea & eb)

    def matrices(self, i0: int, i1: int, j0: int, j1: int) -> tuple[Any, Any, Any]:
        """S11[i, j]: a[i] with b[j]; S12[i, j]: a[i] with b[j] and b[j+1];
        S21[i, j]: a[i] and a[i+1] with b[j] (indices within the stretch)."""
        np, a, b = self.np, self.a, self.b
        la, lb = a.lengths[i0:i1, None], b.lengths[None, j0:j1]
        wa, wb = self.wa[i0:i1, None], self.wb[None, j0:j1]
        shared = self.shared(i0, i1, j0, j1)
        ka = np.array(a.kinds[i0:i1], dtype=object)[:, None]
        kb = np.array(b.kinds[j0:j1], dtype=object)[None, :]
        kind_ok = ka == kb
        number = self._numbers(a.numbers[i0:i1], b.numbers[j0:j1])
        s11 = self._score(la, lb, shared, wa, wb, kind_ok, number)
        # the second block of a split is the unnumbered continuation of the first
        cont_b = np.array([not n for n in b.numbers[j0 + 1:j1]] + [False])[None, :]
        cont_a = np.array([not n for n in a.numbers[i0 + 1:i1]] + [False])[:, None]
        s12 = self._score(la, lb + np.roll(lb, -1, axis=1), shared + np.roll(shared, -1, axis=1),
                          wa, wb + np.roll(wb, -1, axis=1),
                          kind_ok & np.roll(kind_ok, -1, axis=1), number) + MERGE
        s21 = self._score(la + np.roll(la, -1, axis=0), lb, shared + np.roll(shared, -1, axis=0),
                          wa + np.roll(wa, -1, axis=0), wb,
                          kind_ok & np.roll(kind_ok, -1, axis=0), number) + MERGE
        s12 = np.where(cont_b, s12, -np.inf)
        s21 = np.where(cont_a, s21, -np.inf)
        return s11, s12, s21

    def evidence(self, ia: Sequence[int], jb: Sequence[int]) -> dict[str, Any]:
        """What the pairing of a[ia] with b[jb] rests on."""
        a, b = self.a, self.b
        ev_a = set().union(*(a.evidence[i] for i in ia))
        ev_b = set().union(*(b.evidence[j] for j in jb))
        common = ev_a & ev_b
        la, lb = sum(a.lengths[i] for i in ia), sum(b.lengths[j] for j in jb)
        na, nb = a.numbers[ia[0]], b.numbers[jb[0]]
        return {
            "length_ratio": round(float((lb + LENGTH_SLACK) /
                                        (self.ratio * la + LENGTH_SLACK)), 2),
            "values_shared": len(common),
            "values_only_a": len(ev_a - ev_b),
            "values_only_b": len(ev_b - ev_a),
            "kind": "same" if a.kinds[ia[0]] == b.kinds[jb[0]] else "differs",
            "number": "same" if na and na == nb else ("differs" if na and nb else
                                                      ("one side" if na or nb else "none")),
            "shared_weight": 2 * sum(self.weight[t] for t in common),
        }


# ---- the alignment -------------------------------------------------------------


def _anchors(scorer: _Scorer) -> list[tuple[int, int]]:
    """(i, j) of numbered blocks of one kind and number whose lengths fit
    the languages' ratio (a numbered contents line and the paragraph it
    names do not), the longest run of them in the same order on both sides,
    each block in one at most.  A number held by more than ANCHOR_REPEATS
    blocks of a side anchors nothing (a report's annexes may number again
    from 1, but a number everywhere is no evidence)."""
    a, b = scorer.a, scorer.b

    def places(side: _Side) -> dict[tuple[str, str], list[int]]:
        out: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, key in enumerate(zip(side.kinds, side.numbers)):
            if key[1]:
                out[key].append(i)
        return out

    pa, pb = places(a), places(b)
    # by i, then by j falling: a strictly rising run of j then takes one j per i
    soft = a.soft_numbers or b.soft_numbers
    cands = sorted(((i, j) for key, ia in pa.items() if len(ia) <= ANCHOR_REPEATS
                    for i in ia for j in pb.get(key, ())[:ANCHOR_REPEATS]
                    if len(pb[key]) <= ANCHOR_REPEATS and scorer.lengths_fit(i, j)
                    and (not soft or scorer.values_agree(i, j))),
                   key=lambda c: (c[0], -c[1]))
    # longest increasing run of j, patience sorting with back links
    tails: list[int] = []
    tail_at: list[int] = []
    back = [-1] * len(cands)
    for k, (_, j) in enumerate(cands):
        pos = bisect_left(tails, j)
        back[k] = tail_at[pos - 1] if pos else -1
        if pos == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[pos], tail_at[pos] = j, k
    run, k = [], tail_at[-1] if tail_at else -1
    while k >= 0:
        run.append(cands[k])
        k = back[k]
    return run[::-1]


Move = tuple[list[int], list[int], float]  # blocks of a, blocks of b, the pair's score


def _align_stretch(scorer: _Scorer, i0: int, i1: int, j0: int, j1: int) -> list[Move]:
    """The best sequence of 1-1, 1-2, 2-1 pairs and unpaired blocks for
    a[i0:i1] against b[j0:j1], a row of the table at a time.  The table
    holds run[i, j] = best[i, j] - j * GAP, so that a run of unpaired
    blocks of b along a row is a running maximum, and the way back finds
    each step as the candidate equal to the cell (the same sums, so equal
    exactly)."""
    np = scorer.np
    n, m = i1 - i0, j1 - j0
    if n == 0 or m == 0:
        return [([i], [], GAP) for i in range(i0, i1)] + [([], [j], GAP) for j in range(j0, j1)]
    s11, s12, s21 = scorer.matrices(i0, i1, j0, j1)
    # a step of da blocks of a and db of b adds its score less db gaps
    steps = {(1, 1): s11 - GAP, (1, 2): s12[:, :-1] - 2 * GAP, (2, 1): s21 - GAP}
    t11, t12, t21 = steps[1, 1], steps[1, 2], steps[2, 1]
    run = np.empty((n + 1, m + 1))
    run[0] = 0.0
    for i in range(1, n + 1):
        above = run[i - 1]
        best = above + GAP
        np.maximum(best[1:], above[:-1] + t11[i - 1], out=best[1:])
        np.maximum(best[2:], above[:-2] + t12[i - 1], out=best[2:])
        if i >= 2:
            np.maximum(best[1:], run[i - 2, :-1] + t21[i - 2], out=best[1:])
        np.maximum.accumulate(best, out=run[i])
    out: list[Move] = []
    i, j = n, m
    cell = run.tolist()
    while i or j:
        here = cell[i][j]
        if j and (not i or cell[i][j - 1] == here):
            out.append(([], [j0 + j - 1], GAP))
            j -= 1
            continue
        if here == cell[i - 1][j] + GAP:
            out.append(([i0 + i - 1], [], GAP))
            i -= 1
            continue
        for (da, db), t in steps.items():
            if i >= da and j >= db and here == cell[i - da][j - db] + t[i - da, j - db]:
                break
        else:  # the forward pass took one of the candidates above
            raise AssertionError("alignment table has no way back")
        i, j = i - da, j - db
        out.append(([i0 + i + k for k in range(da)], [j0 + j + k for k in range(db)],
                    float(t[i, j]) + GAP * db))
    return out[::-1]


def _stretches(n: int, m: int, i0: int, j0: int) -> Iterator[tuple[int, int, int, int]]:
    """The stretch a[i0:i0+n], b[j0:j0+m] cut into proportional parts small
    enough for the table (a band along the diagonal, for long stretches
    without anchors)."""
    parts = max(1, math.ceil(n * m / MAX_CELLS))
    for k in range(parts):
        yield (i0 + n * k // parts, i0 + n * (k + 1) // parts,
               j0 + m * k // parts, j0 + m * (k + 1) // parts)


def _align_sides(a: _Side, b: _Side, lang_a: str, lang_b: str
                 ) -> tuple[list[Pair], float, float]:
    """The pairs, the weight of the evidence paired blocks share (counted
    on both sides) and all the evidence the poorer side could share."""
    scorer = _Scorer(a, b, lang_a, lang_b)
    moves: list[Move] = []
    # an anchor opens a stretch (so that it may still take its unnumbered
    # continuation, a paragraph one version cuts at a page break) once the
    # stretch before it holds STRETCH blocks: fewer, larger tables cost less
    cuts = [(0, 0)]
    for i, j in _anchors(scorer):
        if i - cuts[-1][0] + j - cuts[-1][1] >= STRETCH:
            cuts.append((i, j))
    cuts.append((len(a), len(b)))
    for (i0, j0), (i1, j1) in zip(cuts, cuts[1:]):
        for s in _stretches(i1 - i0, j1 - j0, i0, j0):
            moves += _align_stretch(scorer, *s)
    pairs = []
    shared = 0.0
    for ia, jb, score in moves:
        evidence = scorer.evidence(ia, jb) if ia and jb else {}
        shared += evidence.pop("shared_weight", 0.0)
        pairs.append(Pair(tuple(a.blocks[i] for i in ia), tuple(b.blocks[j] for j in jb),
                          score, evidence))
    return pairs, shared, 2 * float(min(scorer.wa.sum(), scorer.wb.sum()))


def _numbers_from_contents(doc: Document) -> bool:
    return any(d.code == "numbers_from_contents" for d in doc.diagnostics())


def align(doc_a: Document, doc_b: Document) -> Alignment:
    """Align two language versions of one report block by block (see the
    module's docstring).  Every block of either document, and every unit
    of its masthead (MastheadLines), is in exactly one pair; .related says whether they read as versions of one text."""
    pairs: list[Pair] = []
    shared = total = 0.0
    values: tuple[set[str], set[str]] = (set(), set())
    # the masthead first, then headings and paragraphs, then footnotes;
    # whether the documents are versions of one text rests on their blocks
    sequences: list[tuple[Callable[[Document], Sequence[Block | MastheadLines]], bool]] = [
        (_masthead_units, False),
        (lambda doc: [b for b in doc.blocks if b.kind != "footnote"], True),
        (lambda doc: [b for b in doc.blocks if b.kind == "footnote"], True)]
    for sequence, counts in sequences:
        sides = [_Side(sequence(doc), _numbers_from_contents(doc)) for doc in (doc_a, doc_b)]
        got, s, t = _align_sides(sides[0], sides[1], doc_a.language, doc_b.language)
        pairs += got
        if counts:
            shared, total = shared + s, total + t
            for side, seen in zip(sides, values):
                seen.update(*side.evidence)
    share = shared / total if total else 0.0
    related, verdict = _verdict((len(doc_a), len(doc_b)), (len(values[0]), len(values[1])),
                                share)
    return Alignment(doc_a, doc_b, pairs, related=related, shared=share, verdict=verdict)


def _verdict(blocks: tuple[int, int], values: tuple[int, int], share: float
             ) -> tuple[bool | None, str]:
    """Whether two documents of so many blocks and distinct entity values
    read as versions of one text, and why."""
    counts = sorted(blocks)
    if counts[0] < MIN_BLOCKS or counts[0] * BLOCKS_APART < counts[1]:
        return None, (f"too little to tell whether versions of one text: one has "
                      f"{counts[0]} blocks, the other {counts[1]}")
    if min(values) < MIN_VALUES:
        return None, (f"too little to tell whether versions of one text: one has "
                      f"{min(values)} entity values")
    if share >= RELATED_SHARE:
        return True, f"versions of one text: pairs share {share:.0%} of the values"
    return False, f"not versions of one text: pairs share {share:.0%} of the values"


# ---- many files ----------------------------------------------------------------

# "REPORT.en.txt", "REPORT-EN.pdf.txt", "REPORT_fr.txt": a language code
# between the stem and the extension
FILE_LANGUAGE = re.compile(r"^(?P<stem>.+?)[._-](?P<lang>ar|en|es|fr|ru|zh)(?:\.[^.]*)*$",
                           re.IGNORECASE)


def _file_name(path: str | os.PathLike[str]) -> tuple[str, str | None]:
    """(stem, language) that a file's name says, the language None if none."""
    name = FILE_LANGUAGE.match(Path(path).name)
    return (name["stem"], name["lang"].lower()) if name else (Path(path).stem, None)


def align_many(paths: Iterable[str | os.PathLike[str]], main: str = "en",
               workers: int | None = None, errors: Errors = "strict"
               ) -> dict[str, dict[str, Alignment]]:
    """Parse the files, group them by document and align every other
    language of a group against its `main` language version: {document:
    {language: Alignment}}.  A file's document is its masthead's symbol,
    else the stem of its name ("REPORT" of REPORT.fr.txt; a file named so
    joins the group of a file of the same stem whose masthead gives the
    symbol); its language is the one its name gives (detection can fail
    on a text the extractor left nearly empty), else the detected one.  A group
    without the main language, or with two files of one language, is left
    out with a warning; one with the main language alone gives {}.
    `workers` and `errors` are those of paratag.parse_many()."""
    paths = list(paths)
    files = []
    for path, doc in zip(paths, parse_many(paths, workers=workers, errors=errors)):
        stem, name_lang = _file_name(path)
        lang = name_lang or doc.language
        files.append((doc.metadata.get("symbol"), stem, lang, doc))
    symbol_of = {stem: symbol for symbol, stem, _, _ in files if symbol}
    groups: dict[str, dict[str, list[Document]]] = defaultdict(lambda: defaultdict(list))
    for symbol, stem, lang, doc in files:
        groups[symbol or symbol_of.get(stem, stem)][lang].append(doc)
    out: dict[str, dict[str, Alignment]] = {}
    for symbol, by_lang in groups.items():
        twice = sorted(lang for lang, docs in by_lang.items() if len(docs) > 1)
        if main not in by_lang or twice:
            why = f"two files in {', '.join(twice)}" if twice else f"no {main} version"
            warnings.warn(f"paratag.align_many: {symbol} left out: {why}", stacklevel=2)
            continue
        base = by_lang[main][0]
        out[symbol] = {lang: align(base, docs[0]) for lang, docs in sorted(by_lang.items())
                       if lang != main}
    return out

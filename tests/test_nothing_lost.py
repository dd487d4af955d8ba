"""Every non-whitespace character of the input lands in exactly one region,
and every block's raw spans lie in that block's own regions."""
from bisect import bisect_right

import pytest
from conftest import SAMPLES, data_files, ids

import paratag

FILES = data_files("corpus/**/*.txt") + sorted(SAMPLES.glob("*.txt"))


def foreign(doc, starts, index, start, end):
    """Non-whitespace pieces of text[start:end] outside the regions of block
    `index`; `starts` are the regions' start offsets."""
    text, regions = doc.text, doc.regions
    out, pos = [], start
    i = max(bisect_right(starts, start) - 1, 0)
    for r in regions[i:]:
        if r.start >= end:
            break
        if r.end <= pos:
            continue
        pieces = [text[pos:max(r.start, pos)]]
        if (r.kind, r.block) != ("block", index):
            pieces.append(text[max(r.start, start):min(r.end, end)])
        out += [p for p in pieces if p.strip()]
        pos = min(r.end, end)
    tail = text[pos:end]
    return out + ([tail] if tail.strip() else [])


@pytest.fixture(scope="module", params=FILES, ids=ids(FILES))
def doc(request):
    return paratag.parse_file(request.param)


def test_nothing_unassigned(doc):
    assert doc.unassigned() == []


def test_regions_sorted_disjoint_inside(doc):
    n = len(doc.text)
    assert all(0 <= r.start < r.end <= n for r in doc.regions)
    assert all(a.end <= b.start for a, b in zip(doc.regions, doc.regions[1:]))
    assert all((r.block >= 0) == (r.kind == "block") for r in doc.regions)


def test_spans_in_own_regions(doc):
    starts = [r.start for r in doc.regions]
    for i, b in enumerate(doc.blocks):
        for s, e in b.raw_spans:
            assert foreign(doc, starts, i, s, e) == [], (i, b.kind, b.number, s, e)

"""The Python API around the core: versions, views, JSON, argument checks."""
import json
from importlib import metadata

import pytest
from conftest import SAMPLES, squeezed

import paratag

EN = SAMPLES / "sample.en.txt"


@pytest.fixture(scope="module")
def doc():
    return paratag.parse_file(EN)


def test_versions():
    assert paratag.__version__ == metadata.version("paratag")
    assert all(part.isdigit() for part in paratag.icu_version.split("."))


def test_str_and_bytes_agree(doc):
    assert paratag.parse(EN.read_text(encoding="utf-8")).to_dict() == doc.to_dict()


def test_views(doc):
    assert [(b.kind, b.number) for b in doc] == [
        ("heading", "I"), ("paragraph", "1"), ("paragraph", "2"), ("heading", "II"),
        ("heading", "A"), ("paragraph", "3"), ("paragraph", "4"), ("heading", "B"),
        ("paragraph", "5"), ("paragraph", "6"), ("footnote", "1"), ("footnote", "2"),
        ("heading", "III"), ("paragraph", "7"), ("paragraph", "8")]
    assert len(doc) == 15
    assert len(doc.paragraphs) + len(doc.headings) + len(doc.footnotes) == len(doc)
    assert {b.kind for b in doc.headings} == {"heading"}
    assert doc.regions == sorted(doc.regions)
    assert isinstance(doc.regions[0], paratag.Region)
    b = doc.paragraphs[0]
    # the raw lines of the paragraph: its number and its text, lines unjoined
    assert b.raw.startswith("1. In its resolution 10/2,") and b.raw.endswith("(CAC/COSP/\n2025/15, annex I).")
    assert squeezed(b.raw) == squeezed("1. " + b.text)
    assert repr(b).startswith("<Block paragraph 1: ")
    assert "CAC/COSP/WG.9/2026/2" in repr(doc)


def test_json(doc):
    d = json.loads(doc.to_json("x.txt"))
    assert d == doc.to_dict("x.txt")
    assert list(d) == ["document", "language", "metadata", "blocks", "warnings"]
    assert list(d["blocks"][0]) == ["kind", "number", "text", "footnote_refs", "entities", "raw_spans", "lang"]
    assert d["document"] == "x.txt" and d["blocks"][0]["entities"] == []


def test_argument_checks():
    with pytest.raises(TypeError, match=r"^parse\(\) takes str or bytes, not PosixPath$"):
        paratag.parse(EN)  # a path is not text: use parse_file
    with pytest.raises(ValueError, match=r"^lang must be one of \('zh', 'en', 'fr', 'es', "
                                         r"'ru', 'ar'\) or None, not 'xx'$"):
        paratag.parse("1. Text.", lang="xx")
    with pytest.raises(ValueError, match=r"^errors must be one of \('strict', 'replace'\), "
                                         r"not 'ignore'$"):
        paratag.parse("1. Text.", errors="ignore")
    with pytest.raises(TypeError, match=r"^tagger must be a paratag.Tagger, False or None, "
                                        r"not str$"):
        paratag.parse("1. Text.", tagger="builtin")
    with pytest.raises(FileNotFoundError):
        paratag.parse_file(EN.with_name("nosuch.txt"))


class FakeCore:
    """Just enough of a core document to test Document.unassigned()."""

    text = "ab  cd\n ef \n\ngh"
    regions = staticmethod(lambda: [(0, 2, "block", "text", 0), (13, 15, "furniture", "none", -1)])


def test_unassigned_reports_lost_text():
    # The real core leaves nothing out, so check the report on a made-up map.
    assert paratag.Document(FakeCore()).unassigned() == [(4, 10, "cd\n ef")]

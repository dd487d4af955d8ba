"""Bad and pathological input: invalid UTF-8, surrogates, NULs, empty text,
a 20 MB line, a million blank lines, and time linear in the input."""
import faulthandler

import pytest

import paratag
from linearity import assert_costs_at_most, assert_linear, repeat_to, report

# (bytes, byte offset of the first invalid sequence)
INVALID = {
    "start": (b"\xff1. Text.\n", 0),
    "middle": (b"1. Te\xffxt.\n", 5),
    "end": (b"1. Text.\n\xff", 9),
    "after-cjk": ("1. 中文".encode() + b"\xff\n", 9),
    "truncated-at-end": (b"1. Text\xe4\xb8", 7),
    "truncated-inside": (b"1. Te\xe4\xb8xt.\n", 5),
    "overlong-2": (b"1. Te\xc0\xafxt.\n", 5),
    "overlong-3": (b"1. Te\xe0\x80\xafxt.\n", 5),
    "surrogate": (b"1. Te\xed\xa0\x80xt.\n", 5),
    "above-max": (b"1. Te\xf4\x90\x80\x80xt.\n", 5),
    "lone-continuation": (b"1. Te\x80xt.\n", 5),
}


@pytest.mark.parametrize("data, pos", INVALID.values(), ids=INVALID.keys())
def test_invalid_utf8(data, pos):
    with pytest.raises(paratag.Error) as e:
        paratag.parse(data)
    assert isinstance(e.value, ValueError)
    assert e.value.pos == pos
    assert f"byte {pos}" in str(e.value)


@pytest.mark.parametrize("data, pos", INVALID.values(), ids=INVALID.keys())
def test_invalid_utf8_replaced(data, pos):
    doc = paratag.parse(data, errors="replace")
    assert doc.text.startswith(data[:pos].decode())
    assert "\ufffd" in doc.text
    assert doc.unassigned() == []


def test_bad_errors_value():
    with pytest.raises(ValueError):
        paratag.parse("1. Text.", errors="ignore")


def test_lone_surrogate():
    with pytest.raises(paratag.Error):
        paratag.parse("1. Te\ud800xt.\n")


def test_nul_kept():
    text = "1. The Committee met in\x00Vienna.\n"
    doc = paratag.parse(text)
    assert doc.text == text
    assert [b.text for b in doc.paragraphs] == ["The Committee met in\x00Vienna."]
    assert doc.unassigned() == []


@pytest.mark.parametrize("text", ["", b"", " ", "\n\n\n", " \t\r\n\u3000\n\u00a0\n"])
def test_nothing_in_nothing_out(text):
    doc = paratag.parse(text)
    assert len(doc) == 0 and doc.blocks == []
    assert doc.unassigned() == []


SENTENCE = "The Committee notes the report of the Secretary-General on the programme. "
MB = 1 << 20


@pytest.fixture
def deadline():
    """Abort with a traceback rather than hang if the parser goes quadratic."""
    faulthandler.dump_traceback_later(600, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def long_line(size):
    return repeat_to(SENTENCE, size)


def blank_lines(count):
    return "1. First paragraph.\n" + "\n" * count + "2. Second paragraph.\n"


def test_long_line(deadline):
    text = long_line(20 * MB)
    doc = paratag.parse(text)
    assert [b.kind for b in doc.blocks] == ["paragraph"]
    assert doc.blocks[0].text.split() == text.split()
    assert doc.unassigned() == []


def test_blank_lines(deadline):
    doc = paratag.parse(blank_lines(1_000_000))
    assert [(b.number, b.text) for b in doc.blocks] == [("1", "First paragraph."), ("2", "Second paragraph.")]
    assert doc.unassigned() == []


@pytest.mark.timing
@pytest.mark.parametrize("make", [long_line, lambda size: blank_lines(size - 40)],
                         ids=["long-line", "blank-lines"])
def test_linear_time(make, deadline):
    """A pathological input takes time linear in its size, up to 20 MB, and
    costs less than five times what a report of its size does."""
    assert_linear(paratag._core.parse, make, 20 * MB)
    good = report(20 * MB)
    assert_costs_at_most(paratag._core.parse, make(len(good.encode())), good, 5)


@pytest.mark.parametrize("on_error", ["collect", "skip"])
def test_parse_many_path_with_nul(tmp_path, on_error):
    """A path no file can have fails as its own input, in its turn, not the
    whole run before the first document."""
    good = tmp_path / "good.txt"
    good.write_text("1. Text.\n", encoding="utf-8")
    results = list(paratag.parse_many([good, "a\x00b", good], on_error=on_error))
    docs = [r for r in results if isinstance(r, paratag.Document)]
    assert [d.blocks[0].text for d in docs] == ["Text.", "Text."]
    failures = [r for r in results if isinstance(r, paratag.ParseFailure)]
    if on_error == "collect":
        assert [(f.index, f.path) for f in failures] == [(1, "a\x00b")]
        assert "null" in failures[0].reason
    else:
        assert failures == []


@pytest.mark.parametrize("bom_line", ["\ufeff2. It adopted it.", "\ufeff\n2. It adopted it."],
                         ids=["before-text", "alone"])
def test_byte_order_mark_on_a_later_line(bom_line):
    """Files joined with `cat` keep each one's byte order mark: it ends the
    paragraph before it, as a separator, and is no text."""
    doc = paratag.parse("1. The Committee met.\n" + bom_line + "\n")
    assert [(b.number, b.text) for b in doc.paragraphs] == \
        [("1", "The Committee met."), ("2", "It adopted it.")]
    assert [(r.start, r.kind, r.role) for r in doc.regions if r.kind != "block"] == \
        [(22, "furniture", "separator")]
    assert doc.unassigned() == []

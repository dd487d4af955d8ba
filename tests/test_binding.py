"""The C binding (csrc/module.c): what paratag._core's errors carry, how it
reads its arguments, its types, its module state, and its code-point
offsets."""
import importlib.util
import threading
from array import array
from concurrent.futures import ThreadPoolExecutor

import pytest

import paratag
from paratag import _core


# ---- errors -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["1. 中国\ud800", "\udfff", "1. é𠀀 x\ud800\ud800y", "ab\udc80"])
def test_lone_surrogate_pos_is_a_byte_offset(text):
    """.pos counts UTF-8 bytes for a str as for bytes: the length in UTF-8
    of the text before the first lone surrogate, not its index."""
    index = next(i for i, c in enumerate(text) if 0xD800 <= ord(c) <= 0xDFFF)
    with pytest.raises(paratag.Error) as e:
        paratag.parse(text)
    assert e.value.pos == len(text[:index].encode("utf-8"))
    assert e.value.line is None
    assert f"at index {index} (byte {e.value.pos} in UTF-8)" in str(e.value)


def test_lone_surrogate_after_chinese():
    with pytest.raises(paratag.Error) as e:
        paratag.parse("1. 中国\ud800")
    assert e.value.pos == 9  # "1. " is 3 bytes and 中国 6; the index is 5


def test_invalid_utf8_has_no_line():
    with pytest.raises(paratag.Error) as e:
        paratag.parse("1. 中文".encode() + b"\xff\n")
    assert (e.value.pos, e.value.line) == (9, None)


def test_gazetteer_error_has_line_and_byte_pos():
    text = "# 注释\n\nORG\tonly two fields\n"
    with pytest.raises(paratag.Error) as e:
        _core.Tagger([("mine", text)], icu_countries=False)
    assert e.value.line == 3
    assert e.value.pos == len("# 注释\n\n".encode("utf-8")) == 10
    assert str(e.value).startswith("mine:3: ")


def test_tagger_extra_error_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("ORG\tExample Network\ten\tEN\n\nORG\tonly two\n", encoding="utf-8")
    with pytest.raises(paratag.Error) as e:
        paratag.Tagger(extra=bad, builtin=False)
    assert (e.value.line, e.value.pos) == (3, 27)


# ---- arguments --------------------------------------------------------------

DOC = _core.parse("1. France met.\n\n2. More text here.\n")

BAD_CALLS = [
    (lambda: _core.parse(), TypeError, "parse() missing required argument 'text' (pos 1)"),
    (lambda: _core.parse(lang="en"), TypeError, "parse() missing required argument 'text' (pos 1)"),
    (lambda: _core.parse("x", None, False, None, 5), TypeError,
     "parse() takes at most 4 arguments (5 given)"),
    (lambda: _core.parse(text="x", lang=None, replace_invalid=False, tagger=None, bogus=1),
     TypeError, "parse() takes at most 4 keyword arguments (5 given)"),
    (lambda: _core.parse("x", bogus=1), TypeError,
     "'bogus' is an invalid keyword argument for parse()"),
    (lambda: _core.parse("x", text="y"), TypeError,
     "argument for parse() given by name ('text') and position (1)"),
    (lambda: _core.parse("x", tagger=1), TypeError, "tagger must be a _core.Tagger, not int"),
    (lambda: _core.parse(1), TypeError, "cannot convert 'int' object to bytes"),
    (lambda: DOC.tokens(), TypeError, "tokens() missing required argument 'block' (pos 1)"),
    (lambda: DOC.tokens(punctuation=False), TypeError,
     "tokens() missing required argument 'block' (pos 1)"),
    (lambda: DOC.tokens("0"), TypeError, "'str' object cannot be interpreted as an integer"),
    (lambda: DOC.tokens(0, 1, 2), TypeError, "tokens() takes at most 2 arguments (3 given)"),
    (lambda: DOC.tokens(0, x=1), TypeError, "'x' is an invalid keyword argument for tokens()"),
    (lambda: DOC.tokens(2), IndexError, "block index out of range"),
    (lambda: DOC.tokens(2**70), OverflowError, "Python int too large to convert to C ssize_t"),
    (lambda: DOC.sentence_columns(0, 1), TypeError,
     "sentence_columns() takes at most 1 argument (2 given)"),
    (lambda: DOC.sentence_columns(a=1, b=2), TypeError,
     "sentence_columns() takes at most 1 keyword argument (2 given)"),
    (lambda: DOC.sentence_columns("0"), TypeError, "an integer is required"),
    (lambda: DOC.token_columns(x=1), TypeError,
     "'x' is an invalid keyword argument for token_columns()"),
    (lambda: DOC.sentences(block=0), TypeError, "Doc.sentences() takes no keyword arguments"),
    (lambda: DOC.block(), TypeError, "Doc.block() takes exactly one argument (0 given)"),
]


@pytest.mark.parametrize("call, exc, message", BAD_CALLS, ids=[m for _, _, m in BAD_CALLS])
def test_bad_arguments(call, exc, message):
    with pytest.raises(exc) as e:
        call()
    assert str(e.value) == message


class Falsy:
    def __bool__(self):
        raise RuntimeError("no truth value")


def test_flags_are_read_by_truth():
    assert DOC.tokens(0, punctuation=[]) == ["France", "met"]
    assert DOC.tokens(block=0, punctuation=1) == ["France", "met", "."]
    with pytest.raises(RuntimeError, match="no truth value"):
        DOC.token_columns(punctuation=Falsy())
    with pytest.raises(RuntimeError, match="no truth value"):
        _core.parse("x", replace_invalid=Falsy())


def test_arguments_by_position_and_by_name_agree():
    tagger = _core.Tagger([("mine", "ORG\tExample Network\ten\tEN\n")], icu_countries=False)
    a = _core.parse("1. EN met.\n", "en", False, tagger)
    b = _core.parse(tagger=tagger, text="1. EN met.\n", lang="en")
    assert a.block(0) == b.block(0) and a.block(0)[5][0][0] == "ORG"
    assert DOC.token_columns(None, False) == DOC.token_columns(punctuation=False)
    assert DOC.token_columns(-1) == DOC.token_columns(block=1) != DOC.token_columns()
    assert DOC.sentence_columns(None) == DOC.sentence_columns()


# ---- types and module state -------------------------------------------------

@pytest.mark.parametrize("cls", [_core.Doc, _core.Tagger])
def test_types_are_final_and_immutable(cls):
    with pytest.raises(TypeError):
        type("Sub", (cls,), {})
    with pytest.raises(TypeError):
        cls.extra = 1
    assert cls.__module__ == "paratag._core"


def test_doc_is_made_by_parse_only():
    with pytest.raises(TypeError, match="cannot create 'paratag._core.Doc' instances"):
        _core.Doc()


def test_a_second_module_instance_has_state_of_its_own():
    """Multi-phase initialisation: loading the extension again makes a new
    module with its own exception, types and segmenter pools."""
    spec = importlib.util.spec_from_file_location("paratag._core", _core.__file__)
    other = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(other)
    assert other is not _core
    assert other.Error is not _core.Error and other.Doc is not _core.Doc
    assert issubclass(other.Error, ValueError)
    doc = other.parse("1. France met.\n")
    assert type(doc) is other.Doc
    assert doc.tokens(0) == DOC.tokens(0)
    with pytest.raises(TypeError):  # a tagger of the other module
        other.parse("x", tagger=_core.Tagger([], icu_countries=False))
    with pytest.raises(other.Error) as e:
        other.parse(b"\xff")
    assert not isinstance(e.value, _core.Error) and e.value.pos == 0


def test_more_threads_than_pooled_segmenters():
    """Threads take segmenters from the pool and give them back under its
    lock; sixteen at once, more than the pool keeps (8), free the extra
    ones."""
    doc = paratag.parse("\n\n".join(f"{k}. France and China met on 5 May 2020. Then they left."
                                    for k in range(1, 200)))
    expected = [(doc.token_columns(), doc.sentence_columns())] * 3
    start = threading.Barrier(16, timeout=60)

    def work(_):
        start.wait()
        return [(doc.token_columns(), doc.sentence_columns()) for _ in range(3)]

    with ThreadPoolExecutor(16) as pool:
        assert list(pool.map(work, range(16))) == [expected] * 16


# ---- entity sources ---------------------------------------------------------

def many_sources(n):
    """A document naming n organisations, each from a gazetteer of its own."""
    names = ["Zorg" + "".join(chr(ord("a") + int(d)) for d in f"{k:05d}") for k in range(n)]
    tagger = _core.Tagger([(f"g{k}", f"ORG\tOrg {k}\ten\t{name}\n") for k, name in enumerate(names)],
                          icu_countries=False)
    return _core.parse("1. " + ", ".join(names) + ".\n", lang="en", tagger=tagger)


@pytest.mark.parametrize("n, code", [(128, "b"), (129, "h"), (300, "h"), (32769, "i")])
def test_sources_have_no_cap(n, code):
    """A document may have any number of sources: their codes are int8 as
    long as int8 holds them (every document of the corpus), then int16,
    then int32, len(source) // len(label) bytes each."""
    doc = many_sources(n)
    cols = doc.entity_columns()
    entities = doc.block(0)[5]
    assert len(entities) == len(cols["sources"]) == n
    assert len(cols["source"]) // len(cols["label"]) == array(code).itemsize
    codes = array(code, cols["source"])
    assert [cols["sources"][c] for c in codes] == [e[4] for e in entities] == \
        [f"gazetteer:g{k}" for k in range(n)]


def test_sources_are_coded_in_order_of_first_use():
    doc = paratag.parse("1. France and China met on 5 May 2020 in France, Ecuador and China.\n")
    cols = doc.entity_columns()
    seen = list(dict.fromkeys(e.source for e in doc.entities))
    assert cols["sources"] == tuple(seen) and len(seen) >= 2
    assert [cols["sources"][c] for c in array("b", cols["source"])] == \
        [e.source for e in doc.entities]


# ---- code points ------------------------------------------------------------

@pytest.mark.parametrize("filler", ["é", "中", "𠀀"])
def test_offsets_do_not_depend_on_character_width(filler):
    """Every code-point offset the binding reports (regions, raw spans,
    entities, raw entity offsets) is the same whether the characters before
    it take one UTF-8 byte or two, three or four, across the 256-byte
    strides of the offset table."""
    lines = [f"{k}. France {'~' * (k % 29)} and China met on 5 May 2020." for k in range(1, 150)]
    ascii_text = "\n\n".join(lines)
    wide_text = ascii_text.replace("~", filler)
    narrow, wide = (_core.parse(t, lang="en", tagger=paratag.Tagger()._core)
                    for t in (ascii_text, wide_text))
    assert len(wide_text.encode()) > len(ascii_text.encode()) + 2000
    assert narrow.regions() == wide.regions()
    assert len(narrow) == len(wide) == len(lines)
    for i in range(len(narrow)):
        a, b = narrow.block(i), wide.block(i)
        assert a[4] == b[4]  # raw spans
        assert [e[1:3] for e in a[5]] == [e[1:3] for e in b[5]]
    ca, cb = narrow.entity_columns(), wide.entity_columns()
    for key in ("start", "end", "raw_start", "raw_end"):
        assert ca[key] == cb[key]
    assert len(ca["start"]) > 400

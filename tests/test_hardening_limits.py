"""Hardening against what users pass: names of any length and number cost
time linear in the text, `extra` is bounded with clear errors and takes no
surprising coercion."""
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import unsanitized_only

import paratag
from linearity import assert_costs_at_most, assert_linear

WORD = "report"


class Case(str):
    """A text, and the tagger with the entry it is tested against."""

    tagger: paratag.Tagger


def long_entry_case(words):
    """An entry of `words` times one word, and a text 1500 times the
    entry's prefix cut short: every word of it begins a walk through the
    whole entry for a matcher that starts over at each word."""
    entry = " ".join([WORD] * words)
    case = Case("1. " + (" ".join([WORD] * (words - 1)) + " stop ") * 1500 + "\n")
    case.tagger = paratag.Tagger(extra=[("ORG", "Long Entry", "en", entry, entry + " x")],
                                 builtin=False, icu_countries=False)
    return case


def run(case):
    paratag.parse(case, tagger=case.tagger)


@pytest.mark.timing
def test_long_entry_matching_is_linear():
    """Four times the entry and four times the text take at most five times
    the time (it took sixteen when each word walked the entry again), and
    the time grows linearly over four sizes."""
    assert_costs_at_most(run, long_entry_case(140), long_entry_case(35), 5)
    assert_linear(run, lambda n: long_entry_case(n // 4), 4 * 140)


def test_long_entry_still_matches():
    case = long_entry_case(3)
    text = case + " ".join([WORD] * 3) + " x.\n"
    found = [(e.text, e.value) for e in paratag.parse(text, tagger=case.tagger).entities]
    assert found == [(" ".join([WORD] * 3) + " x", "Long Entry")]


def test_names_overlapping_and_nested_all_found():
    """Names that begin inside another name under way are found, at word
    starts only."""
    tagger = paratag.Tagger(extra=[("ORG", "A", "en", "Alpha Beta Gamma Delta"),
                                   ("ORG", "B", "en", "Beta Gamma Epsilon"),
                                   ("PLACE", "C", "en", "Gamma"),
                                   ("PLACE", "D", "en", "mma Epsilon")],
                            builtin=False, icu_countries=False)
    doc = paratag.parse("1. Alpha Beta Gamma Epsilon met.\n", tagger=tagger)
    assert [(e.text, e.value) for e in doc.entities] == [("Beta Gamma Epsilon", "B")]
    doc = paratag.parse("1. Alpha Beta Gamma Zeta met.\n", tagger=tagger)
    assert [(e.text, e.value) for e in doc.entities] == [("Gamma", "C")]


@pytest.mark.parametrize("entry, message", [
    (("ORG", "X", "en", "x" * 1025), "extra:1: name longer than 1024 bytes"),
    (("ORG", "X" * 256, "en", "x"), "extra:1: value longer than 255 bytes"),
    (("ORG", "X", "EN", "x"), "extra:1: unknown language"),
    (("ORG", "X", "xx", "x"), "extra:1: unknown language"),
], ids=["long-name", "long-value", "upper-case-language", "unknown-language"])
def test_extra_bounded_with_clear_errors(entry, message):
    with pytest.raises(paratag.Error, match=message) as e:
        paratag.Tagger(extra=[entry], builtin=False, icu_countries=False)
    assert e.value.line == 1


def test_extra_names_at_the_limits_load():
    tagger = paratag.Tagger(extra=[("ORG", "X" * 255, "*", "名" * 341)],
                            builtin=False, icu_countries=False)
    assert tagger.size == 1


def test_extra_entry_count_bounded():
    entries = [("PLACE", "P", "en", f"Place {n}") for n in range(100_001)]
    with pytest.raises(paratag.Error, match="extra:100001: more than 100000 entries"):
        paratag.Tagger(extra=entries, builtin=False, icu_countries=False)
    assert paratag.Tagger(extra=entries[:100_000], builtin=False,
                          icu_countries=False).size == 100_000


@pytest.mark.parametrize("entry", [("ORG", "X", "en", None), ("ORG", None, "en", "x"),
                                   ("ORG", "X", "en", 7)], ids=["name", "value", "int"])
def test_extra_fields_not_coerced(entry):
    """None is no name 'None'."""
    with pytest.raises(TypeError, match="extra entry 1: fields must be str"):
        paratag.Tagger(extra=[entry], builtin=False, icu_countries=False)


def test_extra_any_language():
    tagger = paratag.Tagger(extra=[("ORG", "Example Body", "*", "Example Body")],
                            builtin=False, icu_countries=False)
    for lang in ("en", "fr"):
        doc = paratag.parse("1. The Example Body met.\n", lang=lang, tagger=tagger)
        assert [e.value for e in doc.entities] == ["Example Body"]


def test_extra_tsv_with_byte_order_mark(tmp_path):
    """Editors on Windows begin UTF-8 files with a BOM."""
    tsv = tmp_path / "extra.tsv"
    tsv.write_bytes("\ufeffORG\tExample Body\ten\tExample Body\n".encode("utf-8"))
    doc = paratag.parse("1. The Example Body met.\n", tagger=paratag.Tagger(extra=tsv))
    assert [e.value for e in doc.entities] == ["Example Body"]


INTERRUPTED = r"""
import sys, time
sys.path.insert(0, "tests")
import paratag
from linearity import report
text = report(200 << 20)
paratag.parse("1. Warm up.", tagger=paratag._tagger.default_tagger())
print("parsing", flush=True)
try:
    paratag.parse(text)
except KeyboardInterrupt:
    print("interrupted", time.monotonic(), flush=True)
else:
    print("finished", time.monotonic(), flush=True)
"""


@unsanitized_only
def test_ctrl_c_stops_a_long_parse():
    """SIGINT during a 200 MB parse (some seconds) raises KeyboardInterrupt
    within a second, not when the parse is done."""
    with subprocess.Popen([sys.executable, "-c", INTERRUPTED], stdout=subprocess.PIPE,
                          text=True, cwd=Path(__file__).parent.parent) as child:
        try:
            assert child.stdout.readline() == "parsing\n"
            time.sleep(0.5)
            sent = time.monotonic()
            child.send_signal(signal.SIGINT)
            what, when = child.stdout.readline().split()
            assert what == "interrupted"
            assert float(when) - sent < 1.0
        finally:
            child.kill()

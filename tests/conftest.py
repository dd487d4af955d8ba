"""Shared helpers: where the test data is, and how to run the command line."""
import os
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "paratag" / "data"
# the corpus, gold and devset slice the tests read (tests/data/README.md)
DATA = REPO / "tests" / "data"
CORPUS = DATA / "corpus"


# The suite runs a second time against the extension built with ASan and
# UBSan (.ci/test): there memory is held in ASan's quarantine and the core
# runs several times slower, so what measures RSS or wall time says nothing.
SANITIZED = "libasan" in os.environ.get("LD_PRELOAD", "")
unsanitized_only = pytest.mark.skipif(
    SANITIZED, reason="measures memory or wall time, which ASan changes")


def data_files(pattern):
    """Files of tests/data matching `pattern`, sorted.  Never none: a test
    parametrized by them fails to collect rather than skip."""
    paths = sorted(DATA.glob(pattern))
    if not paths:
        raise FileNotFoundError(f"no {pattern} in {DATA}")
    return paths


# the corpus's reports, and the devset's Chinese and English lines
REPORTS_AND_DEVSET = data_files("corpus/*.txt") + data_files("corpus/unpc-devset/devset.zh.txt") + \
    data_files("corpus/unpc-devset/devset.en.txt")


def ids(paths):
    """Test ids for parametrized paths: their base names."""
    return [p.name for p in paths]


def raw_texts(doc):
    """The raw text of each entity of `doc`, in order, as the raw offsets of
    its entity columns name it."""
    cols = doc.entity_columns()
    spans = zip(array("q", cols["raw_start"]), array("q", cols["raw_end"]))
    return [doc.text[start:end] for start, end in spans]


def squeezed(s):
    return re.sub(r"\s", "", s.replace("\ufffe", "-"))


def is_subsequence(small, big):
    it = iter(big)
    return all(ch in it for ch in small)


def assert_in_raw(text, raw):
    """An entity's raw slice runs from its first character's origin to just
    after its last one's: its own text when it sits on one line; across
    lines it also holds the line breaks, and any page furniture or footnote
    mark the clean text left out on the way."""
    assert raw[:1] == text[:1] or raw[:1] == "\ufffe", (text, raw)
    assert raw[-1:] == text[-1:] or raw[-1:] == "\ufffe", (text, raw)
    assert is_subsequence(squeezed(text), squeezed(raw)), (text, raw)


def header_from_data(name):
    """csrc/NAME.h and what csrc/NAME.py makes of paratag/data/NAME.txt, to
    check that a generated word table was remade after its data changed."""
    import importlib.util
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location(name, root / "csrc" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data = (root / "paratag" / "data" / f"{name}.txt").read_text(encoding="utf-8")
    return (root / "csrc" / f"{name}.h").read_text(encoding="utf-8"), module.header_text(data)


def cli(*args, stdin=None):
    """Run `python -m paratag ARGS` from the repo root; text stdout/stderr."""
    return subprocess.run([sys.executable, "-m", "paratag", *map(str, args)],
                          cwd=REPO, input=stdin, capture_output=True,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


# Hypothesis explores new examples on a developer's machine; CI replays a
# fixed sequence, so that a run lands or fails on the code alone.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    _hypothesis_settings.load_profile("ci")

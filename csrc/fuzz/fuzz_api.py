"""Atheris harness over paratag's Python API: parse() of str and bytes with
every option, Tagger(extra=...) from fuzzed entries, to_json() read back,
and the entity and block frames.

    python3 csrc/fuzz/fuzz_api.py [libFuzzer options] [CORPUS_DIR...]

The input is read through atheris.FuzzedDataProvider: option bytes first
(how to pass the text, language, errors mode, tagger), then up to three
extra entries, then the text.  A clear error (paratag.Error, or ValueError
and TypeError for a bad argument or entry) is fine; any other exception,
a crash, or a result that breaks what users rely on (text lost, JSON that
does not read back, a frame whose rows are not the entities) is a finding.
The C core is not instrumented for coverage here (csrc/fuzz/fuzz_*.c fuzz
it with libFuzzer); the Python side of the binding and the package is.
"""
import json
import sys

import atheris

with atheris.instrument_imports():
    import paratag

LANGS = [None, "zh", "en", "fr", "es", "ru", "ar", "xx"]
LABELS = ["COUNTRY", "PLACE", "ORG", "EVENT", "INSTRUMENT", "PERSON", "NONE", "BAD"]
DEFAULT = paratag.Tagger()


def extra_entries(fdp):
    """Up to three entries (label, value, lang, surface, ...), some fields
    not str, some entries too short."""
    entries = []
    for _ in range(fdp.ConsumeIntInRange(0, 3)):
        fields = [LABELS[fdp.ConsumeIntInRange(0, 7)]]
        for _ in range(fdp.ConsumeIntInRange(0, 4)):
            kind = fdp.ConsumeIntInRange(0, 7)
            fields.append(None if kind == 0 else fdp.ConsumeInt(2) if kind == 1
                          else fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 24)))
        entries.append(tuple(fields))
    return entries


def check(doc):
    assert doc.unassigned() == [], "text lost"
    data = json.loads(doc.to_json())
    assert len(data["blocks"]) == len(doc.blocks)
    for block in doc.blocks:
        for e in block.entities:
            assert 0 <= e.start < e.end <= len(block.text)
    if doc.entities:
        frame = doc.to_pandas()
        assert len(frame) == len(doc.entities), "a frame row per entity"
    assert len(doc.blocks_frame()) == len(doc.blocks)


def test_one_input(data):
    fdp = atheris.FuzzedDataProvider(data)
    as_str, replace = fdp.ConsumeBool(), fdp.ConsumeBool()
    lang = LANGS[fdp.ConsumeIntInRange(0, 7)]
    which = fdp.ConsumeIntInRange(0, 2)
    entries = extra_entries(fdp) if which == 2 else None
    # bad bytes become lone surrogates in a str, which parse() must refuse
    raw = fdp.ConsumeBytes(fdp.remaining_bytes())
    text = raw.decode("utf-8", "surrogateescape") if as_str else raw
    try:
        tagger = (None if which == 0 else False if which == 1 else
                  paratag.Tagger(extra=entries, builtin=False, icu_countries=False))
    except (ValueError, TypeError):
        return
    if which == 0:
        tagger = DEFAULT
    try:
        doc = paratag.parse(text, lang=lang, errors="replace" if replace else "strict",
                            tagger=tagger)
    except ValueError as e:  # paratag.Error, a bad lang
        assert isinstance(e, paratag.Error) or lang == "xx", e
        return
    check(doc)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()

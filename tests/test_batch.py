"""parse_many: input order, threads, bad documents, progress."""
import sys

import pytest
from conftest import SAMPLES, data_files

import paratag
from paratag import _batch

EN, ZH = SAMPLES / "sample.en.txt", SAMPLES / "sample.zh.txt"
REPORTS = data_files("corpus/*.txt")


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_input_order_and_equal_to_parse(workers):
    inputs = REPORTS * 3 + [EN.read_bytes(), str(ZH)]
    docs = list(paratag.parse_many(inputs, workers=workers))
    expected = [paratag.parse_file(p).to_dict() for p in REPORTS * 3] + \
        [paratag.parse_file(EN).to_dict(), paratag.parse_file(ZH).to_dict()]
    assert [d.to_dict() for d in docs] == expected


def test_options_reach_the_parser():
    tagger = paratag.Tagger(extra=[("ORG", "Made-up Body", "en", "Made-up Body")])
    text = "1. The Made-up Body met in Paris.\n".encode()
    doc, = paratag.parse_many([text], tagger=tagger)
    assert ("ORG", "Made-up Body") in [(e.label, e.value) for e in doc.entities]
    forced, = paratag.parse_many([text], lang="fr")
    assert forced.language == "fr"
    untagged, = paratag.parse_many([text], tagger=False)
    assert untagged.entities == []
    bad = b"1. Caf\xe9.\n"
    replaced, = paratag.parse_many([bad], errors="replace")
    assert replaced.paragraphs[0].text == "Caf\ufffd."


def test_str_is_a_path_unless_texts():
    with pytest.raises(FileNotFoundError):
        list(paratag.parse_many(["1. Nigeria.\n"]))
    doc, = paratag.parse_many(["1. Nigeria.\n"], texts=True)
    assert [e.value for e in doc.entities] == ["NGA"]


def test_on_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"1. Caf\xe9.\n")
    missing = tmp_path / "missing.txt"
    inputs = [EN, bad, missing, b"\xff", ZH]
    with pytest.raises(paratag.Error):
        list(paratag.parse_many(inputs))
    kept = list(paratag.parse_many(inputs, on_error="skip"))
    assert [d.to_dict() for d in kept] == [paratag.parse_file(p).to_dict() for p in (EN, ZH)]
    results = list(paratag.parse_many(inputs, on_error="collect"))
    assert isinstance(results[0], paratag.Document) and isinstance(results[4], paratag.Document)
    failures = results[1:4]
    assert [(f.index, f.path) for f in failures] == [(1, bad), (2, missing), (3, None)]
    assert isinstance(failures[0].error, paratag.Error) and failures[0].error.pos == 6
    assert isinstance(failures[1].error, FileNotFoundError)
    assert str(failures[1]) == f"{missing}: No such file or directory"
    assert str(failures[2]).startswith("input 3: ")


def test_bad_arguments_fail_at_once():
    with pytest.raises(ValueError, match=r"^on_error must be one of \('raise', 'skip', "
                                         r"'collect'\), not 'ignore'$"):
        paratag.parse_many([EN], on_error="ignore")
    with pytest.raises(ValueError, match=r"^lang must be one of .* or None, not 'xx'$"):
        paratag.parse_many([EN], lang="xx", on_error="skip")  # not taken for a bad document
    with pytest.raises(ValueError, match=r"^errors must be one of .*, not 'ignore'$"):
        paratag.parse_many([EN], errors="ignore", on_error="skip")
    with pytest.raises(TypeError, match=r"^tagger must be a paratag.Tagger, False or None, "
                                        r"not int$"):
        paratag.parse_many([EN], tagger=1, on_error="skip")
    with pytest.raises(ValueError, match=r"^workers must be a positive int or None, not 0$"):
        paratag.parse_many([EN], workers=0)
    with pytest.raises(ValueError, match=r"^progress must be True, False or 'auto', "
                                         r"not 'yes'$"):
        paratag.parse_many([EN], progress="yes")
    with pytest.raises(TypeError, match="iterable of paths"):
        paratag.parse_many(str(EN))
    with pytest.raises(TypeError, match="input 1"):
        list(paratag.parse_many([EN, 42], on_error="collect"))


def test_bounded_in_flight():
    """A lazy input is read only a few documents ahead of the consumer."""
    pulled = []

    def inputs():
        for i in range(10_000):
            pulled.append(i)
            yield b"1. Nigeria and France.\n"

    results = paratag.parse_many(inputs(), workers=2)
    next(results)
    assert len(pulled) <= (2 * _batch.CHUNKS_PER_WORKER + 1) * _batch.CHUNK_ITEMS
    results.close()  # stops early without waiting for the rest


def test_progress_bar_on_stderr(capsys):
    pytest.importorskip("tqdm")
    docs = list(paratag.parse_many([EN, ZH, EN], progress=True))
    assert len(docs) == 3
    err = capsys.readouterr().err
    assert "paratag: 100%" in err and "3/3" in err


def test_progress_without_tqdm(monkeypatch):
    monkeypatch.setitem(sys.modules, "tqdm", None)
    with pytest.raises(ImportError, match=r"needs tqdm: pip install 'paratag\[progress\]'"):
        paratag.parse_many([EN], progress=True)
    assert len(list(paratag.parse_many([EN], progress="auto"))) == 1  # auto: quietly none

"""Document.entity_columns(): the column form of doc.entities that data
frames are built on, checked against the entity objects on the corpus."""
from array import array

import pytest

import paratag
from conftest import CORPUS, REPORTS_AND_DEVSET, assert_in_raw, ids
KEYS = {"block", "label", "labels", "source", "sources", "start", "end", "raw_start", "raw_end",
        "text_offsets", "value_offsets", "text_data", "value_data"}
LABELS = ("NONE", "COUNTRY", "PLACE", "ORG", "EVENT", "INSTRUMENT", "PROVISION", "DOCSYMBOL",
          "RESOLUTION", "AGENDA_ITEM", "DATE", "MONEY", "QUANTITY", "URL", "PERSON")


def unpack(cols):
    """The columns as Python lists, one dict entry per column."""
    out = {}
    for name, code in [("block", "i"), ("start", "i"), ("end", "i"), ("label", "b"),
                       ("source", "b"), ("raw_start", "q"), ("raw_end", "q"),
                       ("text_offsets", "q"), ("value_offsets", "q")]:
        assert array(code).itemsize == {"i": 4, "b": 1, "q": 8}[code]
        out[name] = array(code, cols[name]).tolist()
    return out


def strings(offsets, data):
    return [data[a:b].decode("utf-8") for a, b in zip(offsets, offsets[1:])]


@pytest.mark.parametrize("path", REPORTS_AND_DEVSET, ids=ids(REPORTS_AND_DEVSET))
def test_columns_agree_with_entities(path):
    doc = paratag.parse_file(path, errors="replace")
    cols = doc.entity_columns()
    assert set(cols) == KEYS
    assert cols["labels"] == LABELS
    c = unpack(cols)
    blocks = doc.blocks
    expected = [(i, e) for i, b in enumerate(blocks) for e in b.entities]
    assert len(c["block"]) == len(expected)
    assert len(c["text_offsets"]) == len(c["value_offsets"]) == len(expected) + 1
    texts = strings(c["text_offsets"], cols["text_data"])
    values = strings(c["value_offsets"], cols["value_data"])
    for k, (i, e) in enumerate(expected):
        assert c["block"][k] == i
        assert cols["labels"][c["label"][k]] == e.label
        assert cols["sources"][c["source"][k]] == e.source
        assert (c["start"][k], c["end"][k]) == (e.start, e.end)
        assert texts[k] == e.text
        assert values[k] == e.value
        assert_in_raw(e.text, doc.text[c["raw_start"][k]:c["raw_end"][k]])
        assert blocks[i].raw_spans[0][0] <= c["raw_start"][k]
        assert c["raw_end"][k] <= blocks[i].raw_spans[-1][1]
    assert sorted(set(cols["sources"])) == sorted(cols["sources"])


def test_raw_offsets_on_the_chinese_report():
    doc = paratag.parse_file(CORPUS / "000_1896683c96b304d7.txt")
    cols = doc.entity_columns()
    c = unpack(cols)
    texts = strings(c["text_offsets"], cols["text_data"])
    raws = [doc.text[a:b] for a, b in zip(c["raw_start"], c["raw_end"])]
    pairs = set(zip(texts, raws))
    # one line: the raw slice is the entity
    assert ("2018 年 6 月 6 日", "2018 年 6 月 6 日") in pairs
    # a symbol broken across lines after "/": the break is in the raw slice
    assert ("CAC/COSP/IRG/2018/CRP.2", "CAC/COSP/IRG/2018/ \n\nCRP.2") in pairs
    # a name broken by a page footer: the footer's link lies inside
    assert any(t == "资产追回问题全球论坛" and r.startswith("资产追回问题全球\n\nhttp://undocs.org/")
               for t, r in pairs)
    assert sum(r == t for t, r in zip(texts, raws)) > 0.8 * len(texts)


def test_english_raw_offsets():
    doc = paratag.parse_file(CORPUS / "A_61_917.en.txt")
    c = unpack(doc.entity_columns())
    assert c["block"]
    for (k, e), a, b in zip(enumerate(doc.entities), c["raw_start"], c["raw_end"]):
        if "\n" not in doc.text[a:b]:
            assert doc.text[a:b] == e.text


@pytest.mark.parametrize("text", ["", "   \n\n", b"", "1. No entity here at all."])
def test_empty(text):
    cols = paratag.parse(text).entity_columns()
    assert set(cols) == KEYS
    for name in ("block", "label", "source", "start", "end", "raw_start", "raw_end",
                 "text_data", "value_data"):
        assert cols[name] == b""
    assert cols["text_offsets"] == cols["value_offsets"] == bytes(8)
    assert cols["sources"] == ()
    assert cols["labels"] == LABELS


def test_without_tagger():
    doc = paratag.parse_file(CORPUS / "A_61_917.en.txt", tagger=False)
    cols = doc.entity_columns()
    assert len(doc) > 0 and doc.entities == []
    assert cols["block"] == b"" and cols["sources"] == ()
    assert cols["text_offsets"] == bytes(8)


def test_columns_of_a_made_up_text():
    doc = paratag.parse("1. 世界银行返还了 3.21 亿美元。\n\n2. Nigeria met on 21 March 2018.\n", lang="zh")
    cols = doc.entity_columns()
    c = unpack(cols)
    got = [(b, cols["labels"][l], t, v) for b, l, t, v in
           zip(c["block"], c["label"], strings(c["text_offsets"], cols["text_data"]),
               strings(c["value_offsets"], cols["value_data"]))]
    assert (0, "MONEY", "3.21 亿美元", "USD 321000000") in got
    for k, (_, _, t, _) in enumerate(got):
        assert doc.text[c["raw_start"][k]:c["raw_end"][k]] == t


def test_timings():
    doc = paratag.parse_file(CORPUS / "000_1896683c96b304d7.txt")
    timings = doc._core.timings
    assert set(timings) == {"lines", "blocks", "entities"}
    assert all(isinstance(t, float) and 0 <= t < 60 for t in timings.values())
    assert paratag.parse("1. x\n", tagger=False)._core.timings["entities"] < 0.01


def test_raw_offsets_across_character_widths():
    """Code point offsets come from a table counted eight bytes at a time;
    entities after every mix of one-, two-, three- and four-byte
    characters, across its 256-byte strides, slice out their own text."""
    lines = [f"{k}. {'é' * (k % 7)}{'中' * (k % 5)}{'𠀀' * (k % 3)}{'x' * (k % 11)} "
             f"France and China met on 5 May 2020." for k in range(1, 120)]
    for text in ("\n\n".join(lines), "\n\n".join(lines).encode()):
        doc = paratag.parse(text)
        c = unpack(doc.entity_columns())
        assert len(c["raw_start"]) > 200
        for e, a, b in zip(doc.entities, c["raw_start"], c["raw_end"]):
            assert doc.text[a:b] == e.text

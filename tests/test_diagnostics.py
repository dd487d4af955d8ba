"""Document.diagnostics(): what a careful reader would flag, each on text
written for the test; empty on the shared gold's reports; and the property
behind the footnote-mark rules: no letter, digit or URL character is taken
out of the text as a mark unless the document shows that footnote or the
mark stands where only a mark can."""
import json
import re
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

import paratag
from conftest import CORPUS, DATA, cli, data_files

SENTENCE = ("The committee reviewed the progress made by the secretariat in carrying out the "
            "work programme of the past biennium")


def codes(text):
    return [(d.code, d.block) for d in paratag.parse(text).diagnostics()]


def test_numbering():
    text = f"1. {SENTENCE}.\n2. {SENTENCE}.\n4. {SENTENCE}.\n"
    diags = paratag.parse(text).diagnostics()
    assert [(d.code, d.block, d.message) for d in diags] == [
        ("number_skips", 2, "paragraph 4 after 2")]
    assert text[diags[0].offset:].startswith("4.")
    text = f"1. {SENTENCE}.\n2. {SENTENCE}.\n3. {SENTENCE}.\n"
    assert codes(text) == []


def test_headings_out_of_sequence():
    text = (f"I. First\n1. {SENTENCE}.\nA. One\n2. {SENTENCE}.\nC. Three\n3. {SENTENCE}.\n"
            f"II. Second\nA. One again\n4. {SENTENCE}.\n")
    assert codes(text) == [("heading_sequence", 4)]


def test_subheadings_start_afresh_under_an_unnumbered_heading():
    # "1." to "3." under one agenda item, "1." again under the next one;
    # a skip under one heading is still flagged
    sub = "(Agenda item {})\nThe representative of the secretariat presented the document.\n"
    text = ("PROGRESS OF THE COMMITTEE\n(Agenda item 4)\n"
            + "".join(f"{n}. Sub-item {n}\n" + sub.format(f"4 ({c})") for n, c in
                      [(1, "a"), (2, "b"), (3, "c")])
            + "PRIORITY ISSUES IN THE REGION\n(Agenda item 5)\n"
            + "".join(f"{n}. Sub-item {n}\n" + sub.format(f"5 ({c})") for n, c in
                      [(1, "a"), (3, "c")]))
    doc = paratag.parse(text)
    assert [b.number for b in doc.blocks if b.kind == "heading"] == ["", "1", "2", "3", "", "1", "3"]
    assert codes(text) == [("heading_sequence", 10)]


def test_footnotes_and_marks():
    text = (f"1. {SENTENCE}.1\n2. {SENTENCE} again.3\n____________\n"
            "1 The first note.\n2 A note nothing refers to.\n")
    doc = paratag.parse(text)
    assert [b.footnote_refs for b in doc.blocks[:2]] == [["1"], ["3"]]
    assert [(d.code, d.message) for d in doc.diagnostics()] == [
        ("mark_without_note", "mark 3 has no footnote"),
        ("note_unreferenced", "footnote 2 is never referred to")]
    # a star's note belongs to the masthead's title, which is no block
    assert codes(f"1. {SENTENCE}.\n*\nNot edited.\n2. {SENTENCE}.\n") == []
    # a document that shows no footnotes at all (an excerpt) is not flagged
    assert codes(f"1. {SENTENCE}, 2001,1\nand it goes on.\n") == []


def test_furniture_lower_case_and_long_heading():
    text = (f"United Nations A/70/999\nGeneral Assembly Distr.: General\n1 May 2015\n"
            f"Original: English\n1. {SENTENCE} as set out in A/70/999 GE.15-01234 here.\n"
            f"2. {SENTENCE}.\n")
    assert codes(text) == [("furniture_in_text", 0)]
    # the end of a paragraph whose start is not in the text
    assert codes(f"which goes on from the page before.\n1. {SENTENCE}.\n") == [
        ("lower_case_start", 0)]
    # the document's own symbol among words is a citation (a list of the
    # session's documents); alone on its line it is a running header
    head = "United Nations A/70/999\nGeneral Assembly Distr.: General\n1 May 2015\nOriginal: English\n"
    assert codes(f"{head}1. {SENTENCE}: programme of work A/70/999 and\nthe rest.\n") == []
    assert codes(f"{head}1. {SENTENCE} and the\nA/70/999\nrest of it.\n") == []
    heading = "I. " + " ".join(["A VERY LONG HEADING"] * 10)
    assert codes(f"{heading}\n1. Short.\n") == [("long_heading", 0)]


def test_json_table_and_frame():
    text = f"1. {SENTENCE}.\n3. {SENTENCE}.\n"
    doc = paratag.parse(text)
    assert doc.to_dict()["warnings"] == [
        {"code": "number_skips", "message": "paragraph 3 after 1", "block": 1,
         "offset": text.index("3.")}]
    assert doc.blocks_frame()["warnings"].tolist() == [[], ["number_skips"]]


def test_cli_table_line(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(f"1. {SENTENCE}.\n3. {SENTENCE}.\n", encoding="utf-8")
    out = cli(path).stdout.decode()
    assert "   warnings: 1 (1 number_skips)\n" in out
    assert json.loads(cli(path, "--format", "json").stdout)["warnings"][0]["code"] == "number_skips"


def test_empty_on_the_shared_gold():
    for gold in data_files("gold/*.gold.json"):
        if gold.name.startswith("A_HRC_WG.6_7_ITA_1"):
            continue  # the project's own gold, not the shared one
        doc = paratag.parse_file(CORPUS / gold.name.replace(".gold.json", ".txt"))
        assert doc.diagnostics() == [], gold.name


# ---- footnote marks never eat text ------------------------------------------

PIECES = ["议程项目", "票反对", "亿美元", "年", "决议", "。", "，", "；", " ", "3", "51", "7",
          "4 .25", "2017", "www.habitat3.org", "http://example.org/a1.pdf", "Declaration",
          "the", "report", ".", ",", ";", "A/70/1", "3.5", "1,200", "1/", "12/", "1/2",
          "item", "paragraph"]
HAN = re.compile(r"[\u4e00-\u9fff]")


def line():
    # no line starts with a digit, so the document shows no footnote
    return st.tuples(st.sampled_from(["大会", "The", "会议", "It"]),
                     st.lists(st.sampled_from(PIECES), max_size=12)).map(
        lambda t: t[0] + "".join(t[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(line(), min_size=1, max_size=8))
# a year's full stop before Han text: "2003.5 议程" may count, as "。5 议程" may
@example(lines=["大会1,2003.5 议程项目"])
def test_no_character_lost_as_a_mark(lines):
    text = "\n".join(lines) + "\n"
    doc = paratag.parse(text)
    assert doc.unassigned() == []
    kept = Counter()
    for b in doc.blocks:
        kept.update(c for c in b.number + b.text + "".join(b.footnote_refs) if c.isalnum())
    outside = Counter(c for r in doc.regions if r.kind != "block"
                      for c in text[r.start:r.end] if c.isalnum())
    assert kept + outside == Counter(c for c in text if c.isalnum())
    for r in doc.regions:
        if r.role != "mark":
            continue
        before, after = text[r.start - 1], text[r.end:r.end + 2]
        # no footnote is shown: only a mark's strongest places remain
        assert not HAN.match(before), (text, r)  # "议程项目51"
        assert not re.match(r"[.,:;][A-Za-z0-9]", after), (text, r)  # "habitat3.org"
        assert not re.match(r" ?[\u4e00-\u9fff]", after), (text, r)  # "，7 票反对"
        assert text[r.start - 2:r.start] != " .", (text, r)  # "4 .25"

"""What users see on real corpus files: block numbers, texts, refs, metadata, language."""
import json

import pytest
from conftest import CORPUS, DATA, data_files, ids

import paratag


@pytest.fixture(scope="module")
def load():
    """Parse a corpus file by name, once."""
    cache = {}

    def get(name):
        if name not in cache:
            cache[name] = paratag.parse_file(CORPUS / name)
        return cache[name]

    return get


def numbered(doc, kind):
    """The block of each number of `kind`, by number."""
    return {b.number: b for b in doc.blocks if b.kind == kind}


def test_seed_report(load):
    doc = load("000_1896683c96b304d7.txt")
    body = [(b.kind, b.number) for b in doc.blocks if b.kind != "footnote"]
    assert body == [("heading", "三")] + [("paragraph", str(n)) for n in range(1, 23)]
    assert [b.number for b in doc.footnotes] == ["1"]
    p = numbered(doc, "paragraph")
    assert p["1"].footnote_refs == ["1"]
    assert "2017-2019" in p["1"].text
    assert "\n" not in p["1"].text
    assert "CAC/COSP/IRG/2018/CRP.2" in p["2"].text
    assert "http" not in p["9"].text


def test_ldc_glued_marks(load):
    p = numbered(load("ldc_programme_ops.en.txt"), "paragraph")
    assert p["2"].footnote_refs == ["2", "7"]
    assert "2001-2010 as an initiative" in p["2"].text


def test_acabq_masthead(load):
    doc = load("A_61_917.en.txt")
    gold = json.loads((DATA / "gold" / "A_61_917.en.gold.json").read_text(encoding="utf-8"))
    assert doc.metadata == gold["metadata"]
    assert "Secretary-General." in numbered(doc, "paragraph")["2"].text  # U+FFFE was the hyphen
    for b in doc.blocks:
        assert "07-35147" not in b.text and "*0735147*" not in b.text, b


def test_draft_resolution(load):
    doc = load("A_C.3_56_draft_right_to_development.en.txt")
    kinds = [(b.kind, b.number) for b in doc.blocks]
    first = kinds.index(("paragraph", "1"))
    assert kinds[:first] == [("paragraph", "")] * 14
    items = numbered(doc, "paragraph")["5"].text
    positions = [items.find(f"({c}) ") for c in "abcdef"]
    assert -1 not in positions and positions == sorted(positions), items


@pytest.mark.parametrize("name, lang", [
    ("000_1896683c96b304d7.txt", "zh"),
    ("ldc_programme_ops.zh.txt", "zh"),
    ("ldc_programme_ops.en.txt", "en"),
    ("A_61_917.en.txt", "en"),
    ("A_C.3_56_draft_right_to_development.en.txt", "en"),
    ("A_CONF.192_PC_L.3.en.txt", "en"),
])
def test_language(load, name, lang):
    assert load(name).language == lang


DEVSET = [p for p in data_files("corpus/unpc-devset/devset.*.txt") if p.stem != "devset.ids"]


@pytest.mark.parametrize("path", DEVSET, ids=ids(DEVSET))
def test_devset_language(path):
    assert paratag.parse_file(path).language == path.suffixes[-2].lstrip(".")


def test_arabic_paragraphs_as_in_english():
    # Arabic has no capitals to show where a sentence begins, so its
    # letters must do: the same segments, double-spaced, give about as
    # many paragraphs in Arabic as in English (38 and 44; 10 Arabic ones
    # when only capitals began a sentence).
    def paragraphs(lang):
        path = CORPUS / "unpc-devset" / f"devset.{lang}.txt"
        lines = path.read_text(encoding="utf-8").splitlines()[:80]
        doc = paratag.parse("\n\n".join(lines), tagger=False)
        assert doc.language == lang and not doc.unassigned()
        return len(doc.paragraphs)
    assert paragraphs("ar") >= 0.8 * paragraphs("en")

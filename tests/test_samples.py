"""The bundled samples parse into the blocks they were written to have."""
import pytest
from conftest import SAMPLES, cli

import paratag

# (kind, number) of the body in reading order, as the samples were written;
# footnotes are checked apart, as they may come before the end of the
# paragraph they interrupt.
BODY = {
    "en": ["I", "1", "2", "II", "A", "3", "4", "B", "5", "6", "III", "7", "8"],
    "zh": ["一", "1", "2", "二", "A", "3", "4", "B", "5", "6", "三", "7", "8"],
}
HEADINGS = {
    "en": ["Introduction", "Technical assistance delivered", "Legislative assistance",
           "Training", "Conclusions"],
    "zh": ["导言", "提供的技术援助", "立法援助", "培训", "结论"],
}
TITLE = {
    "en": "Technical assistance for the recovery of stolen assets",
    "zh": "为追回被盗资产提供的技术援助",
}
JOB = {"en": "V.26-01234 (E)", "zh": "V.26-01234 (C)"}


def squash(s):
    return "".join(s.split())


@pytest.fixture(scope="module", params=["en", "zh"])
def sample(request):
    lang = request.param
    return lang, paratag.parse_file(SAMPLES / f"sample.{lang}.txt")


def test_body(sample):
    lang, doc = sample
    body = [b.number for b in doc.blocks if b.kind != "footnote"]
    assert body == BODY[lang]
    kinds = ["paragraph" if n.isdigit() else "heading" for n in BODY[lang]]
    assert [b.kind for b in doc.blocks if b.kind != "footnote"] == kinds
    assert [squash(h.text) for h in doc.headings] == [squash(t) for t in HEADINGS[lang]]
    assert [f.number for f in doc.footnotes] == ["1", "2"]


def test_refs(sample):
    _, doc = sample
    refs = {p.number: p.footnote_refs for p in doc.paragraphs}
    assert refs == {str(n): {3: ["1"], 4: ["2"]}.get(n, []) for n in range(1, 9)}


def test_texts(sample):
    lang, doc = sample
    p = {b.number: squash(b.text) for b in doc.paragraphs}
    assert "2025-2026" in p["1"] and "CAC/COSP/2025/15" in p["1"]
    assert all("\n" not in b.text for b in doc.blocks)
    glued = {"en": "Secretary-General;sixfurther", "zh": "提出的要求。另有六项"}
    assert glued[lang] in p["3"]
    continued = {"en": "atearliermeetings.In2025", "zh": "以往会议所作的决定。"}
    assert continued[lang] in p["6"]
    for furniture in ("V.26-01234", "2/3", "http://undocs.org", "WG.9"):
        assert furniture not in p["6"]
    assert "(A/80/176)" in doc.footnotes[0].text or "（A/80/176）" in doc.footnotes[0].text
    assert "http://www.unodc.org/asset-recovery" in doc.footnotes[1].text


def test_metadata(sample):
    lang, doc = sample
    assert doc.language == lang
    assert doc.metadata == {
        "symbol": "CAC/COSP/WG.9/2026/2",
        "date": "2026-03-12",
        "title": TITLE[lang],
        "job_number": JOB[lang],
        "original_language": "English",
    }


def test_demo():
    run = cli("demo")
    assert run.returncode == 0, run.stderr.decode()
    out = run.stdout.decode()
    assert "sample.en.txt" in out and "sample.zh.txt" in out
    assert "Introduction" in out and "导言" in out

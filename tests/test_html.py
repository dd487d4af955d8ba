"""HTML views: what Jupyter shows, checked in the markup and in headless Chromium."""
import html
import json
import os
import re
import shutil
import subprocess

import pytest
from conftest import CORPUS, SAMPLES

import paratag

EN = SAMPLES / "sample.en.txt"
HOSTILE_VALUE = 'Evil "><img src=x onerror="window.pwned=3">'
HOSTILE_TEXT = ('1. The <b>bold</b> claim & "quotes" of Acme Corp in Nigeria '
                '<script>window.pwned = 1</script><img src=x onerror="window.pwned=2">.\n')


def hostile_document():
    tagger = paratag.Tagger(extra=[("ORG", HOSTILE_VALUE, "en", "Acme Corp")])
    return paratag.parse(HOSTILE_TEXT, lang="en", tagger=tagger)


def test_text_and_values_are_escaped():
    page = hostile_document()._repr_html_()
    assert "<script" not in page and "<b>" not in page and "<img" not in page
    assert html.escape(HOSTILE_VALUE) in page
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page


def test_entities_numbers_and_footnote_links():
    doc = paratag.parse_file(EN)
    page = doc._repr_html_()
    marks = re.findall(r'<mark class="pt-entity" data-label="([A-Z_]+)"', page)
    in_order = [b for b in doc.blocks if b.kind != "footnote"] + doc.footnotes  # notes last
    assert marks == [e.label for b in in_order for e in b.entities]
    first = doc.paragraphs[0]
    assert f'<span class="pt-number" style="font-weight:bold;margin-inline-end:.4em">' \
           f'{first.number}.</span>' in page
    cited = [b for b in doc.blocks if b.footnote_refs][0]
    fid = re.search(rf'<sup class="pt-ref"><a href="#([\w-]+)">{cited.footnote_refs[0]}</a>',
                    page).group(1)
    assert f'<p class="pt-footnote" id="{fid}"' in page


def test_long_document_is_shortened():
    doc = paratag.parse_file(EN)
    body = [b for b in doc.blocks if b.kind != "footnote"]
    page = doc.to_html(max_blocks=2)
    assert f"not shown: {len(body) - 2} of {len(body)} headings and paragraphs" in page
    assert page.count('class="pt-paragraph"') + page.count('class="pt-heading"') == 2
    assert "not shown" not in doc.to_html(max_blocks=None)


def test_block_html():
    block = paratag.parse("1. Nigeria & <France>.\n", lang="en").blocks[0]
    for page in (block._repr_html_(), block.to_html()):
        assert 'title="COUNTRY: NGA"' in page and "&amp; &lt;" in page


# ---- in a browser -------------------------------------------------------------

# Collects what the page shows of each rendered document, as JSON in #result.
HARNESS = """
<pre id="result"></pre>
<script>
const report = [...document.querySelectorAll('.paratag-document')].map(d => ({
  text: d.innerText,
  numbers: [...d.querySelectorAll('.pt-number')].map(n => n.innerText),
  marks: [...d.querySelectorAll('mark.pt-entity')].map(m => ({
    text: m.innerText, title: m.title, background: getComputedStyle(m).backgroundColor,
    visible: m.getBoundingClientRect().width > 0})),
  legend: [...d.querySelectorAll('.pt-legend mark')].map(m => m.innerText),
  links: [...d.querySelectorAll('a[href^="#"]')].map(a => {
    const target = document.getElementById(a.getAttribute('href').slice(1));
    return {mark: a.innerText, target: target ? target.innerText : null}; }),
  elements: d.querySelectorAll('script, img, b').length,
  blocks: [...d.querySelectorAll('.pt-paragraph, .pt-heading')].map(p => {
    const text = document.createRange();
    text.selectNodeContents(p);
    const t = text.getBoundingClientRect(), box = p.getBoundingClientRect();
    return {direction: getComputedStyle(p).direction,
            left: t.left - box.left, right: box.right - t.right}; }),
}));
document.getElementById('result').textContent =
  JSON.stringify({documents: report, pwned: window.pwned === undefined ? null : window.pwned});
</script>
"""


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    if os.environ.get("CI"):
        pytest.fail("no chromium: .ci/test installs Debian's chromium package")
    pytest.skip("no chromium on this machine (apt-get install chromium)")


def render_in_chromium(tmp_path, fragments):
    """What Chromium shows of the HTML `fragments`, as the harness reports it."""
    page = tmp_path / "page.html"
    page.write_text("<!doctype html><meta charset=utf-8><body>" + "<hr>".join(fragments)
                    + HARNESS + "</body>", encoding="utf-8")
    # the sanitizer build's LD_PRELOAD is for Python, not for the browser
    env = {k: v for k, v in os.environ.items() if k not in ("LD_PRELOAD", "ASAN_OPTIONS")}
    run = subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                          "--dump-dom", page.as_uri()],
                         capture_output=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr.decode(errors="replace")[-2000:]
    found = re.search(r'<pre id="result">(.*?)</pre>', run.stdout.decode(), re.S)
    assert found, run.stdout.decode()[-2000:]
    return json.loads(html.unescape(found.group(1)))


@pytest.mark.integration
def test_rendered_in_chromium(tmp_path):
    report = paratag.parse_file(CORPUS / "000_1896683c96b304d7.txt")
    long_doc = paratag.parse_file(CORPUS / "A_C.3_56_draft_right_to_development.en.txt")
    hostile = hostile_document()
    shown = render_in_chromium(tmp_path, [report._repr_html_(), long_doc.to_html(max_blocks=3),
                                          hostile._repr_html_()])
    assert shown["pwned"] is None  # no script or handler of the documents ran
    zh, shortened, evil = shown["documents"]

    # paragraphs with their numbers, in order
    body = [b for b in report.blocks if b.kind != "footnote"]
    assert zh["numbers"][:len(body)] == [b.number + "." for b in body]
    for b in body:
        assert b.text[:20] in zh["text"]
    # every entity highlighted, its label and value on hover, one colour a label
    entities = [e for b in body for e in b.entities] + \
        [e for b in report.footnotes for e in b.entities]
    assert [(m["text"], m["title"]) for m in zh["marks"]] == \
        [(e.text, f"{e.label}: {e.value}") for e in entities]
    assert all(m["visible"] for m in zh["marks"])
    colour = {}
    for m, e in zip(zh["marks"], entities):
        assert colour.setdefault(e.label, m["background"]) == m["background"]
    assert len(set(colour.values())) == len(colour) > 5
    assert zh["legend"] == sorted(colour)
    # footnote marks lead to their footnotes
    refs = [r for b in body for r in b.footnote_refs]
    assert refs and [link["mark"] for link in zh["links"]] == refs
    for link in zh["links"]:
        note = next(f for f in report.footnotes if f.number == link["mark"])
        assert link["target"].replace(" ", "").startswith(link["mark"] + note.text[:10])

    # a long document stops, and says what it left out
    long_body = [b for b in long_doc.blocks if b.kind != "footnote"]
    assert len(shortened["numbers"]) <= 3
    assert f"not shown: {len(long_body) - 3} of {len(long_body)} headings and paragraphs" \
        in shortened["text"]

    # markup in the text and in values is shown as text
    assert evil["elements"] == 0
    assert '<b>bold</b> claim & "quotes"' in evil["text"]
    assert '<script>window.pwned = 1</script><img src=x onerror="window.pwned=2">' in evil["text"]
    assert f"ORG: {HOSTILE_VALUE}" in [m["title"] for m in evil["marks"]]


ARABIC = ("\u202b\u202a-1\u202c\u0641\u0642\u0631\u0629 \u0642\u0635\u064a\u0631\u0629\u202a.\u202c\u202c\n\n"
          "2. A short English paragraph.\n")  # "-1" then "فقرة قصيرة." (made up)


@pytest.mark.integration
def test_arabic_rendered_right_to_left(tmp_path):
    doc = paratag.parse(ARABIC, lang="ar")
    assert [b.number for b in doc.blocks] == ["1", "2"]
    [shown] = render_in_chromium(tmp_path, [doc._repr_html_()])["documents"]
    arabic, english = shown["blocks"]
    # the Arabic paragraph reads right to left and stands at the right
    assert arabic["direction"] == "rtl" and arabic["right"] < 2 < arabic["left"]
    # the English one in the same document stays left to right
    assert english["direction"] == "ltr" and english["left"] < 2 < english["right"]

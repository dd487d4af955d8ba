"""Sentences and tokens of a block as users see them: ICU's, with entities
never cut, on the Chinese and English reports of the corpus; their column
forms; odd input; threads."""
import re
import threading
from array import array

import pytest

import paratag
from conftest import CORPUS, REPORTS_AND_DEVSET, ids


@pytest.fixture(scope="module")
def zh():
    return paratag.parse_file(CORPUS / "000_1896683c96b304d7.txt")


@pytest.fixture(scope="module")
def en():
    return paratag.parse_file(CORPUS / "A_61_917.en.txt")


def block_with(doc, needle):
    return next(b for b in doc.blocks if needle in b.text)


@pytest.mark.parametrize("needle", ["CAC/COSP/IRG/2018/CRP.2", "2018 年 6 月 6 日", "3.21 亿美元",
                                    "2018 年 3 月 21 日和 22 日", "CAC/COSP/WG.2/2018/CRP.1"])
def test_chinese_entities_are_never_cut(zh, needle):
    block = block_with(zh, needle)
    assert needle in [e.text for e in block.entities]
    assert needle in block.tokens()
    assert needle in block.tokens(punctuation=False)
    assert any(needle in s for s in block.sentences())


def test_chinese_tokens(zh):
    block = block_with(zh, "3.21 亿美元")
    tokens = block.tokens()
    at = tokens.index("3.21 亿美元")
    # ICU's dictionary words around the amount, which stays whole ("返还"
    # is one word or two, as ICU's dictionary has it)
    assert tokens[at - 1].endswith("还") and tokens[at + 1] == "的"
    assert tokens[-1] == "。" and "，" in tokens
    assert re.sub(r"\s", "", "".join(tokens)) == re.sub(r"\s", "", block.text)
    words = block.tokens(punctuation=False)
    assert "。" not in words and "，" not in words and "（" not in words
    assert [t for t in tokens if t in words] == words


def test_chinese_sentences(zh):
    block = block_with(zh, "秘书处代表然后介绍了")
    sentences = block.sentences()
    assert len(sentences) == 5
    assert sentences[1] == "毒品和犯罪问题办公室还继续为加强参与资产追回和没收的区域网络提供支持。"
    assert all(s.endswith("。") for s in sentences)
    assert "".join(sentences) == block.text


def test_english_sentences(en):
    block = block_with(en, "Consequently, the Council was informed")
    # ICU alone ends a sentence after "para."; the entity "para. 12" holds
    assert "para. 12" in [e.text for e in block.entities]
    assert block.sentences() == [
        "The Advisory Committee notes from paragraph 7 of the report that revised programme "
        "budget implications were not presented prior to the introduction and adoption of the "
        "draft decision presented by the President of the Human Rights Council.",
        "Consequently, the Council was informed that the General Assembly would be informed of "
        "the estimated resources required to implement the decision (see A/HRC/S-4/5, para. 12).",
        "It is envisaged that the estimated expenditures will be accommodated from within "
        "existing resources under section 23, Human rights, of the programme budget for the "
        "biennium 2006-2007.",
    ]


def test_english_tokens(en):
    block = block_with(en, "gives rise to estimated requirements of $434,600")
    tokens = block.tokens()
    for entity in block.entities:
        assert entity.text in tokens
    assert "$434,600" in tokens and "A/61/530/Add.3" in tokens
    assert tokens[:6] == ["As", "noted", "in", "the", "report", "of"]
    assert "," in tokens and "," not in block.tokens(punctuation=False)


def spans_of(block, what):
    starts, ends = getattr(block, what)()
    assert isinstance(starts, array) and starts.typecode == "i"
    return list(zip(starts, ends))


@pytest.mark.parametrize("path", REPORTS_AND_DEVSET, ids=ids(REPORTS_AND_DEVSET))
def test_invariants(path):
    doc = paratag.parse_file(path, errors="replace")
    cols = {what: {k: array("i", v) for k, v in cols.items()}
            for what, cols in [("sentences", doc.sentence_columns()),
                               ("tokens", doc.token_columns()),
                               ("words", doc.token_columns(punctuation=False))]}
    seen = {what: [] for what in cols}
    for i, block in enumerate(doc.blocks):
        text = block.text
        sentences = spans_of(block, "sentence_spans")
        tokens = spans_of(block, "token_spans")
        words = block.token_spans(punctuation=False)
        words = list(zip(*words))
        for spans in (sentences, tokens, words):
            assert all(0 <= s < e <= len(text) for s, e in spans)
            assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
            assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
        assert block.sentences() == [text[s:e] for s, e in sentences]
        assert block.tokens() == [text[s:e] for s, e in tokens]
        assert block.tokens(punctuation=False) == [text[s:e] for s, e in words]
        assert set(words) <= set(tokens)
        # with punctuation, the tokens hold every character but white space
        covered = set(k for s, e in tokens for k in range(s, e))
        assert all(ch.isspace() for k, ch in enumerate(text) if k not in covered)
        for e in block.entities:
            assert (e.start, e.end) in tokens and (e.start, e.end) in words
            assert any(s <= e.start and e.end <= t for s, t in sentences)
        seen["sentences"] += [(i, s, e) for s, e in sentences]
        seen["tokens"] += [(i, s, e) for s, e in tokens]
        seen["words"] += [(i, s, e) for s, e in words]
    for what, c in cols.items():
        assert list(zip(c["block"], c["start"], c["end"])) == seen[what]


def test_agrees_with_pyicu_away_from_entities(zh):
    icu = pytest.importorskip("icu")
    bi = icu.BreakIterator.createWordInstance(icu.Locale("zh"))
    for block in zh.blocks:
        # UTF-16 offsets equal code points here: no character past U+FFFF
        assert all(ord(c) < 0x10000 for c in block.text)
        bi.setText(block.text)
        bounds = [0] + list(bi)
        pieces = [(a, b) for a, b in zip(bounds, bounds[1:]) if not block.text[a:b].isspace()]
        entities = [(e.start, e.end) for e in block.entities]

        def overlaps(span, spans):
            return any(s < span[1] and span[0] < e for s, e in spans)

        cut = [p for p in pieces if overlaps(p, entities)]
        tokens = spans_of(block, "token_spans")
        assert [t for t in tokens if not overlaps(t, cut)] == [p for p in pieces if p not in cut]
        # what is left of a piece an entity cut into is a token of its own
        for t in tokens:
            if t not in entities and overlaps(t, cut):
                assert any(s <= t[0] and t[1] <= e for s, e in cut)


def test_characters_past_the_bmp():
    doc = paratag.parse("1. 😀 We met 𠀀 on 6 June 2018 😀. Then we left.\n", lang="en")
    block = doc.blocks[0]
    assert block.tokens() == ["😀", "We", "met", "𠀀", "on", "6 June 2018", "😀", ".", "Then",
                              "we", "left", "."]
    assert block.sentences() == ["😀 We met 𠀀 on 6 June 2018 😀.", "Then we left."]
    starts, ends = block.token_spans()
    assert [block.text[s:e] for s, e in zip(starts, ends)] == block.tokens()


@pytest.mark.parametrize("text", ["", "\n\n  \n", b"", "1.\n", "1. \u3000 \n"])
def test_empty(text):
    doc = paratag.parse(text)
    for cols in (doc.sentence_columns(), doc.token_columns()):
        assert cols == {"block": b"", "start": b"", "end": b""}
    for block in doc.blocks:
        assert block.tokens() == [] and block.sentences() == []


def test_replaced_invalid_bytes():
    doc = paratag.parse(b"1. Bad \xff byte \xc3 here. Fine.\n", errors="replace")
    block = doc.blocks[0]
    assert block.tokens() == ["Bad", "\ufffd", "byte", "\ufffd", "here", ".", "Fine", "."]
    assert block.sentences() == ["Bad \ufffd byte \ufffd here.", "Fine."]


def test_without_tagger():
    doc = paratag.parse_file(CORPUS / "000_1896683c96b304d7.txt", tagger=False)
    block = block_with(doc, "3.21 亿美元")
    assert "3.21 亿美元" not in block.tokens()  # no entity: ICU's own words
    assert "3.21" in block.tokens()


def test_block_index_checks(zh):
    core = zh._core
    with pytest.raises(IndexError):
        core.tokens(len(zh))
    with pytest.raises(IndexError):
        core.sentence_columns(block=-len(zh) - 1)
    with pytest.raises(TypeError):
        core.tokens("0")
    assert core.tokens(-1) == zh.blocks[-1].tokens()


def test_threads_agree(zh, en):
    expected = {id(d): (d.token_columns(), d.sentence_columns()) for d in (zh, en)}
    errors = []

    def work():
        try:
            for _ in range(20):
                for d in (zh, en):
                    assert (d.token_columns(), d.sentence_columns()) == expected[id(d)]
        except AssertionError as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_segmenters_outlive_documents():
    # idle segmenters are pooled per language after their documents are gone
    for lang, text in [("zh", "1. 会议于 2018 年 6 月 6 日结束。\n"), ("en", "1. It met. It ended.\n")] * 3:
        doc = paratag.parse(text, lang=lang)
        tokens = doc.blocks[0].tokens()
        del doc
        assert tokens in (["会议", "于", "2018 年 6 月 6 日", "结束", "。"],
                          ["It", "met", ".", "It", "ended", "."])

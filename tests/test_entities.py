"""Entities as users see them: every label in Chinese and English, the
negatives ANNOTATION.md lists, run-time extras, pickling, threads, and the
agreement of country mentions across the UN Parallel Corpus devset."""
import pickle
import sys
import threading

import pytest

import paratag
from conftest import CORPUS, DATA, REPO, raw_texts

ZH = [
    "1. 尼日利亚、联合王国和美利坚合众国的代表出席了 2018 年 6 月 6 日在维也纳举行的会议。",
    "2. 资产追回问题工作组审议了议程项目 5 和项目 4，并注意到第 6/1 号决议和《公约》第二章。",
    "3. 秘书处介绍了说明（CAC/COSP/WG.2/2018/CRP.1），见 http://www.unodc.org/ 。",
    "4. 世界银行返还了 3.21 亿美元和 50 万欧元，百分之十五的资金用于 20 个项目，三分之二的国家有"
    "100 多场会议和 38 次以上的磋商。",
    "5. 一名发言者在第一周期和第三个标题下指出，过去一年中有九个国家参加，中方表示欢迎。",
    "6. 2017-2019 年工作计划和 2018 年 3 月 21 日和 22 日的会议，以及 2006 年头三个季度。",
    "7. 约翰·史密斯先生代表德国国际合作机构（GIZ）发言，并提及《联合国反腐败公约》和《2030 年议程》。",
]
EN = [
    "1. The representatives of Nigeria, the United Kingdom and the Russian Federation met in Geneva "
    "on 21 and 22 March 2018.",
    "2. The Working Group on Asset Recovery considered agenda item 5, resolutions 4/4 and 4/8 and "
    "sections 2, 23 and 28E.",
    "3. The Secretariat introduced document A/C.3/56/L.12/Rev.1 (see http://www.unodc.org/), para. 12.",
    "4. The World Bank returned $321 million and USD 5,000; 15 per cent of two programmes, more than 20 States.",
    "5. A speaker noted that the second cycle of the Forum and the Council was Haitian-led last year.",
    "6. The biennium 2006-2007, from 13 to 16 April, and the last quarter of 2005.",
    "7. Ambassador Maria Lopez spoke on behalf of the Stolen Asset Recovery Initiative (StAR) about "
    "the United Nations Convention against Corruption and the Convention.",
]

EXPECTED = {
    ("zh", "1"): [("COUNTRY", "尼日利亚", "NGA"), ("COUNTRY", "联合王国", "GBR"),
                  ("COUNTRY", "美利坚合众国", "USA"), ("DATE", "2018 年 6 月 6 日", "2018-06-06"),
                  ("PLACE", "维也纳", "Vienna")],
    ("zh", "2"): [("ORG", "资产追回问题工作组", "Working Group on Asset Recovery"),
                  ("AGENDA_ITEM", "议程项目 5", "5"), ("AGENDA_ITEM", "项目 4", "4"),
                  ("RESOLUTION", "第 6/1 号决议", "6/1"), ("INSTRUMENT", "公约", "Convention"),
                  ("PROVISION", "第二章", "chapter II")],
    ("zh", "3"): [("ORG", "秘书处", "Secretariat"),
                  ("DOCSYMBOL", "CAC/COSP/WG.2/2018/CRP.1", "CAC/COSP/WG.2/2018/CRP.1"),
                  ("URL", "http://www.unodc.org/", "http://www.unodc.org/")],
    ("zh", "4"): [("ORG", "世界银行", "World Bank"), ("MONEY", "3.21 亿美元", "USD 321000000"),
                  ("MONEY", "50 万欧元", "EUR 500000"), ("QUANTITY", "百分之十五", "0.15"),
                  ("QUANTITY", "20 个", "20"), ("QUANTITY", "三分之二", "0.6667"),
                  ("QUANTITY", "100 多场", ">100"), ("QUANTITY", "38 次以上", ">38")],
    # 一名, 第一周期, 第三个标题 and 过去一年 are not entities; 中方 (China's
    # side) stands for the State (ANNOTATION.md: demonyms)
    ("zh", "5"): [("QUANTITY", "九个", "9"), ("COUNTRY", "中方", "CHN")],
    ("zh", "6"): [("DATE", "2017-2019 年", "2017/2019"),
                  ("DATE", "2018 年 3 月 21 日和 22 日", "2018-03-21/2018-03-22"),
                  ("DATE", "2006 年头三个季度", "2006-01/2006-09")],
    ("zh", "7"): [("PERSON", "约翰·史密斯", "约翰·史密斯"),
                  ("ORG", "德国国际合作机构", "Deutsche Gesellschaft für Internationale Zusammenarbeit"),
                  ("ORG", "GIZ", "Deutsche Gesellschaft für Internationale Zusammenarbeit"),
                  ("INSTRUMENT", "联合国反腐败公约", "United Nations Convention against Corruption"),
                  ("INSTRUMENT", "2030 年议程", "2030 Agenda for Sustainable Development")],
    ("en", "1"): [("COUNTRY", "Nigeria", "NGA"), ("COUNTRY", "United Kingdom", "GBR"),
                  ("COUNTRY", "Russian Federation", "RUS"), ("PLACE", "Geneva", "Geneva"),
                  ("DATE", "21 and 22 March 2018", "2018-03-21/2018-03-22")],
    ("en", "2"): [("ORG", "Working Group on Asset Recovery", "Working Group on Asset Recovery"),
                  ("AGENDA_ITEM", "agenda item 5", "5"), ("RESOLUTION", "resolutions 4/4", "4/4"),
                  ("RESOLUTION", "4/8", "4/8"), ("PROVISION", "sections 2", "section 2"),
                  ("PROVISION", "23", "section 23"), ("PROVISION", "28E", "section 28E")],
    ("en", "3"): [("ORG", "Secretariat", "Secretariat"),
                  ("DOCSYMBOL", "A/C.3/56/L.12/Rev.1", "A/C.3/56/L.12/Rev.1"),
                  ("URL", "http://www.unodc.org/", "http://www.unodc.org/"),
                  ("PROVISION", "para. 12", "paragraph 12")],
    ("en", "4"): [("ORG", "World Bank", "World Bank"), ("MONEY", "$321 million", "USD 321000000"),
                  ("MONEY", "USD 5,000", "USD 5000"), ("QUANTITY", "15 per cent", "0.15"),
                  ("QUANTITY", "two", "2"), ("QUANTITY", "more than 20", ">20")],
    # "A speaker", "the second cycle", "the Forum", "the Council" and "last
    # year" are not entities; an adjective of nationality stands for its
    # State (ANNOTATION.md: demonyms)
    ("en", "5"): [("COUNTRY", "Haitian", "HTI")],
    # the year of a date without one comes from its sentence
    ("en", "6"): [("DATE", "2006-2007", "2006/2007"), ("DATE", "13 to 16 April", "2006-04-13/2006-04-16"),
                  ("DATE", "last quarter of 2005", "2005-10/2005-12")],
    ("en", "7"): [("PERSON", "Maria Lopez", "Maria Lopez"),
                  ("ORG", "Stolen Asset Recovery Initiative", "Stolen Asset Recovery Initiative"),
                  ("ORG", "StAR", "Stolen Asset Recovery Initiative"),
                  ("INSTRUMENT", "United Nations Convention against Corruption",
                   "United Nations Convention against Corruption"),
                  ("INSTRUMENT", "Convention", "United Nations Convention against Corruption")],
}


@pytest.mark.parametrize("lang,lines", [("zh", ZH), ("en", EN)], ids=["zh", "en"])
def test_every_label(lang, lines):
    doc = paratag.parse("\n".join(lines), lang=lang)
    got = {(lang, b.number): [(e.label, e.text, e.value) for e in b.entities] for b in doc.paragraphs}
    want = {k: v for k, v in EXPECTED.items() if k[0] == lang}
    assert got == want
    # each on one line: the raw offsets lead back to the entity's own text
    assert raw_texts(doc) == [e.text for e in doc.entities]
    assert all(e.source for e in doc.entities)


@pytest.mark.parametrize("text, expected", [
    # a transliterated name or a city that holds 马里 (Mali) names no country
    ("谨借此机会感谢特斯法马里亚姆中将和马里奥先生。", []),
    ("马里乌波尔市遭到炮击。", []),
    ("马里局势", [("COUNTRY", "马里", "MLI")]),
    ("福克兰(马尔维纳斯)群岛问题", [("COUNTRY", "福克兰(马尔维纳斯)群岛", "FLK")]),
])
def test_chinese_country_names_in_other_words(text, expected):
    doc = paratag.parse(text, lang="zh")
    assert [(e.label, e.text, e.value) for e in doc.entities if e.label == "COUNTRY"] == expected


def test_json_entities():
    doc = paratag.parse(ZH[0], lang="zh")
    ent = doc.to_dict("x")["blocks"][0]["entities"][0]
    assert ent == {"label": "COUNTRY", "text": "尼日利亚", "value": "NGA", "start": 0, "end": 4,
                   "source": "gazetteer:countries"}


def test_no_tagger():
    assert paratag.parse(EN[0], tagger=False).entities == []


def test_extra_entries_win_and_pickle(tmp_path):
    extra = [("ORG", "Example Anti-Corruption Network", "en", "Example Network", "EACN"),
             ("NONE", "-", "en", "Geneva")]
    tagger = paratag.Tagger(extra=extra)
    text = "1. The EACN and the Example Network met in Geneva with Nigeria."
    want = [("ORG", "EACN"), ("ORG", "Example Network"), ("COUNTRY", "Nigeria")]
    assert [(e.label, e.text) for e in paratag.parse(text, tagger=tagger).entities] == want
    clone = pickle.loads(pickle.dumps(tagger))
    assert [(e.label, e.text) for e in paratag.parse(text, tagger=clone).entities] == want
    tsv = tmp_path / "extra.tsv"
    tsv.write_text("# mine\nORG\tExample Anti-Corruption Network\ten\tEACN\n", encoding="utf-8")
    assert paratag.parse(text, tagger=paratag.Tagger(extra=tsv)).entities[0].value == \
        "Example Anti-Corruption Network"


def test_extra_errors(tmp_path):
    with pytest.raises(ValueError, match="unknown label 'GROUP'"):
        paratag.Tagger(extra=[("GROUP", "x", "en", "x")])
    bad = tmp_path / "bad.tsv"
    bad.write_text("ORG\tonly two fields\n", encoding="utf-8")
    with pytest.raises(paratag.Error, match="extra:1: expected LABEL, value, lang and names"):
        paratag.Tagger(extra=bad)


def test_threads_share_a_tagger():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    tagger = paratag.Tagger()
    serial = [paratag.parse(t, tagger=tagger).to_dict() for t in texts]
    results, errors = {}, []

    def work(k):
        try:
            for i, t in enumerate(texts):
                results[(k, i)] = paratag.parse(t, tagger=tagger).to_dict()
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(results[(k, i)] == serial[i] for k in range(8) for i in range(len(texts)))


def test_devset_country_agreement():
    sys.path.insert(0, str(REPO / "benchmarks"))
    from country_agreement import agreement
    share, compared, diffs = agreement(DATA, "zh")
    print(f"\nzh-en country agreement {share:.3f} of {compared} lines; {diffs.most_common(10)}")
    # The target is 0.95; English adjectives of nationality (Syrian, Israeli),
    # which ANNOTATION.md leaves untagged, stand where Chinese names the
    # country, and bound it.  This floor guards what has been reached: 0.69
    # on the 107 lines of the devset's first 500 where either side names a
    # country (0.68 on the 909 of the whole devset).
    assert compared >= 100 and share >= 0.66


def test_months_with_one_year_after_both_are_one_span():
    # as "21 and 22 March 2018" is one span of days, in every language
    cases = [("en", "1. The talks were held in July and August 2014 and from April to August 2016.",
              ["2014-07/2014-08", "2016-04/2016-08"]),
             ("zh", "1. 会谈于2014年7月和8月以及2016年4月至8月举行。",
              ["2014-07/2014-08", "2016-04/2016-08"]),
             ("fr", "1. Les pourparlers ont eu lieu en juillet et en août 2014.", ["2014-07/2014-08"]),
             ("es", "1. Las conversaciones se celebraron en julio y agosto de 2014.", ["2014-07/2014-08"]),
             ("ar", "1. عقدت المحادثات في تموز/يوليه وآب/أغسطس 2014.", ["2014-07/2014-08"])]
    for lang, text, want in cases:
        doc = paratag.parse(text, lang=lang)
        got = [e.value for b in doc.blocks for e in b.entities if e.label == "DATE"]
        assert got == want, (lang, got)
    # two months each with its year stay two dates; a month before an earlier one is no
    # span, but a month of its own in the sentence's year
    doc = paratag.parse("1. 2014年7月和2015年8月，2014年8月和7月", lang="zh")
    assert [e.value for b in doc.blocks for e in b.entities] == ["2014-07", "2015-08", "2014-08",
                                                                 "2014-07"]

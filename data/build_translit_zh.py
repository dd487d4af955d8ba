"""Write paratag/data/transliteration_zh.txt: the Han characters Chinese
writes foreign names of places with; then run csrc/transliteration_zh.py to
remake csrc/transliteration_zh.h.

    python3 data/build_translit_zh.py [DEVSET_ZH] && python3 csrc/transliteration_zh.py

Chinese writes a foreign place's name with characters chosen for their
sound (希尔谢贝利, 巴纳迪尔), a set that ordinary prose uses little.  The
set is read from two sources:
- the names: the Chinese names of places and States of paratag's
  gazetteers (paratag/data/geonames.tsv, places.tsv, countries.tsv; each
  traces its own source), written in Han characters alone;
- the prose: the Chinese side of the United Nations Parallel Corpus v1.0
  development set (DEVSET_ZH, default ../shared/corpus/unpc-devset/
  devset.zh.txt), 4,000 segments of 2015 UN documents.
A character is kept where at least four names hold it and it stands in
those names at least as often as one in ten thousand characters of the
prose holds it (尔: 679 names, 13 per 10,000; 斯: 496, 21; not 各: 7
names, 25; nor 的, 人, 年).  The kinds of places (省, 州, 岛, 河 ...), the
compass points and 大, 小, 新, which name a place by meaning, are left
out: the core reads them apart.  Only the counts leave the corpus; no
text of it is written.
"""
import collections
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "paratag" / "data"
OUT = DATA / "transliteration_zh.txt"
GAZETTEERS = ("geonames.tsv", "places.tsv", "countries.tsv")
KINDS = set("省州区市县镇岛河山港湾城堡群地府域角峡谷湖洲国")
BY_MEANING = set("北南东西中上下大小新")
MIN_NAMES = 4


def names_zh():
    names = set()
    for file in GAZETTEERS:
        for line in open(DATA / file, encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(fields) < 4 or fields[2] != "zh":
                continue
            names.update(s for s in fields[3:] if re.fullmatch("[\u4e00-\u9fff]+", s))
    return names


def characters(devset):
    in_names = collections.Counter()
    for name in names_zh():
        in_names.update(set(name))
    prose = collections.Counter(c for c in open(devset, encoding="utf-8").read()
                                if "\u4e00" <= c <= "\u9fff")
    total = sum(prose.values())
    return sorted(c for c, k in in_names.items()
                  if k >= MIN_NAMES and c not in KINDS and c not in BY_MEANING
                  and k >= prose[c] * 10000 / total)


if __name__ == "__main__":
    devset = sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared/corpus/unpc-devset/devset.zh.txt"
    chars = characters(devset)
    lines = ["# Han characters Chinese writes foreign places' names with, one line of",
             "# fifty at most; written by data/build_translit_zh.py, whose docstring",
             "# says how they are chosen.  Do not edit: run the script."]
    lines += ["".join(chars[k:k + 50]) for k in range(0, len(chars), 50)]
    data = "\n".join(lines) + "\n"
    OUT.write_text(data, encoding="utf-8")
    print(f"{OUT}: {len(chars)} characters")

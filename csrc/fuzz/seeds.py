"""Write the fuzz harnesses' first seeds, each laid out for its harness's
option byte, into fuzz/corpus/NAME/ (from csrc/: python3 fuzz/seeds.py
[SHARED]).  The texts below are made up; with SHARED, the corpus reports
under SHARED/corpus are added too, cut to 8 KB pieces (the harnesses'
-max_len), the option byte before each.  `make fuzz-save` then minimises
each saved corpus together with what a run found."""
import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).parent

REPORT = """United Nations\tA/99/123
General Assembly\tDistr.: General
5 March 2031
Original: English

Seventy-ninth session
Item 12 of the provisional agenda*

Report of the Working Group on Imaginary Matters

Contents
Page
I.\tIntroduction ........................................ 3
II.\tProceedings of the Group ................ 4
Annex
List of participants ............................. 9

I. Introduction
1. The Working Group met in Geneva from 6 to 8 May 2030, pursuant to
General Assembly resolution 77/301 and agenda item 5.1 It welcomed France,
the Russian Federation and the World Health Organization (WHO).
2. A budget of $3.2 million (about 45 per cent) was noted; see article 12
of the Convention and document A/HRC/55/7 (www.example.org/a).
__________________
\t* A/99/50.
\t1 Further details are at https://undocs.org/A/99/1.
31-01234 (E) 050331
*3101234*
Annex
\tList of participants
"""

ZH = """第二章
二. 会议安排
3. 工作组于 2030 年 5 月 6 日在日内瓦举行会议，联合国和中国代表出席。
4. 预算为 3.21 亿美元，见第 77/301 号决议。
"""

OTHER = {
    "fr": "1. Le Groupe de travail s'est réuni à Genève le 6 mai 2030 ; la France y assistait.\n",
    "es": "1. El Grupo de Trabajo se reunió en Ginebra el 6 de mayo de 2030 con España.\n",
    "ru": "1. Рабочая группа провела заседание в Российской Федерации 6 мая 2030 года.\n",
    "ar": "1. اجتمع الفريق العامل في جنيف في 6 أيار/مايو 2030 وفرنسا حاضرة.\n",
}

GAZETTEER = """# a made-up gazetteer
ORG\tWorking Group on Imaginary Matters\ten\tWorking Group on Imaginary Matters\tWGIM
COUNTRY\tFRA\tfr\tFrance\tla France
PLACE\tGeneva\tzh\t日内瓦
NONE\t-\tzh\t发展中国家
PERSON\tA. Person\ten,fr\tA. Person
"""

LANG_BITS = {None: 0, "zh": 1, "en": 2, "fr": 3, "es": 4, "ru": 5, "ar": 6}


def write(name, data):
    out = HERE / "corpus" / name
    out.mkdir(parents=True, exist_ok=True)
    (out / hashlib.sha1(data).hexdigest()).write_bytes(data)


def option(lang=None, tag=False, codepoints=False, words=False):
    """The option byte of fuzz_core (and of fuzz_tagger, which ignores bit 4)."""
    return bytes([LANG_BITS[lang] << 1 | tag << 4 | codepoints << 5 | words << 6])


def main():
    texts = [(REPORT, "en"), (ZH, "zh")] + [(t, l) for l, t in OTHER.items()]
    for text, lang in texts:
        for forced in (None, lang):
            write("core", option(forced, tag=True) + text.encode())
            write("tagger", option(forced, codepoints=forced is None) + text.encode())
        write("core", option(lang, words=True) + text.encode())
    write("core", option() + "1. a\ufffd\n\ufeff2. b\n".encode() + b"\xff\xfe")
    write("gazetteer", option("en") + GAZETTEER.encode() + b"\0" + REPORT.encode())
    write("gazetteer", option("zh") + GAZETTEER.encode() + b"\0" + ZH.encode())
    write("gazetteer", option("fr") + GAZETTEER.encode())
    write("gazetteer", option() + b"\xef\xbb\xbfORG\tX\tEN\tY\n\tbad\nCOUNTRY\t\ten\tZ\n")
    if len(sys.argv) > 1:
        for path in sorted(Path(sys.argv[1], "corpus").glob("**/*.txt")):
            data = path.read_bytes()
            for k in range(0, min(len(data), 64 << 10), 8000):
                write("core", option(tag=True) + data[k:k + 8000])
                write("tagger", option() + data[k:k + 8000])


if __name__ == "__main__":
    main()

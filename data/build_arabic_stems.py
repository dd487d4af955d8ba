"""Write the "wasl stem" and "lam stem" rows of paratag/data/arabic_words.txt,
then run csrc/arabic_words.py to remake csrc/arabic_words.h.

    apt-get install hunspell hunspell-ar
    python3 data/build_arabic_stems.py && python3 csrc/arabic_words.py

Wasl stems: the Arabic Hunspell dictionary's (Debian hunspell-ar 3.2,
/usr/share/hunspell/ar.dic, Ayaspell; GPL 2.0 / LGPL 2.1 / MPL 1.1), each
entry's word before its affix flags, diacritics and tatweel removed, that
begin with a bare alef (hamzat al-wasl) and are shaped as the verbal nouns
of the derived forms VII, VIII and X are, the words لِـ governs most
(انفعال, افتعال, استفعال: اقتصاد, استخدام, اتخاذ): five to seven letters,
an alef before the last.  No other word: a verb's stem that begins with
a bare alef (اتحد, اجلس) would read the article's nouns (التحديات,
الجلسة) as لِـ and the verb.  Where لِـ "for" governs such a word, the extractor
writes the ligature of its lam and that alef back to front ("القتصاد" for
"لاقتصاد"), which reads as the article before the rest: a stem is kept
only where Hunspell knows no word of the article and that rest (امرأة
goes: المرأة is "the woman").

Lam stems: the same dictionary's stems, so read, three letters or more,
that end in lam (تمويل), or in lam and the feminine ta marbuta, which is
left off (مبادلة gives مبادل).  An ending that begins with an alef joins
such a stem as lam-alef, and the extractor writes it back to front: the
accusative "تمويلا" comes out "تمويال", the plural "تحويلات" "تحويالت".
"""
import pathlib
import re
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "paratag" / "data" / "arabic_words.txt"
DICTIONARY = "/usr/share/hunspell/ar.dic"
MARKS = re.compile("[\u064B-\u0652\u0670\u0640]")
WASL_HEADER = """\
# Stems of kind "wasl stem": the same dictionary's stems, so read, that begin
# with a bare alef and are shaped as verbal nouns of the forms VII, VIII and
# X (اقتصاد, استخدام: five to seven letters, an alef before the last), where
# the word of the article and the rest is none Hunspell knows: the word after
# لِـ "for" where the extractor wrote the lam and that alef back to front
# ("القتصاد" for "لاقتصاد").  Written by data/build_arabic_stems.py.
"""
LAM_HEADER = """\
# Stems of kind "lam stem": the same dictionary's stems, so read, three
# letters or more, that end in lam, or in lam and ta marbuta (left off):
# the stem before an ending that begins with an alef, which the lam joins
# as lam-alef ("تمويال" for "تمويلا", "تحويالت" for "تحويلات").  Written by
# data/build_arabic_stems.py; they and the wasl stems end the file.
"""

def dictionary_words():
    with open(DICTIONARY, encoding="utf-8", errors="ignore") as f:
        for line in f:
            word = MARKS.sub("", line.strip().split("/")[0])
            if all("\u0621" <= c <= "\u064A" for c in word):
                yield word


def wasl_stems():
    found = set()
    for word in dictionary_words():
        if word.startswith("\u0627") and 5 <= len(word) <= 7 and word[-2] == "\u0627":
            found.add(word)
    found = sorted(found)
    with_article = ["\u0627\u0644" + w[1:] for w in found]
    known = set(subprocess.run(["hunspell", "-d", "ar", "-G"], input="\n".join(with_article) + "\n",
                               capture_output=True, text=True, check=True).stdout.split())
    return [w for w, a in zip(found, with_article) if a not in known]


def lam_stems():
    found = set()
    for word in dictionary_words():
        if word.endswith("\u0644\u0629"):  # lam, ta marbuta
            word = word[:-1]
        if len(word) >= 3 and word.endswith("\u0644"):
            found.add(word)
    return sorted(found)


def main():
    lines = DATA.read_text(encoding="utf-8").splitlines()
    start = WASL_HEADER.splitlines()[0]
    kept = lines[:lines.index(start)] if start in lines else lines
    rows = (WASL_HEADER.splitlines() + [f"{w}\twasl stem" for w in wasl_stems()] +
            LAM_HEADER.splitlines() + [f"{w}\tlam stem" for w in lam_stems()])
    DATA.write_text("\n".join(kept + rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

"""Write the "wasl stem" and "lam stem" rows of paratag/data/arabic_words.txt,
then run csrc/arabic_words.py to remake csrc/arabic_words.h.

    apt-get install hunspell hunspell-ar
    python3 data/build_arabic_stems.py && python3 csrc/arabic_words.py

It reads ../shared/corpus/unpc-devset/devset.ar.txt beside the checkout (the UN
Parallel Corpus devset, not shipped here) and stops with a message without it.

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

La forms: the lam-alef stems of this file that begin with لا, each with
the endings nouns take, where Hunspell knows the word and knows no word of
the article and the rest: "لاجئين" comes out "الجئين", which reads as the
article before a word only where the vocabulary knows none.

Twin forms: words whose lam-alef, written back to front, makes another
stem of the dictionary (خلاف and خالف), with or without the article and
with an ending, that Hunspell knows where it knows not the form the
extractor leaves, or knows both where the UNPC devset writes the word and
never that form: "الخالفية" is "الخلافية", where the stem alone cannot tell.

Lam stems: the same dictionary's stems, so read, three letters or more,
that end in lam (تمويل), or in lam and the feminine ta marbuta, which is
left off (مبادلة gives مبادل).  An ending that begins with an alef joins
such a stem as lam-alef, and the extractor writes it back to front: the
accusative "تمويلا" comes out "تمويال", the plural "تحويلات" "تحويالت".
"""
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "paratag" / "data" / "arabic_words.txt"
DICTIONARY = "/usr/share/hunspell/ar.dic"
DEVSET = ROOT.parent / "shared" / "corpus" / "unpc-devset" / "devset.ar.txt"
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


LA_HEADER = """\
# Words of kind "la form": a lam-alef stem that begins with لا and an ending
# (لاجئ and ين), where Hunspell knows the word and no word of the article and
# the rest (الجئين is none): at a word's start the extractor writes that
# lam-alef back to front, and only the vocabulary tells it from the article.
# Written by data/build_arabic_stems.py from this file's lam-alef stems.
"""
# the endings of a noun or adjective the word lists spell out: the commonest
# of csrc/arabic.c's core_suffixes (the rest would only lengthen the list)
ENDINGS = ["", "ة", "ات", "ين", "ون", "ان", "ا", "ي", "ية", "يات", "ه", "ها",
           "هم", "تها", "تهم"]


def known_words(words):
    out = subprocess.run(["hunspell", "-d", "ar", "-G"], input="\n".join(words) + "\n",
                         capture_output=True, text=True, check=True).stdout
    return set(out.split())


def la_forms(lines):
    stems = [w for w, kind in (l.split("\t") for l in lines if "\t" in l and not l.startswith("#"))
             if kind == "lam-alef stem" and w.startswith("\u0644\u0627")]
    forms = sorted({s + e for s in stems for e in ENDINGS})
    known = known_words(forms)
    forms = [f for f in forms if f in known]
    # a word of the article and the rest that Hunspell knows, or that the
    # devset writes, is a word: the form is left out
    articled = known_words("\u0627\u0644" + f[2:] for f in forms) | devset_words()
    return sorted(without_clitic_twins({(f, "\u0627\u0644" + f[2:]) for f in forms
                                        if "\u0627\u0644" + f[2:] not in articled}))


TWIN_HEADER = """\
# Words of kind "twin form": a word whose lam-alef, written back to front,
# makes a stem of the dictionary too (خلاف and خالف, طفل+ان and طفال), with
# or without the article, with an ending: kept where Hunspell knows the word
# and not the form the extractor leaves (الخلافية: الخالفية is none; طفلان:
# طفالن is none), or knows both and the devset writes only the word (الخلاف).  Written by data/build_arabic_stems.py from this file's stems.
"""
# what follows the alef of an ending that begins with one: the commonest of
# csrc/arabic.c's after_alef_endings
AFTER_ALEF = ["", "ت", "تها", "تهم", "ته", "ن"]


def back_to_front(word):
    """Each lam-alef of word written as the extractor writes it."""
    for i in range(len(word) - 1):
        if word[i] == "\u0644" and word[i + 1] in "\u0627\u0623\u0625\u0622":
            yield word[:i] + word[i + 1] + "\u0644" + word[i + 2:]


def twin_forms(lines):
    rows = [l.split("\t") for l in lines if "\t" in l and not l.startswith("#")]
    lam_alef = {w for w, kind in rows if kind == "lam-alef stem"}
    alef_lam = {w for w, kind in rows if kind == "alef-lam stem"}
    pairs = set()  # (the word, the form the extractor leaves)
    for prefix in ("", "\u0627\u0644"):
        for stem in lam_alef:
            if any(t in alef_lam for t in back_to_front(stem)):
                for e in ENDINGS:
                    word = prefix + stem + e
                    pairs |= {(word, f) for f in back_to_front(word)}
        for stem in lam_stems():
            if stem[:-1] + "\u0627\u0644" in alef_lam:
                for e in AFTER_ALEF:
                    word = prefix + stem + "\u0627" + e
                    pairs |= {(word, f) for f in back_to_front(word)}
    known = known_words({w for p in pairs for w in p})
    typed = devset_words()
    # where Hunspell knows both, the one the devset writes and the other not
    chosen = {(w, f) for w, f in pairs if w in known and
              (f not in known or (w in typed and f not in typed))}
    return sorted(without_clitic_twins(chosen))


# the one-letter clitics csrc/arabic.c reads a word past (is_clitic_letter)
CLITICS = "\u0648\u0641\u0628\u0643\u0644"


def without_clitic_twins(pairs):
    """The words of pairs (word, the form the extractor leaves) but those
    whose form, after a one-letter clitic, is a word Hunspell knows: the
    repair reads a word past such a clitic, and كفالة is no ك before فالة."""
    clitic_words = known_words({c + f for _, f in pairs for c in CLITICS})
    return {w for w, f in pairs if not any(c + f in clitic_words for c in CLITICS)}


def devset_words():
    """The words of the UNPC devset's Arabic side (text typed, not
    extracted: its alef-lam is the article's), diacritics and tatweel off."""
    if not DEVSET.exists():
        sys.exit(f"build_arabic_stems: {DEVSET} is needed (the UN Parallel Corpus devset)")
    text = MARKS.sub("", DEVSET.read_text(encoding="utf-8"))
    return set(re.findall("[\u0621-\u064A]+", text))


def main():
    lines = DATA.read_text(encoding="utf-8").splitlines()
    start = WASL_HEADER.splitlines()[0]
    kept = lines[:lines.index(start)] if start in lines else lines
    rows = (WASL_HEADER.splitlines() + [f"{w}\twasl stem" for w in wasl_stems()] +
            LAM_HEADER.splitlines() + [f"{w}\tlam stem" for w in lam_stems()] +
            LA_HEADER.splitlines() + [f"{w}\tla form" for w in la_forms(kept)] +
            TWIN_HEADER.splitlines() + [f"{w}\ttwin form" for w in twin_forms(kept)])
    DATA.write_text("\n".join(kept + rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

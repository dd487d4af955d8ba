"""How often two languages of the UN Parallel Corpus devset name the same
countries on aligned lines.

    python3 benchmarks/country_agreement.py [SHARED_DIR]

For each language against English: among the aligned lines where either
side names a country, the share whose multisets of COUNTRY values are
equal, and the most frequent disagreements.  tests/test_entities.py holds
zh-en to its target.
"""
import sys
from collections import Counter
from pathlib import Path

import paratag

LANGS = ("zh", "fr", "es", "ru", "ar")


def countries(lines, lang, tagger):
    """The multiset of COUNTRY values on each line."""
    out = []
    for line in lines:
        doc = paratag.parse(line, lang=lang, tagger=tagger)
        out.append(Counter(e.value for e in doc.entities if e.label == "COUNTRY"))
    return out


def agreement(shared, lang, tagger=None):
    """(share agreeing, lines compared, Counter of disagreements)."""
    tagger = tagger or paratag._tagger.default_tagger()
    folder = Path(shared) / "corpus" / "unpc-devset"
    read = lambda l: (folder / f"devset.{l}.txt").read_text(encoding="utf-8").split("\n")
    en, other = read("en"), read(lang)
    a, b = countries(en, "en", tagger), countries(other, lang, tagger)
    compared = agreed = 0
    diffs = Counter()
    for x, y in zip(a, b):
        if not x and not y:
            continue
        compared += 1
        if x == y:
            agreed += 1
            continue
        for value in (x - y):
            diffs[f"only en: {value}"] += 1
        for value in (y - x):
            diffs[f"only {lang}: {value}"] += 1
    return agreed / compared if compared else 1.0, compared, diffs


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parents[2] / "shared")
    for lang in LANGS:
        share, compared, diffs = agreement(shared, lang)
        print(f"{lang}-en: {share:.3f} of {compared} lines agree")
        for what, n in diffs.most_common(10):
            print(f"    {n:4d}  {what}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Print paratag/data/length_ratios.tab: how long a text is in each language,
in characters other than white space, against the same text in English.

Read from the UNPC v1.0 development set (4,000 segments, line-aligned in
the six languages): for each language, the median over lines whose English
has more than 40 such characters of log(len(lang) / len(English)), and the
standard deviation of that log, which paratag.align() takes for how far a
translation's length strays.

    python3 benchmarks/length_ratios.py [SHARED] > paratag/data/length_ratios.tab
"""
import math
import re
import statistics
import sys
from pathlib import Path

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


def size(line: str) -> int:
    return len(re.sub(r"\s", "", line))


def main() -> None:
    devset = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared") / "corpus" / "unpc-devset"
    lines = {lang: (devset / f"devset.{lang}.txt").read_text(encoding="utf-8").splitlines()
             for lang in LANGUAGES}
    print("# Length of a text in each language against English, in characters other than")
    print("# white space: median ratio and standard deviation of the log ratio over the lines")
    print("# of the UNPC v1.0 development set whose English has over 40 such characters.")
    print("# Made by benchmarks/length_ratios.py.")
    print("# lang\tratio\tspread")
    for lang in LANGUAGES:
        logs = [math.log(size(x) / size(en)) for x, en in zip(lines[lang], lines["en"])
                if size(en) > 40 and size(x)]
        print(f"{lang}\t{math.exp(statistics.median(logs)):.3f}\t{statistics.pstdev(logs):.3f}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The most frequent disagreements Alignment.differences() finds on real
language versions: the French and English corpus pairs, the Chinese and
English ldc_programme_ops, and five ESCWA reports in Arabic and English.

Each line: how often, the other language, label, status and the two
values, and where it was first seen (both sides' text around the value), so
that a reader can judge whether it is a translation difference or a
tagging error.

    python3 benchmarks/align_differences.py [--top N]
"""
import argparse
import os
from collections import Counter
from pathlib import Path

import paratag

SHARED = Path(os.environ.get("PARATAG_SHARED",
                             Path(__file__).resolve().parent.parent.parent / "shared"))
PAIRS = [("A_HRC_WG.6_7_ITA_1", "fr"), ("A_RES_48_161", "fr"), ("ldc_programme_ops", "zh")] + [
    (f"escwa/{name}", "ar") for name in (
        "E_ESCWA_2017_EC.4_9_REPORT", "E_ESCWA_SD_2017_IG.1_7_REPORT",
        "E_ESCWA_EDID_2017_IG.2_9_REPORT", "E_ESCWA_2017_EC.4_INF.1",
        "E_ESCWA_ECW_2017_IG.1_7_REPORT")]


def around(blocks, value, width=40):
    """The text around the first entity of this value in the blocks."""
    for block in blocks:
        for e in block.entities:
            if e.value == value:
                return block.text[max(0, e.start - width):e.end + width].replace("\n", " ")
    return ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=10)
    args = ap.parse_args()
    counts: Counter[tuple[str, ...]] = Counter()
    first: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for stem, other in PAIRS:
        a, b = (paratag.parse_file(SHARED / "corpus" / f"{stem}.{lang}.txt")
                for lang in ("en", other))
        alignment = paratag.align(a, b)
        for d in alignment.differences():
            key = (other, d.label, d.status, d.a_value or "-", d.b_value or "-")
            counts[key] += 1
            pair = alignment.pairs[d.pair]
            first.setdefault(key, (stem, around(pair.a, d.a_value), around(pair.b, d.b_value)))
    print(f"{sum(counts.values())} differences, {len(counts)} distinct")
    for key, n in counts.most_common(args.top):
        stem, a_text, b_text = first[key]
        print(f"{n:>4}  en-{key[0]} {key[1]} {key[2]}: {key[3]} | {key[4]}   ({stem})")
        print(f"        en: {a_text!r}")
        print(f"        {key[0]}: {b_text!r}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""How many numbered English paragraphs of ESCWA reports paratag.align()
pairs with the Arabic paragraph of the same number.

Every English file of ../shared/corpus/escwa (or $PARATAG_SHARED/corpus/escwa)
with an Arabic twin is aligned with it; each English paragraph with a
number counts once.  It is right when its pair holds an Arabic paragraph of
that number.  A miss is put in one class:
  no Arabic number   the Arabic version has no paragraph of that number
                     (its blocks lost or misread it; the English one may be
                     a list item the Arabic runs on, or a contents line);
  repeated           the number is held by more than one paragraph on a
                     side (an annex numbers again from 1);
  paired otherwise   the Arabic paragraph exists once but the alignment
                     paired the English one elsewhere (or the Arabic's
                     number is a subheading's, its paragraphs' lost).
The share among reports whose Arabic blocks hold 80% of the English
numbers once is what the alignment itself gets right.

    python3 benchmarks/align_escwa.py [--misses N]
"""
import argparse
import os
from collections import Counter, defaultdict
from pathlib import Path

import paratag
from paratag._align import _plain_number

SHARED = Path(os.environ.get("PARATAG_SHARED",
                             Path(__file__).resolve().parent.parent.parent / "shared"))


def numbered(blocks):
    return [b for b in blocks if b.kind == "paragraph" and b.number]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--misses", type=int, default=0, help="print this many misses of each class")
    args = ap.parse_args()
    folder = SHARED / "corpus" / "escwa"
    pairs = [(en, en.with_name(en.name[:-len(".en.txt")] + ".ar.txt"))
             for en in sorted(folder.glob("*.en.txt"))]
    pairs = [(en, ar) for en, ar in pairs if ar.exists()]
    total = right = 0
    # where the Arabic blocks hold most of the English numbers once, what
    # is missed is the alignment's doing
    fair_total = fair_right = 0
    misses: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    fair_examples: dict[str, list[str]] = defaultdict(list)
    for en_path, ar_path in pairs:
        en, ar = paratag.parse_file(en_path), paratag.parse_file(ar_path)
        alignment = paratag.align(en, ar)
        ar_numbers = Counter(_plain_number(b.number) for b in numbered(ar.blocks))
        en_numbers = Counter(_plain_number(b.number) for b in numbered(en.blocks))
        fair = sum(1 for n in en_numbers if ar_numbers[n] == 1) >= 0.8 * len(en_numbers)
        for pair in alignment:
            for block in numbered(pair.a):
                number = _plain_number(block.number)
                total += 1
                fair_total += fair
                if any(b.kind == "paragraph" and _plain_number(b.number) == number
                       for b in pair.b):
                    right += 1
                    fair_right += fair
                    continue
                why = ("no Arabic number" if not ar_numbers[number] else
                       "repeated" if ar_numbers[number] > 1 or en_numbers[number] > 1 else
                       "paired otherwise")
                misses[why] += 1
                # the alignment's own misses first
                (fair_examples if fair else examples)[why].append(
                    f"{en_path.name[:-7]} {number}: {block.text[:50]!r} -> "
                    f"{' | '.join(f'{b.kind} {b.number} {b.text[:30]!r}' for b in pair.b) or '-'}")
    print(f"{len(pairs)} pairs, {total} numbered English paragraphs, "
          f"{right} paired with the Arabic of the same number ({right / max(total, 1):.3f})")
    print(f"  {fair_total} of them in reports whose Arabic holds 80% of the English numbers "
          f"once: {fair_right} right ({fair_right / max(fair_total, 1):.3f})")
    for why, n in misses.most_common():
        print(f"  {why:<18}{n:>5}")
        for line in (fair_examples[why] + examples[why])[:args.misses]:
            print(f"      {line}")


if __name__ == "__main__":
    main()

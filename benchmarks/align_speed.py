#!/usr/bin/env python3
"""How long paratag.align() takes on two 100-page language versions.

The English and French national report of Italy for the Universal Periodic
Review (tests/data/corpus/A_HRC_WG.6_7_ITA_1.{en,fr}.txt, pages split by
form feeds) repeated to 100 pages each, parsed once; then align() on freshly
parsed copies (so that its time includes building the Python blocks), the
median of REPEATS runs, after one run that imports numpy.  Target: 50 ms.
Wall time, and the process's CPU time, which other programs on a busy
machine disturb less: the target is judged on CPU time, and the load
average is printed beside it.

    python3 benchmarks/align_speed.py
"""
import os
import statistics
import time
from pathlib import Path

import paratag

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"
PAGES = 100
REPEATS = 7
TARGET_MS = 50.0


def hundred_pages(paths: list[Path]) -> list[str]:
    """The texts, each repeated as often as makes the first one PAGES pages."""
    texts = [p.read_text(encoding="utf-8") for p in paths]
    copies = -(-PAGES // (texts[0].count("\f") or 1))
    return ["\f".join([t] * copies) for t in texts]


def main() -> None:
    texts = hundred_pages([CORPUS / f"A_HRC_WG.6_7_ITA_1.{lang}.txt" for lang in ("en", "fr")])
    paratag.align(*(paratag.parse(t) for t in texts))  # imports numpy
    wall, cpu = [], []
    for _ in range(REPEATS):
        docs = [paratag.parse(t) for t in texts]
        start, start_cpu = time.perf_counter(), time.process_time()
        alignment = paratag.align(*docs)
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    ms, cpu_ms = statistics.median(wall), statistics.median(cpu)
    pages = [t.count("\f") + 1 for t in texts]
    print(f"{'task':<28}{'pages':>9}{'blocks':>11}{'pairs':>7}{'ms':>8}{'cpu ms':>8}  target")
    print(f"{'align() en-fr, UPR report':<28}{'/'.join(map(str, pages)):>9}"
          f"{'/'.join(str(len(d)) for d in docs):>11}{len(alignment):>7}{ms:>8.1f}{cpu_ms:>8.1f}  "
          f"cpu < {TARGET_MS:.0f} ms: {'met' if cpu_ms < TARGET_MS else 'NOT met'}"
          f"  (load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()

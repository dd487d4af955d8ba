"""Dump paratag's whole output for a set of texts, to compare two builds.

    python3 benchmarks/snapshot.py OUT.jsonl [SHARED]     # SHARED defaults to ../shared
    cmp A.jsonl B.jsonl   (or: diff <(...) <(...))

For a change meant to keep behaviour (a refactor, a speed-up), run it before
and after and compare: one line per document, with its language, metadata,
every block's kind, number, text hash and footnote refs, and every entity's
label, offsets, value and source.  The documents are every corpus file and
every line of the UNPC devset in each of its six languages.
"""
import glob
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import paratag  # noqa: E402  (this checkout's, not whichever is installed)


def documents(shared):
    corpus = os.path.join(shared, "corpus")
    for path in sorted(glob.glob(f"{corpus}/*.txt") + glob.glob(f"{corpus}/escwa/*.txt")):
        with open(path, "rb") as f:
            yield os.path.relpath(path, corpus), f.read()
    for path in sorted(glob.glob(f"{corpus}/unpc-devset/devset.??.txt")):
        if path.endswith(".ids.txt"):
            continue
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f.read().split("\n")):
                yield f"{os.path.basename(path)}:{i + 1}", line


def record(name, doc):
    blocks = []
    for b in doc.blocks:
        blocks.append([b.kind, b.number, hashlib.sha1(b.text.encode()).hexdigest()[:12],
                       list(b.footnote_refs),
                       [[e.label, e.start, e.end, e.value, e.source] for e in b.entities]])
    return {"name": name, "lang": doc.language, "metadata": doc.metadata, "blocks": blocks}


def main(out, shared="../shared"):
    with open(out, "w", encoding="utf-8") as f:
        for name, text in documents(shared):
            f.write(json.dumps(record(name, paratag.parse(text)), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])

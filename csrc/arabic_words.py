"""Write csrc/arabic_words.h from paratag/data/arabic_words.txt (run from
the repository's root after changing the data file; tests/test_arabic.py
checks the two agree).  The core reads the words from the header, sorted
bytewise for a binary search."""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "paratag" / "data" / "arabic_words.txt"
HEADER = ROOT / "csrc" / "arabic_words.h"


def header_text(data: str) -> str:
    kinds = {"lam-alef": [], "keep": [], "lam-alef stem": [], "alef-lam stem": [],
             "hamza stem": [], "wasl stem": [], "lam stem": [], "la form": [], "twin form": []}
    for line in data.splitlines():
        if line and not line.startswith("#"):
            word, kind = line.split("\t")
            kinds[kind].append(word)
    # a la form is a word with lam-alef as the devset's are, from the dictionary
    kinds["lam-alef"] += kinds.pop("la form") + kinds.pop("twin form")
    out = ["/* Made by csrc/arabic_words.py from paratag/data/arabic_words.txt,",
           " * which says what the words are and where they come from.  Do not",
           " * edit: change the data file and run the script. */"]
    for kind, name in (("lam-alef", "lam_alef_words"), ("keep", "kept_words"),
                       ("lam-alef stem", "lam_alef_stems"), ("alef-lam stem", "alef_lam_stems"),
                       ("hamza stem", "hamza_stems"), ("wasl stem", "wasl_stems"),
                       ("lam stem", "lam_end_stems")):
        words = sorted(set(kinds[kind]), key=lambda w: w.encode())
        out.append(f"static const char *const {name}[] = {{")
        out += [f'    "{w}",' for w in words]
        out.append("};")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    HEADER.write_text(header_text(DATA.read_text(encoding="utf-8")), encoding="utf-8")
    sys.exit(0)

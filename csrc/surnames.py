"""Write csrc/surnames.h from paratag/data/surnames.txt (run from the
repository's root after changing the data file; tests/test_entities_open.py
checks the two agree).  Two-character surnames come first, so that the
core's first match is the longest."""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "paratag" / "data" / "surnames.txt"
HEADER = ROOT / "csrc" / "surnames.h"


def header_text(data: str) -> str:
    names = [l for l in data.splitlines() if l and not l.startswith("#")]
    names.sort(key=lambda s: -len(s))  # stable: most common first within a length
    out = ["/* Made by csrc/surnames.py from paratag/data/surnames.txt, which says",
           " * where the surnames come from.  Do not edit: change the data file and",
           " * run the script. */",
           "static const char *const surnames_zh[] = {"]
    out += [f'    "{s}",' for s in names]
    out.append("};")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    HEADER.write_text(header_text(DATA.read_text(encoding="utf-8")), encoding="utf-8")

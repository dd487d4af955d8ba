"""Write csrc/transliteration_zh.h from paratag/data/transliteration_zh.txt
(run from the repository's root after changing the data file;
tests/test_entities_zh_unseen.py checks the two agree): the characters'
code points in order, for a binary search."""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "paratag" / "data" / "transliteration_zh.txt"
HEADER = ROOT / "csrc" / "transliteration_zh.h"


def header_text(data):
    chars = sorted(c for line in data.splitlines() if line and not line.startswith("#")
                   for c in line)
    out = ["/* Made by csrc/transliteration_zh.py from paratag/data/transliteration_zh.txt,",
           " * which says where the characters come from.  Do not edit. */",
           "static const uint32_t transliteration_zh[] = {"]
    for k in range(0, len(chars), 8):
        out.append("    " + " ".join(f"0x{ord(c):04X}," for c in chars[k:k + 8]))
    out.append("};")
    return "\n".join(out) + "\n"



if __name__ == "__main__":
    HEADER.write_text(header_text(DATA.read_text(encoding="utf-8")), encoding="utf-8")

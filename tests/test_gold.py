"""Every gold file: the CLI's JSON scores block accuracy 1.0 with score.py,
and entities at micro-F1 >= 0.97, value accuracy >= 0.99, no label below 0.90."""
import json
import subprocess
import sys

import pytest
from conftest import SHARED, cli, ids, shared_files

GOLDS = shared_files("gold/*.gold.json")


def score(gold, out, *flags):
    run = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(gold), str(out), *flags],
                         capture_output=True, text=True, encoding="utf-8")
    assert run.returncode in (0, 1), run.stderr
    return run.stdout


@pytest.mark.parametrize("gold", GOLDS, ids=ids(GOLDS))
def test_gold(gold, tmp_path):
    corpus = SHARED / "corpus" / gold.name.replace(".gold.json", ".txt")
    run = cli(corpus, "--format", "json")
    assert run.returncode == 0, run.stderr.decode()
    out = tmp_path / "out.json"
    out.write_bytes(run.stdout)
    print(f"\n{gold.name}\n{score(gold, out)}")  # shown with pytest -s
    # --json prints the result, then a one-line summary: read the JSON value only.
    res, _ = json.JSONDecoder().raw_decode(score(gold, out, "--json"))
    assert res["block_accuracy"] == 1.0, json.dumps(res["block_mismatches"], ensure_ascii=False, indent=1)
    misses = json.dumps({k: res[k] for k in ("missed", "spurious", "value_errors")}, ensure_ascii=False)
    assert res["micro"]["f1"] >= 0.97, misses
    assert res["value_accuracy"] >= 0.99, misses
    weak = {label: r["f1"] for label, r in res["labels"].items() if r["f1"] < 0.90}
    assert not weak, (weak, misses)

"""Every gold file: the CLI's JSON scores block accuracy 1.0 with the
project's scorer, and entities at micro-F1 >= 0.97,
value accuracy >= 0.99, no label below 0.90."""
import json
import sys

import pytest
import scoring
from conftest import CORPUS, cli, data_files, ids

GOLDS = data_files("gold/*.gold.json")


@pytest.mark.parametrize("gold", GOLDS, ids=ids(GOLDS))
def test_gold(gold):
    corpus = CORPUS / gold.name.replace(".gold.json", ".txt")
    run = cli(corpus, "--format", "json")
    assert run.returncode == 0, run.stderr.decode()
    system = json.loads(run.stdout)
    res = scoring.score(json.loads(gold.read_text(encoding="utf-8")), system)
    print(f"\n{gold.name}")
    scoring.report(res, sys.stdout)  # shown with pytest -s
    assert res["block_accuracy"] == 1.0, json.dumps(res["block_mismatches"], ensure_ascii=False, indent=1)
    misses = json.dumps({k: res[k] for k in ("missed", "spurious", "value_errors")}, ensure_ascii=False)
    assert res["micro"]["f1"] >= 0.97, misses
    assert res["value_accuracy"] >= 0.99, misses
    weak = {label: r["f1"] for label, r in res["labels"].items() if r["f1"] < 0.90}
    assert not weak, (weak, misses)

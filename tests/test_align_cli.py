"""`paratag align A B`: the side-by-side table, JSON and CSV, and its errors."""
import csv
import io
import json

from conftest import CORPUS, cli

import paratag

EN, ZH = CORPUS / "ldc_programme_ops.en.txt", CORPUS / "ldc_programme_ops.zh.txt"


def test_json_is_to_dict():
    run = cli("align", EN, ZH, "--format", "json")
    assert run.returncode == 0, run.stderr.decode()
    expected = paratag.align(paratag.parse_file(EN), paratag.parse_file(ZH)).to_dict()
    assert json.loads(run.stdout) == json.loads(json.dumps(expected))
    assert "注意到秘书长的报告" in run.stdout.decode()  # not \u escapes


def test_table_side_by_side(monkeypatch, tmp_path):
    monkeypatch.setenv("COLUMNS", "80")
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("1. Nigeria reported on 6 June 2018.\n\n2. Ghana agreed.\n", encoding="utf-8")
    b.write_text("1. Nigeria reported on 7 June 2018.\n\n2. Ghana agreed.\n\n"
                 "3. Kenya added a long remark to the record of the meeting.\n",
                 encoding="utf-8")
    run = cli("align", a, b)
    assert run.returncode == 0, run.stderr.decode()
    lines = run.stdout.decode().splitlines()
    assert lines[0] == ("== en | en  pairs=2 only_a=0 only_b=1 differences=1  (too little to "
                        "tell whether versions of one text: one has 2 blocks, the other 3)")
    assert lines[1].startswith("! 1 Nigeria reported on 6 June 2018.") and \
        "| 1 Nigeria reported on 7 June 2018." in lines[1]
    assert lines[2] == "    DATE 2018-06-06 != 2018-06-07"
    assert lines[3].startswith("  2 Ghana agreed.") and lines[3].endswith("| 2 Ghana agreed.")
    assert lines[4].startswith(">") and "3 Kenya added" in lines[4]
    assert all(len(line) <= 80 for line in lines[1:])  # the header says all, however long


def test_csv_one_pair_a_line(tmp_path):
    out = tmp_path / "pairs.csv"
    run = cli("align", EN, ZH, "--format", "csv", "--output", out)
    assert run.returncode == 0 and run.stdout == b""
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 19
    assert (rows[0]["a_number"], rows[0]["b_number"], rows[0]["b_text"]) == \
        ("1", "1", "注意到秘书长的报告；")


def test_errors(tmp_path):
    run = cli("align", EN, tmp_path / "missing.txt")
    assert run.returncode == 1
    assert run.stderr.decode().strip() == \
        f"paratag align: {tmp_path / 'missing.txt'}: No such file or directory"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"1. caf\xe9\n")
    assert cli("align", EN, bad).returncode == 1
    assert cli("align", EN, bad, "--errors", "replace").returncode == 0
    assert cli("align", EN).returncode == 2  # usage: two files

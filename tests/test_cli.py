"""The paratag command line: formats, stdin, errors, exit statuses."""
import json

from conftest import SAMPLES, cli

import paratag

EN, ZH = SAMPLES / "sample.en.txt", SAMPLES / "sample.zh.txt"


def test_json_is_to_dict():
    run = cli(EN, "--format", "json")
    assert run.returncode == 0, run.stderr.decode()
    assert json.loads(run.stdout) == paratag.parse_file(EN).to_dict(EN.name)
    assert "秘书处" in cli(ZH, "--format", "json").stdout.decode()  # not \u escapes


def test_json_several_files_is_a_list():
    run = cli(EN, ZH, "--format", "json")
    assert [d["document"] for d in json.loads(run.stdout)] == [EN.name, ZH.name]


def test_jsonl():
    run = cli(EN, ZH, "--format", "jsonl")
    lines = run.stdout.decode().splitlines()
    assert [json.loads(line) for line in lines] == [
        paratag.parse_file(p).to_dict(p.name) for p in (EN, ZH)]


def test_table(monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    run = cli(EN)
    assert run.returncode == 0, run.stderr.decode()
    lines = run.stdout.decode().splitlines()
    assert lines[0].startswith(f"== {EN.name}") and "language=en" in lines[0]
    for key, value in paratag.parse_file(EN).metadata.items():
        assert f"   {key}: {value}" in lines
    rows = [line for line in lines if line.split(" ", 1)[0] in ("heading", "paragraph", "footnote")]
    assert len(rows) == len(paratag.parse_file(EN))
    assert all(len(r) <= 60 for r in rows)


def test_stdin():
    run = cli("-", "--format", "json", stdin=EN.read_bytes())
    assert run.returncode == 0, run.stderr.decode()
    assert json.loads(run.stdout) == paratag.parse_file(EN).to_dict("<stdin>")


def test_lang_forced():
    run = cli(EN, "--format", "json", "--lang", "fr")
    assert json.loads(run.stdout)["language"] == "fr"


def test_missing_file(tmp_path):
    missing = tmp_path / "nosuch.txt"
    run = cli(missing, EN)
    assert run.returncode == 1
    assert run.stderr.decode().startswith(f"paratag: {missing}: ")
    assert EN.name in run.stdout.decode()  # the other file is still shown


def test_invalid_utf8(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"1. Caf\xe9 au lait.\n")
    run = cli(bad, "--format", "json")
    assert run.returncode == 1
    assert run.stderr.decode().startswith(f"paratag: {bad}: ")
    assert "byte 6" in run.stderr.decode()
    assert run.stdout == b""
    run = cli(bad, "--format", "json", "--errors", "replace")
    assert run.returncode == 0, run.stderr.decode()
    assert json.loads(run.stdout)["blocks"][0]["text"] == "Caf\ufffd au lait."


def test_usage_errors():
    assert cli().returncode == 2
    assert cli(EN, "--format", "xml").returncode == 2


def test_version():
    run = cli("--version")
    assert run.returncode == 0
    assert run.stdout.decode().strip() == f"paratag {paratag.__version__} (ICU {paratag.icu_version})"


def test_unknown_language_is_a_usage_error():
    run = cli("-", "--lang", "xx", stdin=b"1. Text.")
    assert run.returncode == 2 and b"invalid choice: 'xx'" in run.stderr


def test_csv_is_the_entity_table(tmp_path):
    import csv
    import io

    run = cli(EN, ZH, "--format", "csv")
    assert run.returncode == 0, run.stderr.decode()
    rows = list(csv.reader(io.StringIO(run.stdout.decode("utf-8"))))
    assert rows[0] == ["document", "block", "kind", "number", "label", "text", "value",
                       "source", "start", "end", "raw_start", "raw_end"]
    expected = [[p.name, str(i), b.kind, b.number, e.label, e.text, e.value, e.source,
                 str(e.start), str(e.end)]
                for p in (EN, ZH) for i, b in enumerate(paratag.parse_file(p).blocks)
                for e in b.entities]
    assert [r[:10] for r in rows[1:]] == expected
    out = tmp_path / "entities.csv"
    run = cli(EN, ZH, "--format", "csv", "--output", out)
    assert run.returncode == 0 and run.stdout == b""
    assert out.read_bytes().decode("utf-8").splitlines() == \
        cli(EN, ZH, "--format", "csv").stdout.decode("utf-8").splitlines()


def test_output_file_and_workers(tmp_path):
    out = tmp_path / "docs.jsonl"
    run = cli(EN, ZH, EN, "--format", "jsonl", "-o", out, "--workers", "2")
    assert run.returncode == 0, run.stderr.decode()
    assert [json.loads(line)["document"] for line in out.read_text("utf-8").splitlines()] == \
        [EN.name, ZH.name, EN.name]
    assert cli(EN, "--workers", "0").returncode == 2
    unwritable = cli(EN, "-o", tmp_path / "no" / "such" / "dir.jsonl")
    assert unwritable.returncode == 1
    assert unwritable.stderr.decode().endswith("No such file or directory\n")


def test_progress_bar_on_stderr_for_many_files():
    files = [EN, ZH] * 10
    run = cli(*files, "--format", "jsonl", "--progress")
    assert run.returncode == 0
    assert "20/20" in run.stderr.decode() and len(run.stdout.splitlines()) == 20
    # not asked for, and stderr no terminal: no bar
    assert cli(*files, "--format", "jsonl").stderr == b""

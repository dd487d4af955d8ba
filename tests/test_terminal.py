"""What the table output shows a person at a terminal: entities coloured
by label with a legend, or marked [text|LABEL:value] when not a terminal;
a summary per document; the aligned entity table; and the input's control
characters escaped, never written raw."""
import json
import os
import pty
import re
import subprocess
import sys

import pytest
from conftest import REPO, SAMPLES, cli

import paratag
from paratag import _terminal
from paratag._terminal import Renderer, escape, width, wrap

# a made-up report whose text carries an escape sequence that would set the
# terminal's title, a bell, a C1 CSI and a right-to-left override
HOSTILE = ("1. Kenya and Ghana met in Nairobi \x1b[2Jpwned\x07 on 6 June 2018;"
           " see \x9b31m and \u202eevil.\n"
           "2. Kenya gave $1.2 million to UNICEF.\n")


def run_in_pty(*args, no_color=False):
    """Run `python -m paratag ARGS` with a pseudo-terminal as its stdout
    (80 columns; NO_COLOR set if `no_color`); what it wrote, decoded."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env.update(COLUMNS="80", TERM="xterm", **({"NO_COLOR": "1"} if no_color else {}))
    proc = subprocess.Popen([sys.executable, "-m", "paratag", *map(str, args)], cwd=REPO,
                            stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    assert proc.wait() == 0, proc.stderr.read().decode()
    proc.stderr.close()
    return out.decode("utf-8").replace("\r\n", "\n")


@pytest.fixture
def hostile(tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


def test_terminal_table_is_coloured_with_a_legend_and_escapes_controls(hostile):
    out = run_in_pty(hostile)
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("legend: "))
    legend = " ".join(lines[at:at + 2])  # 80 columns: on two lines
    for label in ("COUNTRY", "PLACE", "DATE", "MONEY", "ORG"):
        assert f"\x1b[{_sgr(label)}m{label}\x1b[0m" in legend
    assert f"\x1b[{_sgr('COUNTRY')}mKenya\x1b[0m" in out
    assert "\x1b[2m‹KEN›\x1b[0m" in out  # the value, dimmed
    assert "[Kenya|" not in out
    # the input's controls are shown, not obeyed (a bidi override is a
    # direction mark, which block text leaves out: it never reaches the screen)
    assert "\\x1b[2Jpwned\\x07" in out and "\\x9b31m" in out
    assert "\x1b[2J" not in out and "\x07" not in out and "\x9b" not in out and "\u202e" not in out
    assert "   countries: Kenya (KEN) ×2, Ghana (GHA) ×1" in out


def _sgr(label):
    return ";".join(str(_terminal.SGR[w]) for w in _terminal.STYLES[label].split())


@pytest.mark.parametrize("how", ["NO_COLOR", "--no-color"])
def test_no_color_in_a_terminal_gives_plain_marks(hostile, how):
    out = run_in_pty(hostile, "--no-color") if how == "--no-color" else \
        run_in_pty(hostile, no_color=True)
    assert "\x1b" not in out and "legend:" not in out
    assert "[Kenya|COUNTRY:KEN]" in out


def test_not_a_terminal_gives_plain_marks_and_still_escapes(hostile):
    run = cli(hostile)
    out = run.stdout.decode()
    assert run.returncode == 0 and "\x1b" not in out and "\x07" not in out
    assert "[Kenya|COUNTRY:KEN] and [Ghana|COUNTRY:GHA] met in [Nairobi|PLACE]" in out
    assert "[6 June 2018|DATE:2018-06-06]" in out and "[$1.2 million|MONEY:USD 1200000]" in out
    assert "\\x1b[2Jpwned\\x07" in out
    assert "   entities: " in out and "COUNTRY 3" in out
    assert cli(hostile, "--color").stdout.count(b"\x1b[") > 10  # forced, into a pipe


def test_json_and_csv_on_a_terminal_escape_what_they_leave(hostile):
    doc = json.loads(run_in_pty(hostile, "--format", "json"))
    assert doc == paratag.parse_file(hostile).to_dict(hostile.name)  # the same data
    raw = run_in_pty(hostile, "--format", "json")
    assert "\\u009b31m" in raw and "\x9b" not in raw
    csv_out = run_in_pty(hostile, "--format", "csv")
    assert "\x1b" not in csv_out and "\\x1b[2Jpwned\\x07" not in csv_out  # not in an entity
    assert "Kenya,KEN" in csv_out
    # into a file or a pipe, the data stay as they are
    assert "\x9b" in cli(hostile, "--format", "json").stdout.decode()


def test_entity_table_aligns_wide_characters():
    out = cli(SAMPLES / "sample.zh.txt", "--format", "entities").stdout.decode()
    lines = out.splitlines()
    assert lines[0].startswith("== sample.zh.txt  language=zh  entities=")
    header, rows = lines[1], lines[2:]
    assert header.split() == ["block", "label", "text", "value"]
    column = width(header[:header.index("value")])
    doc = paratag.parse_file(SAMPLES / "sample.zh.txt")
    assert len(rows) == len(doc.entities)
    for row, e in zip(rows, doc.entities):
        cut = next(i for i in range(len(row) + 1) if width(row[:i]) == column)
        assert row[cut:] == e.value, row
    assert any(width(r) != len(r) for r in rows)  # there were wide characters to align


def test_demo_shows_entities_values_and_a_summary():
    run = cli("demo")
    out = run.stdout.decode()
    assert run.returncode == 0
    assert "[Kenya|COUNTRY:KEN]" in out
    assert "[肯尼亚|COUNTRY:KEN]" in re.sub(r"\n +", "", out)  # Chinese lines break anywhere
    # English lines break at spaces
    assert "[UNODC|ORG:United Nations Office on Drugs and Crime]" in re.sub(r"\n +", " ", out)
    assert "   countries: Kenya (KEN) ×1" in out and "   bodies: " in out
    helptext = cli("--help").stdout.decode()
    for what in ("entities", "countries", "dates", "money", "PDF"):
        assert what in helptext


def test_ansi_codes_without_rich(monkeypatch):
    monkeypatch.setitem(sys.modules, "rich.console", None)
    doc = paratag.parse("1. Kenya met.\n")
    lines = Renderer(80, color=True).table(doc, "x").splitlines()
    assert "\x1b[1;33mKenya\x1b[0m\x1b[2m‹KEN›\x1b[0m met." in lines[-3]


def test_escape_and_wrap():
    assert escape("a\x00b\x1b[2Jc\x7f\x85\u2066") == "a\\x00b\\x1b[2Jc\\x7f\\x85\\u2066"
    assert escape("中文 ‎عربي") == "中文 ‎عربي"  # text and the marks that order it stay
    pieces = [("联合国" * 10 + " ", None, -1), ("United Nations", "bold", 0),
              (" and more words 在", None, -1), ("肯尼亚", "bold", 1), ("。", None, -1)]
    lines = wrap(pieces, 17)
    assert all(width("".join(t for t, _ in line)) <= 17 for line in lines)
    assert "".join(t for line in lines for t, _ in line).replace(" ", "") == \
        "".join(t for t, _, _ in pieces).replace(" ", "")
    shown = [p for line in lines for p in line]
    assert ("United Nations", "bold") in shown and ("肯尼亚", "bold") in shown  # not cut
    assert [width(line[0][0]) for line in lines[:3]] == [16, 16, 16]  # wide text fills lines
    assert all(t == t.strip() for line in lines for t, _ in line[-1:]) and [] not in lines

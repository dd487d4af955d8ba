"""The C core reads bottom-up: each file calls only files of its own layer or
of the layers below it, no files call each other round in a circle, and only
the binding knows Python.

The layers are the table at the top of csrc/internal.h.  Each core file is
compiled on its own and `nm` says which symbols it defines and which it
needs; a needed symbol that another core file defines is a call (or a use of
its data) from the one file to the other.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import REPO

CSRC = REPO / "csrc"
# A row of the table: "layer  file.c  ...", or "       file.c  ..." for
# another file of the layer above it.
ROW = re.compile(r"^ \*   ([a-z]+)? +([a-z_]+\.c)(?: |$)")
PYTHON_INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]Python\.h[>"]', re.M)


def layer_table(header: str) -> list[tuple[str, list[str]]]:
    """The layers, bottom first, each with its files, from the table that
    ends the first paragraph of rows in the header's opening comment."""
    comment = header[: header.index("*/")]
    layers: list[tuple[str, list[str]]] = []
    for line in comment.splitlines():
        m = ROW.match(line)
        if m is None:
            if layers and line.strip() == "*":
                break
            continue
        if m.group(1):
            layers.append((m.group(1), []))
        assert layers, f"a file before the first layer: {line!r}"
        layers[-1][1].append(m.group(2))
    return layers


def file_layers() -> tuple[dict[str, int], set[str]]:
    """Each named file's layer number (0 at the bottom), and the binding's
    files: the top layer's."""
    layers = layer_table((CSRC / "internal.h").read_text(encoding="utf-8"))
    assert layers, "no layer table at the top of csrc/internal.h"
    level: dict[str, int] = {}
    for k, (_, files) in enumerate(layers):
        for f in files:
            assert f not in level, f"{f} is in two layers"
            level[f] = k
    return level, set(layers[-1][1])


def compiler() -> list[str]:
    cc = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")
    if cc is None or shutil.which("nm") is None:
        pytest.skip("no C compiler or no nm")
    icu = os.environ.get("PT_ICU_CFLAGS")
    if icu is None:
        run = subprocess.run(["pkg-config", "--cflags", "icu-uc", "icu-i18n"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            pytest.skip("no pkg-config for ICU")
        icu = run.stdout
    return [*shlex.split(cc), "-std=c11", "-O0", "-c", *shlex.split(icu), f"-I{CSRC}"]


def symbols(cc: list[str], source: Path, out: Path) -> tuple[set[str], set[str]]:
    """The global symbols the file defines and those it needs."""
    obj = out / (source.stem + ".o")
    run = subprocess.run([*cc, str(source), "-o", str(obj)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    table = subprocess.run(["nm", "-P", str(obj)], capture_output=True, text=True,
                           check=True).stdout
    defined: set[str] = set()
    needed: set[str] = set()
    for row in table.splitlines():
        name, kind = row.split()[:2]
        if kind == "U":
            needed.add(name)
        elif kind.isupper():
            defined.add(name)
    return defined, needed


def core_graph(cc: list[str], files: list[str],
               tmp: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Which core files each file uses, and the Python symbols each names."""
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        syms = dict(zip(files, pool.map(lambda f: symbols(cc, CSRC / f, tmp), files)))
    owner = {s: f for f, (defined, _) in syms.items() for s in defined}
    uses = {f: {owner[s] for s in needed if s in owner} - {f}
            for f, (_, needed) in syms.items()}
    python = {f: {s for s in defined | needed if re.match(r"_{0,2}Py", s)}
              for f, (defined, needed) in syms.items()}
    return uses, python


def cycles(uses: dict[str, set[str]]) -> list[list[str]]:
    """The circles of files that call each other (Tarjan's components of
    more than one file)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(f: str) -> None:
        index[f] = low[f] = len(index)
        stack.append(f)
        for g in sorted(uses[f]):
            if g not in index:
                visit(g)
                low[f] = min(low[f], low[g])
            elif g in stack:
                low[f] = min(low[f], index[g])
        if low[f] == index[f]:
            component: list[str] = []
            while True:
                g = stack.pop()
                component.append(g)
                if g == f:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for f in sorted(uses):
        if f not in index:
            visit(f)
    return found


def test_layer_table_reads() -> None:
    table = layer_table(""" *   base         util.c   allocation
 *                results.c
 *                         wrapped words
 *   driver       doc.c    pt_parse
 *
 *   late         late.c
 */""")
    assert table == [("base", ["util.c", "results.c"]), ("driver", ["doc.c"])]


def test_every_file_has_a_layer() -> None:
    level, binding = file_layers()
    files = {p.name for p in CSRC.glob("*.c")}
    assert files - level.keys() == set(), "files csrc/internal.h's table does not place"
    assert level.keys() - files == set(), "files the table names that do not exist"
    assert "module.c" in binding


def test_only_the_binding_knows_python() -> None:
    _, binding = file_layers()
    sources = [p for p in CSRC.glob("*.[ch]") if p.name not in binding]
    including = [p.name for p in sources if PYTHON_INCLUDE.search(p.read_text(encoding="utf-8"))]
    assert including == []


def test_core_calls_only_down_and_never_round(tmp_path: Path) -> None:
    level, binding = file_layers()
    core = sorted(f for f in level if f not in binding)
    uses, python = core_graph(compiler(), core, tmp_path)
    assert {f: s for f, s in python.items() if s} == {}, "Python symbols outside the binding"
    upward = sorted(f"{f} -> {g}" for f in core for g in uses[f] if level[g] > level[f])
    assert upward == [], "calls from a lower layer to a higher one"
    assert cycles(uses) == [], "files that call each other round in a circle"

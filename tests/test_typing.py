"""paratag's types: the package's inline annotations, its one stub
(paratag/_core.pyi, for the C extension) and typed use of both.

mypy, strict as pyproject.toml sets it, accepts the package itself and
tests/typing/usage.py, and flags every line of misuse.py marked "error",
and no other; mypy.stubtest finds _core.pyi true to the compiled module."""
import os
import re
import subprocess
import sys

import pytest
from conftest import REPO

TYPING = REPO / "tests" / "typing"
MISUSE = "tests/typing/misuse.py"
pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def run_python(tmp_path_factory):
    """Runs python ARGS with this checkout's paratag first on the path, in
    `cwd`, mypy's cache out of the checkout; returns the exit status and
    the output, stdout then stderr."""
    pytest.importorskip("mypy")
    cache = tmp_path_factory.mktemp("mypy_cache")
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "MYPY_CACHE_DIR": str(cache), "PYTHONPATH": path}

    def run(*args, cwd=REPO):
        done = subprocess.run([sys.executable, *args], cwd=cwd, env=env,
                              capture_output=True, text=True)
        return done.returncode, done.stdout + done.stderr
    return run


@pytest.fixture(scope="module")
def mypy_output(run_python):
    """mypy --strict on the package and both files, in one run (it takes
    tens of seconds)."""
    _, output = run_python("-m", "mypy", "--strict", "--no-error-summary", "paratag",
                           "tests/typing/usage.py", MISUSE)
    return output


def test_types_ship_with_the_package():
    """The modules carry their annotations; only the C extension has a stub."""
    package = REPO / "paratag"
    assert (package / "py.typed").exists()
    assert [p.name for p in package.glob("*.pyi")] == ["_core.pyi"]


def test_package_passes(mypy_output):
    problems = [line for line in mypy_output.splitlines() if line.startswith("paratag")]
    assert problems == [], mypy_output


def test_typed_use_passes(mypy_output):
    problems = [line for line in mypy_output.splitlines() if not line.startswith(MISUSE)]
    assert problems == [], mypy_output


def test_misuse_is_flagged(mypy_output):
    source = (TYPING / "misuse.py").read_text(encoding="utf-8").splitlines()
    marked = {n for n, line in enumerate(source, 1) if re.search(r"#\s*error:", line)}
    flagged = {int(n) for n in re.findall(r"misuse\.py:(\d+): error", mypy_output)}
    assert flagged == marked, mypy_output


def test_core_stub_matches_the_extension(run_python, tmp_path):
    """stubtest imports paratag._core and compares every name, signature
    and default with _core.pyi: the stub cannot drift from module.c.  (It
    runs elsewhere because it writes a mypy cache where it runs.)"""
    status, output = run_python("-m", "mypy.stubtest", "--mypy-config-file",
                                str(REPO / "pyproject.toml"), "paratag._core", cwd=tmp_path)
    assert status == 0 and "error" not in output, output

"""The package's inline annotations (and py.typed) against typed use:
mypy --strict accepts tests/typing/usage.py and flags every line of
misuse.py marked "error", and no other."""
import re
import subprocess
import sys

import pytest
from conftest import REPO

TYPING = REPO / "tests" / "typing"
pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory):
    """mypy --strict on both files, in one run (it takes tens of seconds)."""
    pytest.importorskip("mypy")
    cache = tmp_path_factory.mktemp("mypy_cache")
    run = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-error-summary",
                          "--cache-dir", str(cache), "tests/typing/usage.py",
                          "tests/typing/misuse.py"],
                         cwd=REPO, capture_output=True, text=True)
    return run.stdout + run.stderr


def test_types_ship_with_the_package():
    """The modules carry their annotations; only the C extension has a stub."""
    package = REPO / "paratag"
    assert (package / "py.typed").exists()
    assert [p.name for p in package.glob("*.pyi")] == ["_core.pyi"]


def test_typed_use_passes(mypy_output):
    problems = [line for line in mypy_output.splitlines() if "misuse.py" not in line]
    assert problems == [], mypy_output


def test_misuse_is_flagged(mypy_output):
    source = (TYPING / "misuse.py").read_text(encoding="utf-8").splitlines()
    marked = {n for n, line in enumerate(source, 1) if re.search(r"#\s*error:", line)}
    flagged = {int(n) for n in re.findall(r"misuse\.py:(\d+): error", mypy_output)}
    assert flagged == marked, mypy_output

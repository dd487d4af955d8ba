"""The C core's own tests (csrc/Makefile), run from pytest so one command runs all."""
import subprocess

import pytest
from conftest import REPO


def test_c_core():
    if not (REPO / "csrc" / "Makefile").exists():
        pytest.skip("no csrc/Makefile")
    run = subprocess.run(["make", "-C", str(REPO / "csrc"), "test"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]

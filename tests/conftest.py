"""Shared helpers: where ../shared is, and how to run the command line."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PARATAG_SHARED") or REPO.parent / "shared")
SAMPLES = REPO / "paratag" / "data"


def shared_files(pattern):
    """Files of ../shared matching `pattern`, sorted; [] when shared is absent
    (pytest then skips the parametrized test)."""
    return sorted(SHARED.glob(pattern)) if SHARED.is_dir() else []


def ids(paths):
    """Test ids for parametrized paths: their base names."""
    return [p.name for p in paths]


def cli(*args, stdin=None):
    """Run `python -m paratag ARGS` from the repo root; text stdout/stderr."""
    return subprocess.run([sys.executable, "-m", "paratag", *map(str, args)],
                          cwd=REPO, input=stdin, capture_output=True,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


@pytest.fixture(scope="session")
def shared():
    """The project's shared folder (corpus, gold, tools)."""
    if not SHARED.is_dir():
        pytest.skip(f"no shared folder at {SHARED} (set PARATAG_SHARED)")
    return SHARED


# Hypothesis explores new examples on a developer's machine; CI replays a
# fixed sequence, so that a run lands or fails on the code alone.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    _hypothesis_settings.load_profile("ci")

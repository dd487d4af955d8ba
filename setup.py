"""Build paratag._core from csrc/*.c against the system's ICU4C.

Metadata lives in pyproject.toml; this file only finds ICU and declares
the extension.  Environment knobs:
    PT_ICU_CFLAGS, PT_ICU_LIBS  override pkg-config (packagers, cross builds)
    PT_DEV=1       warnings are errors
    PT_SANITIZE=1  AddressSanitizer + UBSan (compile and link)
    PT_DEBUG=1     no optimisation, asserts on
"""
import os
import shlex
import subprocess
from glob import glob

from setuptools import Extension, setup

ICU_HELP = """paratag: ICU4C not found.
Install ICU's development files and pkg-config:
    Debian/Ubuntu:  apt-get install libicu-dev pkg-config
    Fedora:         dnf install libicu-devel pkgconf-pkg-config
    Homebrew:       brew install icu4c pkg-config
                    (and PKG_CONFIG_PATH=$(brew --prefix icu4c)/lib/pkgconfig)
or set PT_ICU_CFLAGS and PT_ICU_LIBS, e.g.
    PT_ICU_CFLAGS="-I/opt/icu/include" PT_ICU_LIBS="-L/opt/icu/lib -licui18n -licuuc -licudata"
"""


def pkg_config(flag):
    out = subprocess.run(["pkg-config", flag, "icu-uc", "icu-i18n"],
                         check=True, capture_output=True, text=True)
    return out.stdout


def icu_flags():
    """Env overrides win (packagers, cross builds); else pkg-config; else fail clearly."""
    cflags = os.environ.get("PT_ICU_CFLAGS")
    libs = os.environ.get("PT_ICU_LIBS")
    try:
        if cflags is None:
            cflags = pkg_config("--cflags")
        if libs is None:
            libs = pkg_config("--libs")
    except (OSError, subprocess.CalledProcessError) as exc:
        raise SystemExit(ICU_HELP) from exc
    return shlex.split(cflags), shlex.split(libs)


def knob(name):
    return os.environ.get(name, "") not in ("", "0")


cflags, libs = icu_flags()
compile_args = ["-std=c11", "-O2", "-Wall", "-Wextra", "-Wshadow",
                "-Wstrict-prototypes", "-fvisibility=hidden"]
link_args = []
if knob("PT_DEV"):
    compile_args.append("-Werror")
if knob("PT_SANITIZE"):
    sanitize = ["-O1", "-g", "-fno-omit-frame-pointer", "-fsanitize=address,undefined",
                "-fno-sanitize-recover=undefined"]
    compile_args += sanitize
    link_args += sanitize
if knob("PT_DEBUG"):
    compile_args += ["-O0", "-g", "-UNDEBUG"]

setup(
    ext_modules=[
        Extension(
            "paratag._core",
            sources=sorted(glob("csrc/*.c")),  # top level only: subfolders hold C tests
            depends=sorted(glob("csrc/*.h")),
            extra_compile_args=cflags + compile_args,
            extra_link_args=libs + link_args,
        )
    ]
)

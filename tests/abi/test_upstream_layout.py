"""The frozen ABI layout (expected-layout.txt) is upstream hpy 0.9.0's layout.

The test downloads the hpy 0.9.0 wheel from PyPI (checked against a pinned
sha256), compiles probe.c against the headers inside it and compares the
output with expected-layout.txt.  It also compiles the probe against our
own headers, so a Python-only run catches ABI drift too; the Rust test
crates/hpy-sys/tests/abi_layout.rs additionally ties both to hpy-sys.

Regenerate the frozen file (only ever from upstream) with:

    .venv/bin/python tests/abi/test_upstream_layout.py --write
"""
import difflib
import fcntl
import hashlib
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PROBE = HERE / "probe.c"
EXPECTED = HERE / "expected-layout.txt"
OUR_INCLUDE = ROOT / "python" / "hpy" / "devel" / "include"
CACHE = ROOT / ".cache" / "upstream-wheel"

# One fixed wheel: the headers are the same in every hpy 0.9.0 wheel, and
# pinning the file makes the download reproducible on any host.
WHEEL = "hpy-0.9.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"
WHEEL_SHA256 = "48b42aff81a6797ad01d314940d8aadddedeb987c42f00453079553c15fbf70a"
PIP_TARGET = ["--python-version", "3.11", "--implementation", "cp",
              "--abi", "cp311", "--platform", "manylinux2014_x86_64"]
# Set this to a local copy of WHEEL to run without network access.
WHEEL_ENV = "HPY_UPSTREAM_WHEEL"

HEADER = """\
# Frozen ABI layout of upstream HPy 0.9.0 (ABI 0.0), universal mode, LP64 Linux.
# It is the output of tests/abi/probe.c compiled against the headers of the
# PyPI wheel hpy==0.9.0. Do not edit: tests/abi/test_upstream_layout.py
# re-derives it from PyPI, and crates/hpy-sys/tests/abi_layout.rs checks that
# our headers and hpy-sys match it. Regenerate with
#   .venv/bin/python tests/abi/test_upstream_layout.py --write
"""

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or sys.maxsize < 2**63 - 1,
    reason="the frozen layout is for LP64 Linux")


def _sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fetch_wheel():
    """Return the path of the upstream wheel, downloading it if needed."""
    local = os.environ.get(WHEEL_ENV)
    wheel = Path(local) if local else CACHE / WHEEL
    if not wheel.exists():
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps",
               "--only-binary", ":all:", *PIP_TARGET, "hpy==0.9.0",
               "-d", str(CACHE)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0 or not wheel.exists():
            raise RuntimeError(
                f"could not download {WHEEL} from PyPI (set {WHEEL_ENV} to a "
                f"local copy to run offline):\n{proc.stdout}\n{proc.stderr}")
    digest = _sha256(wheel)
    if digest != WHEEL_SHA256:
        raise RuntimeError(f"{wheel} has sha256 {digest}, expected {WHEEL_SHA256}")
    return wheel


def upstream_include():
    """Unpack upstream's include dir into the cache (once) and return it."""
    CACHE.mkdir(parents=True, exist_ok=True)
    unpacked = CACHE / "hpy-0.9.0"
    include = unpacked / "hpy" / "devel" / "include"
    # pytest-xdist workers may get here at the same time.
    with open(CACHE / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (include / "hpy.h").exists():
            with zipfile.ZipFile(_fetch_wheel()) as zf:
                members = [n for n in zf.namelist()
                           if n.startswith("hpy/devel/include/")]
                zf.extractall(unpacked, members)
    return include


def probe(include, workdir):
    """Compile probe.c against `include` (universal ABI), return its lines."""
    exe = Path(workdir) / "probe"
    cmd = ["gcc", "-Wall", "-Werror", "-DHPY", "-DHPY_ABI_UNIVERSAL",
           "-I", str(HERE / "generated"),
           "-I", str(include / "hpy" / "forbid_python_h"),
           "-I", str(include), str(PROBE), "-o", str(exe)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise AssertionError(
            f"probe.c does not compile against {include}:\n{proc.stderr}")
    out = subprocess.run([str(exe)], capture_output=True, text=True, check=True)
    return out.stdout.splitlines()


def frozen_lines():
    return [line for line in EXPECTED.read_text().splitlines()
            if line.strip() and not line.startswith("#")]


def assert_same(actual, label):
    expected = frozen_lines()
    if actual != expected:
        diff = difflib.unified_diff(expected, actual, "expected-layout.txt",
                                    label, lineterm="", n=1)
        pytest.fail("\n".join(diff), pytrace=False)


def test_frozen_layout_is_upstreams(tmp_path):
    assert_same(probe(upstream_include(), tmp_path), "upstream hpy 0.9.0")


def test_our_headers_have_upstreams_layout(tmp_path):
    assert_same(probe(OUR_INCLUDE, tmp_path), "our headers")


def write_expected():
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        lines = probe(upstream_include(), tmp)
    EXPECTED.write_text(HEADER + "\n".join(lines) + "\n")
    print(f"wrote {len(lines)} facts to {EXPECTED}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit(f"usage: {sys.argv[0]} --write")
    write_expected()

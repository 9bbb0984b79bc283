"""A private venv with upstream's hpy==0.9.0 from PyPI, shared by the tests
of a checkout (REPO/.cache/upstream-hpy) and built once, under a file lock
so that parallel test workers do not race."""

import fcntl
import os
import subprocess
import sys
from pathlib import Path

from harness.loading import run_python
from harness.paths import REPO_ROOT

UPSTREAM_VERSION = "0.9.0"
CACHE_DIR = REPO_ROOT / ".cache" / "upstream-hpy"
READY_MARKER = "ready-%s" % UPSTREAM_VERSION


class UpstreamUnavailable(Exception):
    pass


class UpstreamEnv:
    def __init__(self, root):
        self.root = Path(root)
        self.python = self.root / "bin" / "python"

    def run(self, code, **kwargs):
        """Run `code` with the venv's python (HPY* and PYTHONPATH unset)."""
        return run_python(code, python=str(self.python), **kwargs)

    def devel_dir(self):
        """hpy/devel of the upstream wheel (found without importing it)."""
        proc = self.run("import importlib.util as u; "
                        "print(u.find_spec('hpy.devel').submodule_search_locations[0])")
        if proc.returncode != 0:
            raise UpstreamUnavailable(proc.stderr)
        return Path(proc.stdout.strip())


def _run(cmd, timeout):
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise UpstreamUnavailable("%s failed:\n%s%s" % (" ".join(map(str, cmd)),
                                                        proc.stdout, proc.stderr))


def _create(env):
    _run([sys.executable, "-m", "venv", "--clear", str(env.root)], timeout=300)
    _run([str(env.python), "-m", "pip", "install", "-q", "--only-binary=:all:",
          "hpy==%s" % UPSTREAM_VERSION], timeout=600)
    check = env.run("import hpy.universal; print(hpy.universal.get_version()[0])")
    if check.returncode != 0 or check.stdout.strip() != UPSTREAM_VERSION:
        raise UpstreamUnavailable("upstream hpy does not import:\n" + check.stderr)


def get_upstream_env():
    """The venv, created on first use. Raises UpstreamUnavailable."""
    env = UpstreamEnv(CACHE_DIR / "venv")
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with open(CACHE_DIR / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        marker = CACHE_DIR / READY_MARKER
        if not (marker.exists() and env.python.exists()):
            marker.unlink(missing_ok=True)
            _create(env)
            marker.write_text("hpy==%s\n" % UPSTREAM_VERSION)
    return env


def offline_allowed():
    return os.environ.get("HPY_RS_OFFLINE") == "1"

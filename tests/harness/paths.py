"""Where the headers and C helper sources under test are.

We locate the installed `hpy.devel` package without importing it (its
setuptools integration is tested separately), and fall back to the
repository's copy when the package is not installed.
"""

import importlib.util
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

# The file-name tag of ABI 0 binaries (NAME.hpy0.so).
HPY_ABI_TAG = "hpy0"


def devel_dir():
    try:
        spec = importlib.util.find_spec("hpy.devel")
    except ImportError:
        spec = None
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if (Path(location) / "include" / "hpy.h").is_file():
                return Path(location)
    return REPO_ROOT / "python" / "hpy" / "devel"


class HeaderSet:
    """The include dirs and helper sources of one hpy.devel tree (ours, or
    upstream's for the cross-loading tests)."""

    def __init__(self, base):
        self.base = Path(base)
        self.include_dir = self.base / "include"
        if not (self.include_dir / "hpy.h").is_file():
            raise FileNotFoundError("no hpy.h under %s" % self.include_dir)

    @property
    def forbid_python_h_dir(self):
        return self.include_dir / "hpy" / "forbid_python_h"

    def helper_sources(self):
        src_dir = self.base / "src" / "runtime"
        if not src_dir.is_dir():
            return []
        # ctx_*.c, in upstream's layout, implement the CPython ABI's context
        # functions; every ABI compiles only the other helpers.
        return sorted(p for p in src_dir.glob("*.c") if not p.name.startswith("ctx_"))

    def __repr__(self):
        return "HeaderSet(%s)" % self.base


def our_headers():
    return HeaderSet(devel_dir())

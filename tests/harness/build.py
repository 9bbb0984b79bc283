"""Compiling test modules with gcc, directly (no setuptools, no hpy.devel).

Every test gets a fresh build in its own tmp dir. The only thing shared
between tests is the object files of the C helper sources that ship with
the headers (argparse, buildvalue, ...), built once per session.
"""

import os
import shlex
import subprocess
import sysconfig
import threading
from pathlib import Path

# Like upstream's suite: warnings are errors, so the headers must compile
# cleanly under -Wall.
CFLAGS = ["-g", "-O0", "-fPIC", "-Wall", "-Wsign-compare", "-Werror", "-Wfatal-errors"]


class CompileError(Exception):
    """gcc failed; `output` holds what it printed."""

    def __init__(self, cmd, output):
        self.cmd = cmd
        self.output = output
        super().__init__("command failed: %s\n%s" % (shlex.join(cmd), output))


def cc():
    return shlex.split(os.environ.get("CC", "gcc"))


def run_compiler(cmd, verbose=False):
    if verbose:
        print(shlex.join(cmd))
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if verbose and proc.stdout:
        print(proc.stdout)
    if proc.returncode != 0:
        raise CompileError(cmd, proc.stdout)
    return proc.stdout


def compile_flags(headers, abi):
    """-I and -D flags for building against `headers` for `abi`."""
    flags = []
    if abi.build == "universal":
        # First on the path, so `#include <Python.h>` hits the #error.
        flags.append("-I%s" % headers.forbid_python_h_dir)
    flags.append("-I%s" % headers.include_dir)
    if abi.needs_python_h:
        flags.append("-I%s" % sysconfig.get_paths()["include"])
    flags += ["-DHPY", "-D%s" % abi.abi_macro]
    return flags


class HelperCache:
    """Object files of the helper sources, per (headers, build ABI)."""

    def __init__(self, root):
        self.root = Path(root)
        self._objects = {}
        self._lock = threading.Lock()

    def objects(self, headers, abi, verbose=False):
        key = (str(headers.base), abi.build)
        with self._lock:
            if key not in self._objects:
                self._objects[key] = self._build(headers, abi, len(self._objects), verbose)
            return self._objects[key]

    def _build(self, headers, abi, index, verbose):
        out_dir = self.root / ("helpers%d-%s" % (index, abi.build))
        out_dir.mkdir(parents=True, exist_ok=True)
        objects = []
        for src in headers.helper_sources():
            obj = out_dir / (src.stem + ".o")
            run_compiler(cc() + CFLAGS + compile_flags(headers, abi)
                         + ["-c", str(src), "-o", str(obj)], verbose)
            objects.append(obj)
        return objects


def static_libs(headers, abi):
    """Prebuilt archives the headers ship for this ABI (lib/<abi>/*.a)."""
    lib_dir = headers.base / "lib" / abi.build
    if not lib_dir.is_dir():
        return []
    return sorted(lib_dir.glob("*.a"))


def link_shared(headers, abi, sources, output, helper_objects, extra_cflags=(), verbose=False):
    cmd = (cc() + CFLAGS + list(extra_cflags) + compile_flags(headers, abi)
           + ["-shared"] + [str(s) for s in sources]
           + [str(o) for o in helper_objects]
           + [str(a) for a in static_libs(headers, abi)]
           + ["-o", str(output)])
    run_compiler(cmd, verbose)
    return Path(output)

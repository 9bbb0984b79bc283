"""Loading a built test module, in this process or in a fresh one.

Uses only the standard library and `hpy.universal`, so the same code runs
under another installation of hpy (the cross-loading tests run it with
upstream's).
"""

import importlib.machinery
import importlib.util
import os
import subprocess
import sys
import textwrap
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parents[1]


def universal_mode(load_mode):
    import hpy.universal
    return {
        "universal": hpy.universal.MODE_UNIVERSAL,
        "debug": hpy.universal.MODE_DEBUG,
        "trace": hpy.universal.MODE_TRACE,
    }[load_mode]


def load_module(name, path, load_mode):
    """Load the binary at `path` as module `name`; `load_mode` is an
    Abi.load_mode ('universal', 'debug', 'trace' or 'cpython')."""
    path = str(path)
    if load_mode == "cpython":
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod
    import hpy.universal
    spec = importlib.machinery.ModuleSpec(name, None, origin=path)
    mod = hpy.universal.load(name, path, spec, mode=universal_mode(load_mode))
    mod.__file__ = path
    return mod


def run_python(code, python=None, env=None, cwd=None, timeout=60):
    """Run `code` in a new interpreter; returns the CompletedProcess (text)."""
    full_env = dict(os.environ)
    # The HPY variable picks load modes; PYTHONPATH could make another
    # interpreter import the wrong hpy.
    for var in ("HPY", "HPY_LOG", "PYTHONPATH"):
        full_env.pop(var, None)
    full_env.update(env or {})
    return subprocess.run([python or sys.executable, "-c", textwrap.dedent(code)],
                          capture_output=True, text=True, env=full_env,
                          cwd=cwd, timeout=timeout)


def loader_prelude(name, path, load_mode):
    """Python source that loads a built module as `mod` in a subprocess."""
    return textwrap.dedent("""\
        import sys
        sys.path.insert(0, %r)
        from harness.loading import load_module
        mod = load_module(%r, %r, %r)
        """) % (str(TESTS_DIR), name, str(path), load_mode)

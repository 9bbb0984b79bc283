"""Binary compatibility with upstream hpy 0.9.0, both ways:

1. a universal module built with upstream's headers loads and works under
   our hpy.universal;
2. one built with our headers loads and works under upstream's.

Upstream comes from PyPI into a cached venv (see upstream_env.py). If it
cannot be fetched the tests fail, unless HPY_RS_OFFLINE=1 says that is
expected (then they skip)."""

import pytest

from harness import ALL_ABIS, ExtensionCompiler, HeaderSet
from harness.loading import loader_prelude
from harness.paths import REPO_ROOT

import interop_checks
from upstream_env import UpstreamUnavailable, get_upstream_env, offline_allowed

# Both directions are about the universal ABI, whatever --hpy-abis says.
UNIVERSAL = ALL_ABIS["universal"]
CHECKS_DIR = REPO_ROOT / "tests" / "crossload"


@pytest.fixture(scope="session")
def upstream():
    try:
        return get_upstream_env()
    except UpstreamUnavailable as e:
        if offline_allowed():
            pytest.skip("upstream hpy not available and HPY_RS_OFFLINE=1: %s" % e)
        pytest.fail("could not set up upstream hpy==0.9.0 from PyPI "
                    "(set HPY_RS_OFFLINE=1 to skip when offline):\n%s" % e)


def test_upstream_built_module_loads_in_our_runtime(upstream, tmp_path, helper_cache):
    headers = HeaderSet(upstream.devel_dir())
    compiler = ExtensionCompiler(tmp_path, UNIVERSAL, helper_cache, headers=headers)
    mod = compiler.make_module(interop_checks.MODULE_SOURCE)
    assert "hpy-rs" in mod.ctx_name()
    interop_checks.check(mod)


def test_our_module_loads_in_upstream_runtime(upstream, tmp_path, helper_cache):
    compiler = ExtensionCompiler(tmp_path, UNIVERSAL, helper_cache)
    built = compiler.compile_module(interop_checks.MODULE_SOURCE)
    code = loader_prelude(built.name, built.path, "universal") + (
        "import sys, hpy.universal\n"
        "sys.path.insert(0, %r)\n"
        "import interop_checks\n"
        "print(hpy.universal.__file__)\n"
        "print(mod.ctx_name())\n"
        "interop_checks.check(mod)\n"
        "print('all checks passed')\n" % str(CHECKS_DIR))
    proc = upstream.run(code, cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    universal_file, ctx_name, done = proc.stdout.splitlines()
    # It really was upstream's runtime that ran the module.
    assert universal_file.startswith(str(upstream.root))
    assert "hpy-rs" not in ctx_name
    assert done == "all checks passed"

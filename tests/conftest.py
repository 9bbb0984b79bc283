"""Fixtures of hpy-rs's test suite (see tests/harness/).

    compiler   an ExtensionCompiler for the current ABI, in the test's tmp dir
    hpy_abi    the name of that ABI

Tests that use them run once per ABI of `--hpy-abis` (default: the harness's
DEFAULT_ABIS). `@pytest.mark.hpy_abis('universal', ...)` restricts a test (or
a module, via `pytestmark`) to the ABIs it is meant for; harness.CONTEXT_ABIS
and harness.NON_DEBUG_ABIS name the usual restrictions. Several marks
intersect. Under a debug ABI every test also fails if it leaks handles.
"""

import pytest

from harness import ALL_ABIS, DEFAULT_ABIS, ExtensionCompiler, HelperCache
from harness.abis import parse_abi_list


def pytest_addoption(parser):
    group = parser.getgroup("hpy-rs")
    group.addoption("--compiler-v", action="store_true",
                    help="print the compiler commands and their output")
    group.addoption("--dump-dir",
                    help="write each test's generated C sources under this dir "
                         "(one subdir per test) and skip running the tests")
    group.addoption("--hpy-abis", default=",".join(DEFAULT_ABIS),
                    help="comma-separated ABIs to run the tests on (known: %s)"
                         % ", ".join(ALL_ABIS))


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "hpy_abis(*names): run the test only on these HPy ABIs")


def _enabled_abis(config):
    try:
        return parse_abi_list(config.getoption("--hpy-abis"))
    except ValueError as e:
        raise pytest.UsageError(str(e))


def pytest_generate_tests(metafunc):
    if "hpy_abi" not in metafunc.fixturenames:
        return
    # Tests that parametrize hpy_abi themselves (tests/devel) keep theirs.
    for mark in metafunc.definition.iter_markers("parametrize"):
        argnames = mark.args[0] if mark.args else mark.kwargs.get("argnames", "")
        if "hpy_abi" in str(argnames):
            return
    abis = _enabled_abis(metafunc.config)
    for mark in metafunc.definition.iter_markers("hpy_abis"):
        abis = [a for a in abis if a in mark.args]
    metafunc.parametrize("hpy_abi", abis)


@pytest.fixture(scope="session")
def helper_cache(tmp_path_factory):
    return HelperCache(tmp_path_factory.mktemp("hpy-helpers"))


def _dump_dir(request):
    root = request.config.getoption("--dump-dir")
    if not root:
        return None
    from pathlib import Path
    test_id = request.node.nodeid.replace("::", "_").replace("/", "_")
    return Path(root) / "".join(c if c.isalnum() or c in "._-" else "_" for c in test_id)


@pytest.fixture
def compiler(request, tmp_path, hpy_abi, helper_cache):
    abi = ALL_ABIS[hpy_abi]
    compiler = ExtensionCompiler(tmp_path, abi, helper_cache,
                                 verbose=request.config.getoption("--compiler-v"),
                                 dump_dir=_dump_dir(request))
    if abi.load_mode != "debug":
        yield compiler
        return
    # In debug mode a handle the test leaves open fails it (HPyLeakError).
    from hpy.debug import LeakDetector
    with LeakDetector():
        yield compiler

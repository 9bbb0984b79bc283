"""Fixtures of the debug-mode tests.

Whatever `--hpy-abis` says, the modules here are built for the universal ABI
and loaded in debug mode (`compiler`), or built for the hybrid ABI and loaded
in debug mode (`hybrid_compiler`).

    capture   counts calls of the on_invalid_handle / on_invalid_builder_handle
              hooks while the test runs (the process then goes on)
    run       runs code in a fresh interpreter with the module loaded as `mod`,
              for misuse that aborts the process
"""

import pytest

from harness import ALL_ABIS, ExtensionCompiler


def _compiler(request, tmp_path, helper_cache, abi):
    return ExtensionCompiler(tmp_path, ALL_ABIS[abi], helper_cache,
                             verbose=request.config.getoption("--compiler-v"))


@pytest.fixture
def compiler(request, tmp_path, helper_cache):
    return _compiler(request, tmp_path, helper_cache, "debug")


@pytest.fixture
def hybrid_compiler(request, tmp_path, helper_cache):
    return _compiler(request, tmp_path, helper_cache, "hybrid+debug")


class Capture:
    def __init__(self):
        self.invalid_handles = 0
        self.invalid_builders = 0

    def _handle(self):
        self.invalid_handles += 1

    def _builder(self):
        self.invalid_builders += 1


@pytest.fixture
def capture():
    from hpy.universal import _debug
    c = Capture()
    _debug.set_on_invalid_handle(c._handle)
    _debug.set_on_invalid_builder_handle(c._builder)
    try:
        yield c
    finally:
        _debug.set_on_invalid_handle(None)
        _debug.set_on_invalid_builder_handle(None)


@pytest.fixture
def run(compiler):
    """run(built, code) -> CompletedProcess, with `mod` loaded in debug mode."""
    def run(built, code, **kwargs):
        return compiler.run_with_module(built, code, **kwargs)
    return run

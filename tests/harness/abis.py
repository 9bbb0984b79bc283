"""The ABIs the harness can build and load test modules for.

Each test that uses the `compiler` fixture runs once per enabled ABI. An ABI
says how to build (the headers' ABI macro, the file suffix) and how to load
(through hpy.universal in some mode, or as a plain CPython extension).

'universal' and 'hybrid' are enabled by default (so hybrid-only tests run in
CI); the others are one option away
(`--hpy-abis=universal,debug,trace,hybrid,cpython`), or one edit of
DEFAULT_ABIS.
"""

import sys
import sysconfig
from dataclasses import dataclass

from .paths import HPY_ABI_TAG


@dataclass(frozen=True)
class Abi:
    name: str
    build: str        # 'universal', 'hybrid' or 'cpython': what gcc sees
    load_mode: str    # 'universal', 'debug', 'trace' or 'cpython'

    @property
    def abi_macro(self):
        return "HPY_ABI_" + self.build.upper()

    @property
    def needs_python_h(self):
        return self.build != "universal"

    @property
    def so_suffix(self):
        if self.build == "universal":
            return ".%s.so" % HPY_ABI_TAG
        if self.build == "hybrid":
            return ".%s-cp%d%d.so" % ((HPY_ABI_TAG,) + sys.version_info[:2])
        return sysconfig.get_config_var("EXT_SUFFIX")


ALL_ABIS = {
    abi.name: abi
    for abi in [
        Abi("universal", build="universal", load_mode="universal"),
        Abi("debug", build="universal", load_mode="debug"),
        Abi("trace", build="universal", load_mode="trace"),
        Abi("hybrid", build="hybrid", load_mode="universal"),
        Abi("hybrid+debug", build="hybrid", load_mode="debug"),
        Abi("cpython", build="cpython", load_mode="cpython"),
    ]
}

# What every test runs on unless --hpy-abis says otherwise.
DEFAULT_ABIS = ("universal", "hybrid")

# ABIs whose API calls all go through an HPyContext, i.e. through the Rust
# runtime's checks. In the CPython ABI many calls are inline CPython calls:
# tests of the runtime's own argument checks (NULL pointers and the like)
# are marked `@pytest.mark.hpy_abis(*CONTEXT_ABIS)`.
CONTEXT_ABIS = tuple(name for name, abi in ALL_ABIS.items() if abi.load_mode != "cpython")

# ABIs where misuse the runtime detects (kwnames that is not a tuple, ...)
# raises a Python exception. Debug mode aborts with a diagnostic instead, so
# tests of those exceptions are marked `@pytest.mark.hpy_abis(*NON_DEBUG_ABIS)`.
NON_DEBUG_ABIS = tuple(name for name, abi in ALL_ABIS.items() if abi.load_mode != "debug")


def parse_abi_list(text):
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in ALL_ABIS]
    if unknown:
        raise ValueError("unknown HPy ABI(s) %s; known: %s"
                         % (", ".join(unknown), ", ".join(ALL_ABIS)))
    return tuple(names)

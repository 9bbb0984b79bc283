"""hpy-rs's own test harness: C snippets compiled per test, per ABI.

`conftest.py` turns it into fixtures; tests only see `compiler` (an
ExtensionCompiler) and `hpy_abi` (the ABI name of the current run).
"""

from .abis import ALL_ABIS, CONTEXT_ABIS, DEFAULT_ABIS, NON_DEBUG_ABIS, Abi
from .build import CompileError, HelperCache
from .compiler import BuiltModule, ExtensionCompiler
from .loading import load_module, run_python
from .paths import HeaderSet, our_headers
from .template import ModuleTemplate, TemplateError

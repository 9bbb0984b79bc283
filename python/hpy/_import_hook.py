"""``import NAME`` for HPy universal and hybrid binaries, without a stub.

CPython's import system knows ``NAME.py``, ``NAME.pyc`` and
``NAME.cpython-311-x86_64-linux-gnu.so``, but not ``NAME.hpy0.so``
(universal) or ``NAME.hpy0-cp311.so`` (hybrid), so ``hpy.devel`` writes a
``NAME.py`` stub next to each of those binaries. With hpy-rs installed the
stub is not needed: ``hpy_import_hook.pth`` (installed next to the ``hpy``
package) runs :func:`install` at interpreter start-up, which teaches the
path-based finder the two suffixes, so a binary imports on its own, in
the mode that the ``HPY`` environment variable picks, as through the stub.

Nothing else changes: a ``NAME.py`` (a stub, or a module of your own) next
to the binary still comes first, and ``hpy.universal`` is only imported
when an HPy binary is. Start-up cost: this module and ``hpy._abitag``
(no other imports).
"""

import sys
from importlib.machinery import (
    BYTECODE_SUFFIXES, EXTENSION_SUFFIXES, SOURCE_SUFFIXES, ExtensionFileLoader,
    FileFinder, SourceFileLoader, SourcelessFileLoader,
)

from hpy._abitag import get_hpy_ext_suffix, parse_ext_suffix


class HPyExtensionLoader:
    """Loads an HPy universal or hybrid binary with ``hpy.universal``."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def create_module(self, spec):
        import os
        from hpy.universal import _load_bootstrap
        # HPyInit_<name> is named after the file, as in the stub.
        init_name = os.path.basename(self.path).split('.', 1)[0]
        return _load_bootstrap(init_name, spec.name, spec.parent, self.path,
                               self, spec, os.environ)

    def exec_module(self, module):
        """Nothing to do: loading ran the module's initialisation."""

    def get_filename(self, fullname=None):
        return self.path

    def is_package(self, fullname):
        return False

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None


def hpy_suffixes():
    """The universal and hybrid suffixes for this interpreter:
    ``['.hpy0.so', '.hpy0-cp311.so']`` on CPython 3.11/Linux."""
    ext_suffix = EXTENSION_SUFFIXES[0]
    try:
        parse_ext_suffix(ext_suffix)
    except ValueError:
        return []
    return [get_hpy_ext_suffix(abi, ext_suffix) for abi in ('universal', 'hybrid')]


def _is_default_file_finder_hook(hook):
    return getattr(hook, '__qualname__', '').startswith('FileFinder.path_hook.')


def install():
    """Put a path hook that also finds HPy binaries in front of the default
    ``FileFinder`` hook (idempotent). Finders cached before it are
    dropped, so the directories already on ``sys.path`` see it too."""
    if any(getattr(h, '_hpy_import_hook', False) for h in sys.path_hooks):
        return
    suffixes = hpy_suffixes()
    if not suffixes:
        return
    hook = FileFinder.path_hook(
        (ExtensionFileLoader, EXTENSION_SUFFIXES),
        (SourceFileLoader, SOURCE_SUFFIXES),
        (SourcelessFileLoader, BYTECODE_SUFFIXES),
        (HPyExtensionLoader, suffixes),
    )
    hook._hpy_import_hook = True
    where = next((i for i, h in enumerate(sys.path_hooks)
                  if _is_default_file_finder_hook(h)), len(sys.path_hooks))
    sys.path_hooks.insert(where, hook)
    for path, finder in list(sys.path_importer_cache.items()):
        if isinstance(finder, FileFinder) or finder is None:
            del sys.path_importer_cache[path]


def uninstall():
    """Remove what :func:`install` added."""
    sys.path_hooks[:] = [h for h in sys.path_hooks
                         if not getattr(h, '_hpy_import_hook', False)]
    for path, finder in list(sys.path_importer_cache.items()):
        if isinstance(finder, FileFinder):
            del sys.path_importer_cache[path]

"""What hpy.devel ships for building extensions, and what each ABI needs.

    include/                 public headers (hpy.h and hpy/...)
    include/hpy/forbid_python_h/
                             a Python.h that #errors; first on the include
                             path of universal builds
    src/runtime/*.c          C helpers (HPyArg_Parse, HPy_BuildValue, ...),
                             compiled into every extension
    lib/<abi>/*.a            optional prebuilt helper archives for one ABI.
                             With hpy_use_static_libs they replace src/runtime.
    lib/cpython/libhpy_cpython.a
                             the Rust runtime for the CPython ABI (built by
                             setup.py): linked into every CPython-ABI
                             extension, which then needs no hpy at run time.
"""

from dataclasses import dataclass, field
from pathlib import Path

from .abitag import HPY_ABIS

_ABI_MACROS = {
    'cpython': 'HPY_ABI_CPYTHON',
    'hybrid': 'HPY_ABI_HYBRID',
    'universal': 'HPY_ABI_UNIVERSAL',
}

_ARCHIVE_SUFFIXES = ('.a', '.lib')

# The runtime archive is not a helper archive: it never replaces src/runtime.
CPYTHON_RUNTIME_ARCHIVE = 'libhpy_cpython.a'

# Linking the Rust runtime: keep its symbols (Rust's std included) private to
# the extension, and bring in the unwinder that std refers to.
_CPYTHON_RUNTIME_LINK_ARGS = ['-Wl,--exclude-libs,ALL', '-Wl,--gc-sections', '-lgcc_s']


@dataclass
class BuildFlags:
    """What building an extension for one HPy ABI adds to the Extension.

    ``include_dirs_first`` go before the extension's own include dirs,
    ``include_dirs`` after them; the other lists are appended.
    """
    include_dirs_first: list = field(default_factory=list)
    include_dirs: list = field(default_factory=list)
    define_macros: list = field(default_factory=list)
    sources: list = field(default_factory=list)
    extra_objects: list = field(default_factory=list)
    extra_link_args: list = field(default_factory=list)


def check_hpy_abi(hpy_abi):
    """Raise ValueError unless ``hpy_abi`` is an ABI one can build for."""
    if hpy_abi in HPY_ABIS:
        return
    hint = ''
    if hpy_abi in ('debug', 'trace'):
        hint = (" (debug and trace are not build ABIs: build with "
                "'universal' and pick the mode at import time, e.g. HPY=%s)"
                % hpy_abi)
    raise ValueError('Unknown HPy ABI: %r. Valid values are: %s%s'
                     % (hpy_abi, ', '.join(HPY_ABIS), hint))


class HPyDevel:
    """The headers, helper sources and libraries shipped in hpy.devel."""

    def __init__(self, base_dir=None):
        if base_dir is None:
            base_dir = Path(__file__).resolve().parent
        self.base_dir = Path(base_dir)
        self.include_dir = self.base_dir / 'include'
        self.src_dir = self.base_dir / 'src' / 'runtime'
        self.lib_dir = self.base_dir / 'lib'

    def get_extra_include_dirs(self):
        """Include dirs every HPy extension needs, whatever the ABI."""
        return [str(self.include_dir)]

    def get_include_dir_forbid_python_h(self):
        """The dir whose Python.h stops universal builds that include it."""
        return str(self.include_dir / 'hpy' / 'forbid_python_h')

    def get_extra_sources(self):
        """The C helper sources compiled into each extension (may be empty)."""
        if not self.src_dir.is_dir():
            return []
        return sorted(str(p) for p in self.src_dir.glob('*.c') if p.is_file())

    def get_static_libs(self, hpy_abi):
        """The prebuilt helper archives for ``hpy_abi`` (an empty list if none)."""
        abi_dir = self.lib_dir / hpy_abi
        if not abi_dir.is_dir():
            return []
        return sorted(str(p) for p in abi_dir.iterdir()
                      if p.is_file() and p.suffix in _ARCHIVE_SUFFIXES
                      and p.name != CPYTHON_RUNTIME_ARCHIVE)

    def get_cpython_runtime(self):
        """The Rust runtime archive for CPython-ABI builds, or None."""
        path = self.lib_dir / 'cpython' / CPYTHON_RUNTIME_ARCHIVE
        return str(path) if path.is_file() else None

    def get_build_flags(self, hpy_abi, use_static_libs=False):
        """Return the BuildFlags for an extension built for ``hpy_abi``.

        Prebuilt archives replace the helper sources only when asked for and
        present; without them the sources are compiled, so a missing lib/
        never fails a build.
        """
        check_hpy_abi(hpy_abi)
        flags = BuildFlags()
        if hpy_abi == 'universal':
            flags.include_dirs_first.append(
                self.get_include_dir_forbid_python_h())
        flags.include_dirs.extend(self.get_extra_include_dirs())
        flags.define_macros.append(('HPY', None))
        flags.define_macros.append((_ABI_MACROS[hpy_abi], None))

        libs = self.get_static_libs(hpy_abi)
        if use_static_libs and libs:
            flags.extra_objects.extend(libs)
        else:
            flags.sources.extend(self.get_extra_sources())
        if hpy_abi == 'cpython':
            runtime = self.get_cpython_runtime()
            if runtime is None:
                # Inline-only extensions still link; others fail at link
                # time, so say why up front.
                from distutils import log
                log.warn('hpy.devel: %s is missing: CPython-ABI extensions that '
                         'call runtime functions will not link (reinstall hpy)',
                         self.lib_dir / 'cpython' / CPYTHON_RUNTIME_ARCHIVE)
            else:
                flags.extra_objects.append(runtime)
                flags.extra_link_args.extend(_CPYTHON_RUNTIME_LINK_ARGS)
        return flags

    def fix_distribution(self, dist):
        """Make ``dist`` build its ``hpy_ext_modules`` (see hpy.devel)."""
        from .commands import install_hpy_commands
        install_hpy_commands(dist, self)

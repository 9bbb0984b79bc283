"""setuptools command subclasses that build ``hpy_ext_modules``.

``install_hpy_commands`` puts them in ``dist.cmdclass``, each derived from
whatever class was there (or setuptools' own), so other customisations
keep working:

- ``build`` gives non-CPython ABIs their own build dirs, so switching
  ``--hpy-abi`` never reuses objects or libs built for another ABI;
- ``build_ext`` adds the HPy flags and helpers, names the outputs after the
  ABI and writes the .py loader stubs;
- ``bdist_egg`` keeps setuptools from replacing those stubs with its own.

HPy extensions are also appended to ``dist.ext_modules``: that is what
makes setuptools treat the project as platform-specific and run build_ext.
"""

import importlib
import os
import re
import sys
from contextlib import contextmanager

import setuptools.command.build_ext
from distutils import log
from distutils.errors import DistutilsOptionError, DistutilsSetupError

from . import stub
from .abitag import HPY_ABIS, get_hpy_ext_suffix
from .layout import check_hpy_abi

# Other implementations have no CPython ABI to build for.
DEFAULT_HPY_ABI = ('cpython' if sys.implementation.name == 'cpython'
                   else 'universal')

# ABIs whose binaries are loaded by hpy.universal through a .py stub.
STUB_ABIS = ('universal', 'hybrid')


def get_hpy_abi(dist):
    """The ABI ``dist`` builds for (``--hpy-abi``), validated."""
    hpy_abi = getattr(dist, 'hpy_abi', None) or DEFAULT_HPY_ABI
    try:
        check_hpy_abi(hpy_abi)
    except ValueError as e:
        raise DistutilsOptionError(str(e)) from None
    return hpy_abi


def hpy_ext_modules(dist):
    return list(getattr(dist, 'hpy_ext_modules', None) or [])


def merge_hpy_ext_modules(dist):
    """Append the HPy extensions to ``dist.ext_modules`` (once each)."""
    ext_modules = list(dist.ext_modules or [])
    for ext in hpy_ext_modules(dist):
        if not any(ext is other for other in ext_modules):
            ext_modules.append(ext)
    dist.ext_modules = ext_modules


def install_hpy_commands(dist, hpydevel):
    """Make ``dist`` build its ``hpy_ext_modules``; safe to call twice."""
    dist.hpydevel = hpydevel
    for attr, default in (('hpy_abi', DEFAULT_HPY_ABI),
                          ('hpy_use_static_libs', False),
                          ('hpy_ext_modules', [])):
        if getattr(dist, attr, None) is None:
            setattr(dist, attr, default)
    merge_hpy_ext_modules(dist)
    if hpy_ext_modules(dist) and getattr(dist, 'zip_safe', None) is None:
        # The runtime dlopen()s the binary by path: it cannot sit in a zip.
        dist.zip_safe = False

    cmdclass = dist.cmdclass
    build_ext = cmdclass.get('build_ext', setuptools.command.build_ext.build_ext)
    check_build_ext_base(build_ext)
    cmdclass['build_ext'] = _derive(build_ext, HPyBuildExtMixin)

    build = cmdclass.get('build', _setuptools_command('build', 'build'))
    if build is not None:
        cmdclass['build'] = _derive(build, HPyBuildMixin)

    bdist_egg = cmdclass.get('bdist_egg',
                             _setuptools_command('bdist_egg', 'bdist_egg'))
    if bdist_egg is not None:
        cmdclass['bdist_egg'] = _derive(bdist_egg, HPyBdistEggMixin)


def check_build_ext_base(build_ext):
    # HPyBuildExtMixin relies on setuptools' build_ext (ext_map, stubs).
    if not (isinstance(build_ext, type) and
            issubclass(build_ext, setuptools.command.build_ext.build_ext)):
        raise DistutilsSetupError(
            "cmdclass['build_ext'] = %r does not derive from "
            "setuptools.command.build_ext.build_ext, which hpy.devel needs to "
            "build hpy_ext_modules" % (build_ext,))


def _setuptools_command(module, name):
    try:
        mod = importlib.import_module('setuptools.command.' + module)
    except ImportError:
        return None
    return getattr(mod, name, None)


def _derive(base, mixin):
    """``base`` with ``mixin`` in front, unless that is done already."""
    if issubclass(base, mixin):
        return base
    return type(base.__name__, (mixin, base), {'__module__': __name__})


class HPyBuildMixin:
    """build: separate build dirs per non-CPython ABI."""

    def finalize_options(self):
        defaulted = [name for name in ('build_platlib', 'build_lib',
                                       'build_temp')
                     if getattr(self, name) is None]
        super().finalize_options()
        hpy_abi = get_hpy_abi(self.distribution)
        if hpy_abi == 'cpython' or not hpy_ext_modules(self.distribution):
            return
        suffix = '-hpy-' + hpy_abi
        # Only the dirs we chose get the suffix; explicit ones are kept.
        lib_is_platlib = self.build_lib == self.build_platlib
        if 'build_platlib' in defaulted:
            self.build_platlib += suffix
        if 'build_lib' in defaulted:
            self.build_lib = (self.build_platlib if lib_is_platlib
                              else self.build_lib + suffix)
        if 'build_temp' in defaulted:
            self.build_temp += suffix


class HPyBuildExtMixin:
    """build_ext: build HPy extensions for the distribution's ABI.

    The HPy flags are added only while an extension is being built, so the
    Extension objects stay as the user wrote them (sdist lists only the
    user's sources, and finalizing twice adds nothing twice).
    """

    def finalize_options(self):
        dist = self.distribution
        merge_hpy_ext_modules(dist)
        hpy_abi = get_hpy_abi(dist)
        for ext in hpy_ext_modules(dist):
            # Marks the extension as HPy's; read by get_ext_filename, which
            # setuptools already calls from finalize_options.
            ext.hpy_abi = hpy_abi
        super().finalize_options()
        for ext in self.extensions:
            if _ext_hpy_abi(ext) in STUB_ABIS:
                ext._needs_stub = True

    def get_ext_filename(self, fullname):
        ext = getattr(self, 'ext_map', {}).get(fullname)
        hpy_abi = _ext_hpy_abi(ext)
        if hpy_abi not in STUB_ABIS:
            return super().get_ext_filename(fullname)
        suffix = get_hpy_ext_suffix(hpy_abi,
                                    os.environ.get('SETUPTOOLS_EXT_SUFFIX'))
        return os.path.join(*fullname.split('.')) + suffix

    def build_extension(self, ext):
        hpy_abi = _ext_hpy_abi(ext)
        if hpy_abi is None:
            return super().build_extension(ext)
        hpydevel = getattr(self.distribution, 'hpydevel', None)
        if hpydevel is None:
            from .layout import HPyDevel
            hpydevel = HPyDevel()
        use_static_libs = bool(getattr(self.distribution,
                                       'hpy_use_static_libs', False))
        flags = hpydevel.get_build_flags(hpy_abi, use_static_libs)
        with _flags_applied(ext, flags):
            return super().build_extension(ext)

    def _write_stub_file(self, stub_file, ext, compile=False):
        # setuptools calls this for build_lib (compile=False) and for
        # --inplace (compile=True, which would leave only a .pyc that the
        # import system ignores): HPy stubs stay plain .py files.
        if _ext_hpy_abi(ext) not in STUB_ABIS:
            return super()._write_stub_file(stub_file, ext, compile)
        ext_file = getattr(ext, '_file_name', None) or self.get_ext_filename(
            self.get_ext_fullname(ext.name))
        log.info('writing hpy loader stub for %s to %s',
                 ext._full_name, stub_file)
        if not getattr(self, 'dry_run', False):
            stub.write_stub(stub_file, ext_file)

    def copy_extensions_to_source(self):
        super().copy_extensions_to_source()
        if getattr(self, 'dry_run', False):
            return
        build_py = self.get_finalized_command('build_py')
        for ext in self.extensions:
            if _ext_hpy_abi(ext) is not None:
                self._remove_stale_inplace_builds(build_py, ext)

    def _remove_stale_inplace_builds(self, build_py, ext):
        # After switching --hpy-abi, a binary built in place for another ABI
        # would shadow the new one: CPython extension suffixes win over .py.
        inplace_file, _ = self._get_inplace_equivalent(build_py, ext)
        directory = os.path.dirname(inplace_file)
        name = ext._full_name.rpartition('.')[2]
        keep = os.path.basename(inplace_file)
        for other_abi in HPY_ABIS:
            other = name + get_hpy_ext_suffix(other_abi)
            path = os.path.join(directory, other)
            if other != keep and os.path.isfile(path):
                log.info('removing %s, built for another HPy ABI', path)
                os.remove(path)
        stub_file = os.path.join(directory, name + '.py')
        if (_ext_hpy_abi(ext) not in STUB_ABIS and
                stub.is_generated_stub(stub_file)):
            log.info('removing %s, the loader of another HPy ABI', stub_file)
            os.remove(stub_file)

    def get_export_symbols(self, ext):
        # Only matters where exports are listed (Windows): universal and
        # hybrid modules export HPyInit_<name>, not PyInit_<name>.
        symbols = super().get_export_symbols(ext)
        if _ext_hpy_abi(ext) in STUB_ABIS:
            symbols = [re.sub(r'^PyInit_', 'HPyInit_', s) for s in symbols]
        return symbols


class HPyBdistEggMixin:
    """bdist_egg: leave the HPy stubs alone.

    bdist_egg writes a stub for each extension it finds, which would replace
    ours with one that imports the binary as a CPython extension.
    """

    def get_ext_outputs(self):
        all_outputs, ext_outputs = super().get_ext_outputs()
        ours = set()
        if self.distribution.has_ext_modules():
            build_ext = self.get_finalized_command('build_ext')
            for ext in build_ext.extensions:
                if _ext_hpy_abi(ext) in STUB_ABIS:
                    fullname = build_ext.get_ext_fullname(ext.name)
                    ours.add(build_ext.get_ext_filename(fullname))
        ext_outputs = [f for f in ext_outputs if f not in ours]
        return all_outputs, ext_outputs


def _ext_hpy_abi(ext):
    return getattr(ext, 'hpy_abi', None)


@contextmanager
def _flags_applied(ext, flags):
    saved = (ext.include_dirs, ext.define_macros, ext.sources,
             ext.extra_objects, ext.extra_link_args)
    ext.include_dirs = (flags.include_dirs_first + list(ext.include_dirs) +
                        flags.include_dirs)
    ext.define_macros = list(ext.define_macros) + flags.define_macros
    ext.sources = list(ext.sources) + flags.sources
    ext.extra_objects = list(ext.extra_objects) + flags.extra_objects
    ext.extra_link_args = list(ext.extra_link_args) + flags.extra_link_args
    try:
        yield
    finally:
        (ext.include_dirs, ext.define_macros, ext.sources,
         ext.extra_objects, ext.extra_link_args) = saved

"""hpy.devel's setuptools integration, without loading anything through
hpy.universal.

Most tests build small C files that do not include hpy.h, so they check the
build machinery (flags, output names, stubs, build dirs) independently of
the headers; a few build real HPy modules and skip while what they need is
missing.
"""

import importlib.util
import os
import subprocess
import sys
import sysconfig
import textwrap
import types
from importlib import metadata

import pytest

# hpy.devel first: it makes 'distutils' setuptools' copy.
from hpy.devel import HPyDevel, handle_hpy_ext_modules
from hpy.devel.abitag import get_hpy_ext_suffix
from hpy.devel.stub import STUB_MARKER, stub_source

import distutils.errors
from distutils.core import Distribution, Extension

FORBIDDEN_MSG = ('It is forbidden to #include <Python.h> when targeting the '
                 'HPy Universal ABI')

# Compiles only when hpy.devel passes -DHPY and exactly the ABI's macro.
CHECK_MACROS_C = """
#ifndef HPY
#error "HPY is not defined"
#endif
#if defined(HPY_ABI_CPYTHON) + defined(HPY_ABI_HYBRID) + defined(HPY_ABI_UNIVERSAL) != 1
#error "expected exactly one HPY_ABI_* macro"
#endif
#if !defined(HPY_ABI_%(ABI)s)
#error "wrong ABI macro"
#endif
int check_macros_dummy;
"""

HPYMOD_C = """
#include <hpy.h>
static HPyModuleDef moduledef = {
    .doc = "hpymod with HPy ABI: " HPY_ABI,
};
HPy_MODINIT(hpymod, moduledef)
"""


@pytest.fixture(autouse=True)
def in_tmp_path(tmp_path, monkeypatch):
    # Keeps setuptools from reading this repository's own pyproject.toml.
    monkeypatch.chdir(tmp_path)


def write(path, text):
    path.write_text(textwrap.dedent(text))
    return str(path)


def bare_devel(tmp_path):
    """An HPyDevel with no headers, helpers or libraries: builds with it
    test the machinery alone, whatever state the shipped files are in."""
    return HPyDevel(tmp_path / 'bare-devel')


def build(tmp_path, ext, hpy_abi, hpy_devel=None, static_libs=True):
    """Build like upstream's test support does: a bare Distribution fixed
    up by HPyDevel.fix_distribution, then build_ext. Returns (outputs,
    the build_ext command)."""
    if hpy_devel is None:
        hpy_devel = bare_devel(tmp_path)
    dist = Distribution()
    dist.parse_config_files()
    opts = dist.get_option_dict('build_ext')
    opts['force'] = ('test', True)
    opts['build_lib'] = ('test', str(tmp_path))
    opts['build_temp'] = ('test', str(tmp_path))
    dist.get_option_dict('build_py')['build_lib'] = ('test', str(tmp_path))
    dist.hpy_abi = hpy_abi
    dist.hpy_use_static_libs = static_libs
    dist.hpy_ext_modules = [ext]
    dist.py_modules = [ext.name]
    hpy_devel.fix_distribution(dist)
    old_cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        dist.run_command('build_ext')
        cmd = dist.get_command_obj('build_ext')
        return cmd.get_outputs(), cmd
    finally:
        os.chdir(old_cwd)


def binaries(outputs):
    return [f for f in outputs if not f.endswith(('.py', '.pyc'))]


@pytest.mark.parametrize('hpy_abi', ['cpython', 'hybrid', 'universal'])
def test_fix_distribution_builds_one_binary(tmp_path, hpy_abi):
    src = write(tmp_path / 'mytest.c', CHECK_MACROS_C % {'ABI': hpy_abi.upper()})
    ext = Extension('mytest', [src], extra_compile_args=['-Werror'])
    outputs, _ = build(tmp_path, ext, hpy_abi)
    sonames = binaries(outputs)
    assert sonames == [str(tmp_path / ('mytest' + get_hpy_ext_suffix(hpy_abi)))]
    assert os.path.isfile(sonames[0])
    stub = tmp_path / 'mytest.py'
    if hpy_abi == 'cpython':
        assert not stub.exists()
    else:
        text = stub.read_text()
        assert STUB_MARKER in text
        assert 'pkg_resources' not in text
        assert os.path.basename(sonames[0]) in text


def test_extension_objects_are_left_as_written(tmp_path):
    src = write(tmp_path / 'mytest.c', CHECK_MACROS_C % {'ABI': 'UNIVERSAL'})
    ext = Extension('mytest', [src], include_dirs=['inc'])
    build(tmp_path, ext, 'universal')
    assert ext.sources == [src]
    assert ext.include_dirs == ['inc']
    assert ext.define_macros == []
    assert ext.extra_objects == []


def test_compile_error_is_CompileError(tmp_path):
    src = write(tmp_path / 'mytest.c', 'this is not C;\n')
    ext = Extension('mytest', [src])
    with pytest.raises(distutils.errors.CompileError):
        build(tmp_path, ext, 'universal')


def test_extra_compile_args_are_honoured(tmp_path):
    src = write(tmp_path / 'mytest.c', """
        #ifndef FROM_EXTRA_ARGS
        #error "extra_compile_args were dropped"
        #endif
        int x;
    """)
    ext = Extension('mytest', [src], extra_compile_args=['-DFROM_EXTRA_ARGS'])
    outputs, _ = build(tmp_path, ext, 'hybrid')
    assert len(binaries(outputs)) == 1


def test_universal_forbids_Python_h(tmp_path, capfd):
    if not os.path.exists(os.path.join(
            HPyDevel().get_include_dir_forbid_python_h(), 'Python.h')):
        pytest.skip('forbid_python_h/Python.h not present')
    src = write(tmp_path / 'mytest.c', '#include <Python.h>\nint x;\n')
    ext = Extension('mytest', [src])
    with pytest.raises(distutils.errors.CompileError):
        build(tmp_path, ext, 'universal', HPyDevel())
    captured = capfd.readouterr()
    assert FORBIDDEN_MSG in captured.out + captured.err


@pytest.mark.parametrize('hpy_abi', ['cpython', 'hybrid'])
def test_Python_h_allowed_outside_universal(tmp_path, hpy_abi):
    src = write(tmp_path / 'mytest.c', '#include <Python.h>\nint x;\n')
    outputs, _ = build(tmp_path, Extension('mytest', [src]), hpy_abi)
    assert len(binaries(outputs)) == 1


# ---- which flags, sources and libraries each ABI gets ----

@pytest.fixture
def fake_devel(tmp_path):
    """An hpy.devel tree with one helper source and archives for 2 ABIs."""
    base = tmp_path / 'devel'
    (base / 'include' / 'hpy' / 'forbid_python_h').mkdir(parents=True)
    (base / 'src' / 'runtime').mkdir(parents=True)
    (base / 'src' / 'runtime' / 'helpers.c').write_text('int helper;\n')
    for abi in ('cpython', 'universal'):
        (base / 'lib' / abi).mkdir(parents=True)
        (base / 'lib' / abi / ('libhpy-%s.a' % abi)).write_bytes(b'')
    return HPyDevel(base)


def test_build_flags_universal(fake_devel):
    flags = fake_devel.get_build_flags('universal')
    assert flags.include_dirs_first == [
        fake_devel.get_include_dir_forbid_python_h()]
    assert flags.include_dirs == [str(fake_devel.include_dir)]
    assert flags.define_macros == [('HPY', None), ('HPY_ABI_UNIVERSAL', None)]
    assert flags.sources == [str(fake_devel.src_dir / 'helpers.c')]
    assert flags.extra_objects == []


def test_build_flags_static_libs_replace_sources(fake_devel):
    flags = fake_devel.get_build_flags('universal', use_static_libs=True)
    assert flags.sources == []
    assert flags.extra_objects == fake_devel.get_static_libs('universal')


def test_build_flags_static_libs_missing_falls_back(fake_devel):
    flags = fake_devel.get_build_flags('hybrid', use_static_libs=True)
    assert flags.include_dirs_first == []
    assert flags.define_macros == [('HPY', None), ('HPY_ABI_HYBRID', None)]
    assert flags.sources == [str(fake_devel.src_dir / 'helpers.c')]
    assert flags.extra_objects == []


def test_build_flags_cpython_always_links_runtime_archive(fake_devel):
    runtime = fake_devel.lib_dir / 'cpython' / 'libhpy_cpython.a'
    runtime.write_bytes(b'')
    for static_libs in (False, True):
        flags = fake_devel.get_build_flags('cpython', use_static_libs=static_libs)
        assert flags.define_macros == [('HPY', None), ('HPY_ABI_CPYTHON', None)]
        assert flags.extra_objects[-1] == str(runtime)
        assert '-Wl,--exclude-libs,ALL' in flags.extra_link_args
    # The runtime never counts as a helper archive.
    assert str(runtime) not in fake_devel.get_static_libs('cpython')
    assert fake_devel.get_build_flags('cpython').sources == [
        str(fake_devel.src_dir / 'helpers.c')]


def test_build_flags_cpython_without_runtime_archive(fake_devel):
    flags = fake_devel.get_build_flags('cpython', use_static_libs=False)
    assert flags.extra_objects == [] and flags.extra_link_args == []


def test_empty_devel_tree_builds(tmp_path):
    devel = HPyDevel(tmp_path / 'nothing-here')
    for abi in ('cpython', 'hybrid', 'universal'):
        flags = devel.get_build_flags(abi, use_static_libs=True)
        assert flags.sources == [] and flags.extra_objects == []


def test_unknown_abi(fake_devel, tmp_path):
    with pytest.raises(ValueError, match='HPY=debug'):
        fake_devel.get_build_flags('debug')
    src = write(tmp_path / 'mytest.c', 'int x;\n')
    with pytest.raises(distutils.errors.DistutilsOptionError):
        build(tmp_path, Extension('mytest', [src]), 'nonsense')


def test_helper_sources_are_compiled_in(tmp_path, fake_devel):
    src = write(tmp_path / 'mytest.c', """
        extern int helper;
        int *use_helper(void) { return &helper; }
    """)
    # --no-undefined: the link fails unless helpers.c was compiled in.
    ext = Extension('mytest', [src], extra_link_args=['-Wl,--no-undefined'])
    outputs, _ = build(tmp_path, ext, 'universal', fake_devel,
                       static_libs=False)
    assert len(binaries(outputs)) == 1


# ---- setup.py-level behaviour: options, build dirs, ext_modules ----

def make_setup_dist(script_args, hpy_ext_modules, ext_modules=None):
    from setuptools.dist import Distribution as SetuptoolsDistribution
    attrs = {'name': 'proj', 'script_args': script_args}
    if ext_modules is not None:
        attrs['ext_modules'] = ext_modules
    dist = SetuptoolsDistribution(attrs)
    dist.hpy_ext_modules = hpy_ext_modules
    # What the distutils.setup_keywords entry point does during setup().
    handle_hpy_ext_modules(dist, 'hpy_ext_modules', hpy_ext_modules)
    dist.parse_command_line()
    return dist


def test_hpy_abi_global_option():
    dist = make_setup_dist(['build'], [Extension('m', ['m.c'])])
    assert dist.hpy_abi == 'cpython'
    assert not dist.hpy_use_static_libs
    dist = make_setup_dist(['--hpy-abi=universal', '--hpy-use-static-libs',
                            'build'], [Extension('m', ['m.c'])])
    assert dist.hpy_abi == 'universal'
    assert dist.hpy_use_static_libs


def test_handle_hpy_ext_modules_twice_adds_options_once():
    ext = Extension('m', ['m.c'])
    dist = make_setup_dist(['build'], [ext])
    handle_hpy_ext_modules(dist, 'hpy_ext_modules', [ext])
    names = [opt[0] for opt in dist.global_options]
    assert names.count('hpy-abi=') == 1
    assert [e for e in dist.ext_modules if e is ext] == [ext]


def test_hpy_ext_modules_make_dist_platform_specific():
    dist = make_setup_dist(['build'], [Extension('m', ['m.c'])])
    assert dist.has_ext_modules()
    dist = make_setup_dist(['build'], [])
    assert not dist.has_ext_modules()


def test_empty_hpy_ext_modules_keeps_ext_modules():
    cpy = Extension('cpymod', ['cpymod.c'])
    dist = make_setup_dist(['build'], [], ext_modules=[cpy])
    assert dist.ext_modules == [cpy]
    build_ext = dist.get_command_obj('build_ext')
    build_ext.ensure_finalized()
    assert build_ext.extensions == [cpy]
    assert not hasattr(cpy, 'hpy_abi')


def test_rejects_non_extensions():
    from setuptools.dist import Distribution as SetuptoolsDistribution
    dist = SetuptoolsDistribution({'name': 'proj'})
    with pytest.raises(distutils.errors.DistutilsSetupError):
        handle_hpy_ext_modules(dist, 'hpy_ext_modules', ['notanext'])


@pytest.mark.parametrize('hpy_abi', ['cpython', 'hybrid', 'universal'])
def test_separate_build_dirs(hpy_abi):
    dist = make_setup_dist(['--hpy-abi=' + hpy_abi, 'build'],
                           [Extension('m', ['m.c'])])
    build = dist.get_command_obj('build')
    build.ensure_finalized()
    for d in (build.build_lib, build.build_platlib, build.build_temp):
        assert d.endswith('-hpy-' + hpy_abi) == (hpy_abi != 'cpython')
    assert build.build_lib == build.build_platlib


def test_explicit_build_dirs_are_kept():
    dist = make_setup_dist(['--hpy-abi=universal', 'build',
                            '--build-temp=mytemp'], [Extension('m', ['m.c'])])
    build = dist.get_command_obj('build')
    build.ensure_finalized()
    assert build.build_temp == 'mytemp'
    assert build.build_platlib.endswith('-hpy-universal')


def test_inplace_switch_removes_other_abi_builds(tmp_path):
    src = write(tmp_path / 'mytest.c', 'int x;\n')
    for hpy_abi in ('universal', 'cpython', 'hybrid'):
        dist = make_setup_dist(['--hpy-abi=' + hpy_abi, 'build_ext',
                                '--inplace'],
                               [Extension('mytest', [src])])
        dist.hpydevel = bare_devel(tmp_path)
        old_cwd = os.getcwd()
        os.chdir(tmp_path)
        try:
            dist.run_commands()
        finally:
            os.chdir(old_cwd)
        built = sorted(p.name for p in tmp_path.glob('mytest*')
                       if p.name != 'mytest.c')
        expected = ['mytest' + get_hpy_ext_suffix(hpy_abi)]
        if hpy_abi != 'cpython':
            expected.append('mytest.py')
        assert built == sorted(expected)


# ---- the .py stub ----

def test_stub_text():
    text = stub_source('mytest.hpy0.so')
    assert STUB_MARKER in text
    assert 'pkg_resources' not in text
    assert "_load_bootstrap('mytest', __name__, __package__" in text
    compile(text, 'mytest.py', 'exec')


def test_stub_hands_over_to_load_bootstrap(tmp_path, monkeypatch):
    """The stub passes its own module attributes and the binary's path to
    _load_bootstrap and replaces itself in sys.modules by the result."""
    calls = []
    loaded = types.ModuleType('loaded')

    def _load_bootstrap(*args):
        calls.append(args)
        return loaded

    fake = types.ModuleType('hpy.universal')
    fake._load_bootstrap = _load_bootstrap
    monkeypatch.setitem(sys.modules, 'hpy.universal', fake)
    pkg = tmp_path / 'pkg'
    pkg.mkdir()
    (pkg / '__init__.py').write_text('')
    (pkg / 'mytest.py').write_text(stub_source('mytest.hpy0.so'))
    (pkg / 'mytest.hpy0.so').write_bytes(b'')
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, 'pkg', raising=False)
    monkeypatch.delitem(sys.modules, 'pkg.mytest', raising=False)

    mod = importlib.import_module('pkg.mytest')

    assert mod is loaded and sys.modules['pkg.mytest'] is loaded
    (name, fullname, package, path, loader, spec, env), = calls
    assert (name, fullname, package) == ('mytest', 'pkg.mytest', 'pkg')
    assert path == str(pkg / 'mytest.hpy0.so')
    assert loader.name == 'pkg.mytest' and spec.loader is loader
    assert env is os.environ


def test_stub_without_binary_raises_ImportError(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / 'lonely_stub.py').write_text(stub_source('lonely_stub.hpy0.so'))
    fake = types.ModuleType('hpy.universal')
    fake._load_bootstrap = None
    monkeypatch.setitem(sys.modules, 'hpy.universal', fake)
    with pytest.raises(ImportError, match='not found'):
        importlib.import_module('lonely_stub')
    sys.modules.pop('lonely_stub', None)


def test_stub_does_not_replace_hand_written_module(tmp_path):
    from hpy.devel.stub import write_stub
    target = tmp_path / 'mytest.py'
    target.write_text('print("mine")\n')
    with pytest.raises(distutils.errors.DistutilsFileError):
        write_stub(str(target), 'mytest.hpy0.so')
    write_stub(str(tmp_path / 'other.py'), 'other.hpy0.so')
    write_stub(str(tmp_path / 'other.py'), 'other.hpy0.so')  # regenerating


# ---- real HPy modules (need the headers, and the runtime for cpython) ----

def _build_and_import_cpython_hpymod(tmp_path):
    devel = HPyDevel()
    if not (devel.include_dir / 'hpy.h').exists():
        pytest.skip('hpy.h not present')
    # An installed hpy always ships the runtime archive; a missing one is a
    # packaging bug, not a reason to skip.
    assert devel.get_cpython_runtime(), 'hpy/devel/lib/cpython/libhpy_cpython.a missing'
    src = write(tmp_path / 'hpymod.c', HPYMOD_C)
    ext = Extension('hpymod', [src], extra_compile_args=['-Werror'])
    outputs, _ = build(tmp_path, ext, 'cpython', HPyDevel())
    soname, = binaries(outputs)
    spec = importlib.util.spec_from_file_location('hpymod', soname)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.__doc__ == 'hpymod with HPy ABI: cpython'
    return soname


def test_hpymod_cpython_abi_imports(tmp_path):
    _build_and_import_cpython_hpymod(tmp_path)


def test_hpymod_cpython_abi_needs_no_installed_hpy(tmp_path):
    """A CPython-ABI extension imports in a venv that has no hpy at all."""
    soname = _build_and_import_cpython_hpymod(tmp_path)
    venv = tmp_path / 'bare-venv'
    subprocess.run([sys.executable, '-m', 'venv', '--without-pip', str(venv)], check=True)
    code = ('import importlib.util, sys\n'
            'assert importlib.util.find_spec("hpy") is None, "hpy is importable"\n'
            'import hpymod\n'
            'print(hpymod.__doc__)\n')
    proc = subprocess.run([str(venv / 'bin' / 'python'), '-c', code],
                          cwd=os.path.dirname(soname), capture_output=True, text=True,
                          env={k: v for k, v in os.environ.items() if k != 'PYTHONPATH'})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == 'hpymod with HPy ABI: cpython'


@pytest.mark.parametrize('hpy_abi', ['hybrid', 'universal'])
def test_hpymod_builds(tmp_path, hpy_abi):
    if not (HPyDevel().include_dir / 'hpy.h').exists():
        pytest.skip('hpy.h not present')
    src = write(tmp_path / 'hpymod.c', HPYMOD_C)
    ext = Extension('hpymod', [src],
                    extra_compile_args=['-Werror', '-Wfatal-errors'])
    outputs, _ = build(tmp_path, ext, hpy_abi, HPyDevel())
    soname, = binaries(outputs)
    assert soname.endswith('hpymod' + get_hpy_ext_suffix(hpy_abi))
    # HPy_MODINIT exports HPyInit_<name>, which hpy.universal looks up.
    nm = subprocess.run(['nm', '-D', '--defined-only', soname],
                        capture_output=True, text=True)
    if nm.returncode == 0:
        assert 'HPyInit_hpymod' in nm.stdout


def _entry_point_registered():
    eps = metadata.entry_points(group='distutils.setup_keywords')
    return any(ep.name == 'hpy_ext_modules' and
               ep.value == 'hpy.devel:handle_hpy_ext_modules' for ep in eps)


@pytest.mark.skipif(not _entry_point_registered(),
                    reason='hpy is not installed (no setup_keywords entry point)')
def test_setup_py_uses_entry_point(tmp_path):
    write(tmp_path / 'mytest.c', CHECK_MACROS_C % {'ABI': 'UNIVERSAL'})
    write(tmp_path / 'setup.py', """
        from setuptools import setup, Extension
        setup(name='proj', hpy_ext_modules=[Extension('mytest', ['mytest.c'])])
    """)
    subprocess.run([sys.executable, 'setup.py', '--hpy-abi=universal',
                    'build'], cwd=tmp_path, check=True, capture_output=True)
    libs = list((tmp_path / 'build').glob('lib*'))
    assert len(libs) == 1 and libs[0].name.endswith('-hpy-universal')
    assert (libs[0] / 'mytest.hpy0.so').exists()
    assert STUB_MARKER in (libs[0] / 'mytest.py').read_text()
    plat = sysconfig.get_platform()
    assert plat in libs[0].name

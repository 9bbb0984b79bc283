"""`import NAME` of universal and hybrid binaries without the .py stub
(hpy._import_hook, installed by hpy_import_hook.pth)."""

import shutil
import sys
import sysconfig
from pathlib import Path

import pytest

from harness.loading import run_python
from hpy import _import_hook

pytestmark = pytest.mark.hpy_abis("universal", "hybrid")

GREETER = """
    HPyDef_METH(ctx_name, "ctx_name", HPyFunc_NOARGS)
    static HPy ctx_name_impl(HPyContext *ctx, HPy self)
    {
        return HPyUnicode_FromString(ctx, ctx->name);
    }
    @EXPORT(ctx_name)
    @INIT
"""


def run(code, cwd, env=None):
    """Run `code` in a fresh interpreter of this venv (site, and so the
    .pth, included); returns its stdout, failing on a non-zero exit."""
    proc = run_python(code, env=env, cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture
def lone_binary(compiler, tmp_path):
    """A built binary alone in a directory of its own: no stub next to it."""
    built = compiler.compile_module(GREETER, name="greeter")
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(built.path, alone / built.path.name)
    return alone / built.path.name


def test_the_pth_file_is_installed():
    import hpy
    site_dir = Path(hpy.__file__).parent.parent
    pth = site_dir / "hpy_import_hook.pth"
    assert pth.read_text().startswith("import hpy._import_hook")
    # listed in the distribution's RECORD, so `pip uninstall hpy` removes it
    from importlib.metadata import files
    assert "hpy_import_hook.pth" in [str(f) for f in files("hpy")]


def test_suffixes_are_those_hpy_devel_builds():
    from hpy.devel.abitag import get_hpy_ext_suffix
    assert _import_hook.hpy_suffixes() == [
        get_hpy_ext_suffix("universal"), get_hpy_ext_suffix("hybrid")]
    if sysconfig.get_config_var("EXT_SUFFIX").endswith(".so"):
        assert _import_hook.hpy_suffixes()[0] == ".hpy0.so"


def test_a_binary_imports_without_its_stub(lone_binary):
    out = run("""
        import greeter
        print(greeter.ctx_name())
        print(greeter.__file__)
        print(greeter.__spec__.origin)
        print(type(greeter.__loader__).__name__)
        print(greeter.__name__)
    """, cwd=lone_binary.parent)
    name, file, origin, loader, modname = out.splitlines()
    assert name.startswith("HPy Universal ABI")
    assert file == origin == str(lone_binary)
    assert loader == "HPyExtensionLoader"
    assert modname == "greeter"


@pytest.mark.parametrize("mode, prefix", [("debug", "HPy Debug Mode ABI"),
                                          ("trace", "HPy Trace Mode ABI")])
def test_the_hpy_variable_picks_the_mode(lone_binary, mode, prefix):
    out = run("import greeter; print(greeter.ctx_name())",
              cwd=lone_binary.parent, env={"HPY": mode, "HPY_LOG": "1"})
    log, name = out.splitlines()
    assert log == "Loading 'greeter' in HPy universal mode with a %s context" % mode
    assert name.startswith(prefix)


def test_a_submodule_of_a_package(lone_binary, tmp_path):
    pkg = tmp_path / "root" / "pkg"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    shutil.copy(lone_binary, pkg / lone_binary.name)
    out = run("""
        import pkg.greeter as g
        print(g.__name__, g.__package__, g.ctx_name()[:3])
        import sys; print(sys.modules['pkg.greeter'] is g)
    """, cwd=pkg.parent)
    assert out.split() == ["pkg.greeter", "pkg", "HPy", "True"]


def test_a_py_file_next_to_the_binary_comes_first(lone_binary):
    (lone_binary.parent / "greeter.py").write_text("WHO = 'the .py file'\n")
    out = run("import greeter; print(greeter.WHO)", cwd=lone_binary.parent)
    assert out.strip() == "the .py file"


def test_without_the_hook_the_binary_is_not_found(lone_binary):
    out = run("""
        import hpy._import_hook as h
        h.uninstall()
        try:
            import greeter
        except ModuleNotFoundError:
            print("not found")
        h.install()
        h.install()   # idempotent
        import greeter
        print(greeter.ctx_name()[:3])
    """, cwd=lone_binary.parent)
    assert out.splitlines() == ["not found", "HPy"]


def test_find_spec_and_errors(lone_binary):
    out = run("""
        import importlib.util
        spec = importlib.util.find_spec("greeter")
        print(type(spec.loader).__name__, spec.origin)
        open("broken" + %r, "w").write("not an ELF file")
        try:
            import broken
        except Exception as e:
            print(type(e).__name__)
    """ % lone_binary.name[len("greeter"):], cwd=lone_binary.parent)
    lines = out.splitlines()
    assert lines[0] == "HPyExtensionLoader %s" % lone_binary
    # the loader's own error for a file it cannot open, not a crash
    assert lines[1] in ("RuntimeError", "ImportError", "OSError")


def test_the_hook_stays_in_this_process():
    # pytest's interpreter went through site as well
    assert any(getattr(h, "_hpy_import_hook", False) for h in sys.path_hooks)

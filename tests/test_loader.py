"""hpy.universal itself: load() and its errors, the modes, _load_bootstrap
and the HPY variable, get_version (crate: hpy-universal)."""

import importlib.machinery
import importlib.metadata
import shutil
import types

import pytest

import hpy.universal

pytestmark = pytest.mark.hpy_abis("universal")

VERSION = "0.0"      # HPY_ABI_VERSION.HPY_ABI_VERSION_MINOR of this runtime


def spec_for(name, path):
    return importlib.machinery.ModuleSpec(name, None, origin=str(path))


def load(name, path, **kwargs):
    return hpy.universal.load(name, str(path), spec_for(name, path), **kwargs)


def runtime_error(f, *args, **kwargs):
    with pytest.raises(RuntimeError) as e:
        f(*args, **kwargs)
    return str(e.value)


GREETER = """
    HPyDef_METH(hello, "hello", HPyFunc_NOARGS)
    static HPy hello_impl(HPyContext *ctx, HPy self)
    {
        return HPyUnicode_FromString(ctx, "hello");
    }
    HPyDef_METH(ctx_name, "ctx_name", HPyFunc_NOARGS)
    static HPy ctx_name_impl(HPyContext *ctx, HPy self)
    {
        return HPyUnicode_FromString(ctx, ctx->name);
    }
    @EXPORT(hello)
    @EXPORT(ctx_name)
    @INIT
"""

# How the context of each mode names itself (prefixes checked upstream too).
MODE_NAMES = {"universal": "HPy Universal ABI", "debug": "HPy Debug Mode ABI",
              "trace": "HPy Trace Mode ABI"}


def assert_mode(mod, mode):
    assert mod.hello() == "hello"
    assert mod.ctx_name().startswith(MODE_NAMES[mode]), mod.ctx_name()


@pytest.fixture
def greeter(compiler):
    return compiler.compile_module(GREETER)


def test_constants():
    modes = (hpy.universal.MODE_UNIVERSAL, hpy.universal.MODE_DEBUG,
             hpy.universal.MODE_TRACE)
    assert all(type(m) is int for m in modes)
    assert len(set(modes)) == 3


def test_get_version():
    version, revision = hpy.universal.get_version()
    assert isinstance(version, str) and isinstance(revision, str)
    assert version == importlib.metadata.version("hpy")


def test_load(greeter):
    mod = load("mytest", greeter.path)
    assert mod.hello() == "hello"
    assert mod.__name__ == "mytest"
    # The suite sets these after loading.
    mod.__file__ = str(greeter.path)
    mod.__spec__ = None


def test_modes(greeter):
    u = hpy.universal
    assert_mode(load("mytest", greeter.path), "universal")
    assert_mode(load("mytest", greeter.path, debug=False), "universal")
    assert_mode(load("mytest", greeter.path, mode=-1), "universal")
    assert_mode(load("mytest", greeter.path, mode=u.MODE_UNIVERSAL), "universal")
    assert_mode(load("mytest", greeter.path, debug=True), "debug")
    assert_mode(load("mytest", greeter.path, mode=u.MODE_DEBUG), "debug")
    assert_mode(load("mytest", greeter.path, mode=u.MODE_TRACE), "trace")
    # mode, when given, wins over debug.
    assert_mode(load("mytest", greeter.path, debug=True, mode=u.MODE_UNIVERSAL), "universal")
    assert_mode(load("mytest", greeter.path, debug=True, mode=u.MODE_TRACE), "trace")


def test_load_twice_gives_two_modules(greeter):
    a = load("mytest", greeter.path)
    b = load("mytest", greeter.path)
    assert a is not b
    assert a.hello() == b.hello() == "hello"


def test_dotted_name_uses_the_last_part(greeter):
    mod = load("pkg.sub.mytest", greeter.path)
    assert mod.__name__ == "pkg.sub.mytest"
    assert mod.hello() == "hello"


def test_dash_in_name_is_an_underscore(compiler):
    built = compiler.compile_module(GREETER, name="my_mod")
    assert load("my-mod", built.path).hello() == "hello"


def test_non_ascii_name(greeter):
    message = runtime_error(load, "caf\u00e9", greeter.path)
    assert message == ("HPy extension module name 'caf\u00e9' is not ASCII; "
                       "hpy-rs cannot derive its init symbols")


def test_version_too_new(compiler):
    built = compiler.compile_module("""
        #undef HPY_ABI_VERSION
        #define HPY_ABI_VERSION 999
        @INIT
    """)
    assert runtime_error(load, "mytest", built.path) == (
        "HPy extension module 'mytest' requires unsupported version of the HPy "
        "runtime. Requested version: 999.0. Current HPy version: %s." % VERSION)


def test_minor_version_too_new(compiler):
    built = compiler.compile_module("""
        #undef HPY_ABI_VERSION_MINOR
        #define HPY_ABI_VERSION_MINOR 7
        @INIT
    """)
    assert runtime_error(load, "mytest", built.path) == (
        "HPy extension module 'mytest' requires unsupported version of the HPy "
        "runtime. Requested version: 0.7. Current HPy version: %s." % VERSION)


def test_abi_tag_mismatch(greeter, tmp_path):
    path = tmp_path / "mytest.hpy999.so"
    shutil.copy(greeter.path, path)
    assert runtime_error(load, "mytest", path) == (
        "HPy extension module 'mytest' at path '%s': mismatch between the HPy ABI "
        "tag encoded in the filename and the major version requested by the HPy "
        "extension itself. Major version tag parsed from filename: 999. "
        "Requested version: %s." % (path, VERSION))


def test_abi_tag_missing(greeter, tmp_path):
    path = tmp_path / "mytest.so"
    shutil.copy(greeter.path, path)
    assert runtime_error(load, "mytest", path) == (
        "HPy extension module 'mytest' at path '%s': could not find HPy ABI tag "
        "encoded in the filename. The extension claims to be compiled with HPy "
        "ABI version: %s." % (path, VERSION))


def test_abi_tag_only_read_from_the_file_name(greeter, tmp_path):
    # A directory that looks like a tag does not count.
    d = tmp_path / "x.hpy999"
    d.mkdir()
    path = d / "mytest.hpy0.so"
    shutil.copy(greeter.path, path)
    assert load("mytest", path).hello() == "hello"


def test_hybrid_tag_is_accepted(greeter, tmp_path):
    path = tmp_path / "mytest.hpy0-cp311.so"
    shutil.copy(greeter.path, path)
    assert load("mytest", path).hello() == "hello"


def test_dlopen_failure(tmp_path):
    missing = tmp_path / "missing.hpy0.so"
    message = runtime_error(load, "missing", missing)
    prefix = ("Error during loading of the HPy extension module at path '%s'. "
              "Error message from dlopen/WinAPI: " % missing)
    assert message.startswith(prefix)
    assert "No such file or directory" in message

    garbage = tmp_path / "garbage.hpy0.so"
    garbage.write_text("not an ELF file")
    message = runtime_error(load, "garbage", garbage)
    assert message.startswith("Error during loading of the HPy extension module at "
                              "path '%s'. Error message from dlopen/WinAPI: " % garbage)


def test_missing_version_symbols(compiler):
    built = compiler.compile_module("int not_an_hpy_module = 1;\n", raw=True)
    message = runtime_error(load, "mytest", built.path)
    assert message.startswith(
        "Error during loading of the HPy extension module at path '%s'. Cannot locate "
        "the required minimal HPy versions as symbols 'get_required_hpy_minor_version_mytest' "
        "and `get_required_hpy_major_version_mytest`. Error message from dlopen/WinAPI: "
        % built.path)


def test_name_must_match_the_binary(greeter):
    message = runtime_error(load, "other", greeter.path)
    assert "'get_required_hpy_minor_version_other'" in message


# A binary with the version getters but not (all) the other entry points.
PARTIAL_MODULE = """
    #include <stdint.h>
    #include <stddef.h>
    #define EXPORT __attribute__((visibility("default")))
    EXPORT uint32_t get_required_hpy_major_version_mytest(void) { return 0; }
    EXPORT uint32_t get_required_hpy_minor_version_mytest(void) { return 0; }
    %s
"""


def test_missing_init_context_symbol(compiler):
    built = compiler.compile_module(PARTIAL_MODULE % "", raw=True)
    message = runtime_error(load, "mytest", built.path)
    assert message.startswith(
        "Error during loading of the HPy extension module at path '%s' while trying "
        "to find symbol 'HPyInitGlobalContext_mytest'. Did you use the HPy_MODINIT "
        "macro to register your module? Error message from dlsym/WinAPI: " % built.path)


def test_missing_init_symbol(compiler):
    built = compiler.compile_module(PARTIAL_MODULE % """
        EXPORT void HPyInitGlobalContext_mytest(void *ctx) { }
    """, raw=True)
    message = runtime_error(load, "mytest", built.path)
    assert message.startswith(
        "Error during loading of the HPy extension module at path '%s' while trying "
        "to find symbol 'HPyInit_mytest'. Did you use the HPy_MODINIT macro to "
        "register your module? Error message from dlsym/WinAPI: " % built.path)


def test_init_returns_null(compiler):
    built = compiler.compile_module(PARTIAL_MODULE % """
        EXPORT void HPyInitGlobalContext_mytest(void *ctx) { }
        EXPORT void *HPyInit_mytest(void) { return NULL; }
    """, raw=True)
    assert runtime_error(load, "mytest", built.path) == (
        "Error during loading of the HPy extension module at path '%s'. "
        "Function 'HPyInit_mytest' returned NULL." % built.path)


@pytest.mark.parametrize("mode", [3, 42, 2**31 - 1])
def test_invalid_mode(tmp_path, mode):
    with pytest.raises(ValueError) as e:
        load("mytest", tmp_path / "mytest.hpy0.so", mode=mode)
    assert str(e.value) == ("invalid HPy mode %d: use hpy.universal.MODE_UNIVERSAL, "
                            "MODE_DEBUG or MODE_TRACE" % mode)


# -- _load_bootstrap: what the generated .py stubs call ---------------------

def bootstrap(built, env, ext_name="pkg.mytest", package="pkg"):
    spec = spec_for(ext_name, "stub.py")
    loader = object()
    mod = hpy.universal._load_bootstrap("mytest", ext_name, package,
                                        str(built.path), loader, spec, env)
    return mod, loader, spec


@pytest.mark.parametrize("env, mode", [
    ({}, "universal"),
    ({"HPY": "universal"}, "universal"),
    ({"HPY": "UNIVERSAL"}, "universal"),
    ({"HPY": "debug"}, "debug"),
    ({"HPY": "trace"}, "trace"),
    ({"HPY": "mytest:universal"}, "universal"),
    ({"HPY": "mytest:debug"}, "debug"),
    ({"HPY": "other:debug,mytest:trace"}, "trace"),
    # modules that are not listed load in universal mode
    ({"HPY": "other:debug"}, "universal"),
    ({"HPY": "mytest2:debug,my:trace"}, "universal"),
])
def test_load_bootstrap(greeter, env, mode):
    mod, loader, spec = bootstrap(greeter, env)
    assert_mode(mod, mode)
    assert mod.__file__ == str(greeter.path)
    assert mod.__loader__ is loader
    assert mod.__name__ == "pkg.mytest"
    assert mod.__package__ == "pkg"
    assert mod.__spec__ is spec
    assert spec.origin == str(greeter.path)


def test_load_bootstrap_env_mapping(greeter):
    # os.environ is not a dict: any mapping will do.
    class Env(dict):
        pass

    mod, _, _ = bootstrap(greeter, types.MappingProxyType({"HPY": "universal"}))
    assert mod.hello() == "hello"
    mod, _, _ = bootstrap(greeter, Env())
    assert mod.hello() == "hello"


@pytest.mark.parametrize("value", ["fast", "", "mytest:fast", "mytest:debug,oops"])
def test_load_bootstrap_invalid_hpy_value(greeter, value):
    with pytest.raises(ValueError) as e:
        bootstrap(greeter, {"HPY": value})
    assert str(e.value).startswith("invalid HPy mode: %s" % value)


def test_load_bootstrap_log(greeter, capsys):
    bootstrap(greeter, {"HPY_LOG": "1"})
    assert capsys.readouterr().out == "Loading 'mytest' in HPy universal mode\n"
    bootstrap(greeter, {"HPY_LOG": "1", "HPY": "trace"})
    assert capsys.readouterr().out == (
        "Loading 'mytest' in HPy universal mode with a trace context\n")
    bootstrap(greeter, {"HPY_LOG": "", "HPY": "debug"})
    assert capsys.readouterr().out == (
        "Loading 'mytest' in HPy universal mode with a debug context\n")
    bootstrap(greeter, {})
    assert capsys.readouterr().out == ""


def test_load_bootstrap_keywords(greeter):
    spec = spec_for("mytest", "stub.py")
    mod = hpy.universal._load_bootstrap(name="mytest", ext_name="mytest", package="",
                                        file=str(greeter.path), loader=None,
                                        spec=spec, env={})
    assert mod.hello() == "hello"

"""Raw data handed out for a handle (HPyUnicode_AsUTF8AndSize,
HPyBytes_AsString, HPyBytes_AS_STRING, HPyType_GetName) is a read-only copy
that becomes unreadable when the handle closes (crates/hpy-debug/src/
rawdata.rs; the `raw_data` key of `debug` in api/hpy.toml)."""

import pytest

RAW = """
    #include <string.h>

    static const char *kept;

    static const char *get(HPyContext *ctx, HPy h, long mode)
    {
        HPy_ssize_t size;
        switch (mode) {
        case 0: return HPyUnicode_AsUTF8AndSize(ctx, h, &size);
        case 1: return HPyBytes_AsString(ctx, h);
        case 2: return HPyBytes_AS_STRING(ctx, h);
        default: return HPyType_GetName(ctx, h);
        }
    }

    /* keep(obj, mode): keep the pointer of the argument's handle. */
    HPyDef_METH(keep, "keep", HPyFunc_VARARGS)
    static HPy keep_impl(HPyContext *ctx, HPy self, const HPy *args, size_t n)
    {
        kept = get(ctx, args[0], HPyLong_AsLong(ctx, args[1]));
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_METH(read_kept, "read_kept", HPyFunc_NOARGS)
    static HPy read_kept_impl(HPyContext *ctx, HPy self)
    {
        return HPyUnicode_FromString(ctx, kept);
    }

    /* read_after_close(obj, mode): read through a pointer of a closed handle. */
    HPyDef_METH(read_after_close, "read_after_close", HPyFunc_VARARGS)
    static HPy read_after_close_impl(HPyContext *ctx, HPy self, const HPy *args, size_t n)
    {
        HPy h = HPy_Dup(ctx, args[0]);
        const char *p = get(ctx, h, HPyLong_AsLong(ctx, args[1]));
        HPy_Close(ctx, h);
        return HPyUnicode_FromString(ctx, p);
    }

    HPyDef_METH(write_ptr, "write", HPyFunc_VARARGS)
    static HPy write_ptr_impl(HPyContext *ctx, HPy self, const HPy *args, size_t n)
    {
        char *p = (char *)get(ctx, args[0], HPyLong_AsLong(ctx, args[1]));
        p[0] = 'X';
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_METH(same_twice, "same_twice", HPyFunc_O)
    static HPy same_twice_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy_ssize_t size;
        const char *a = HPyUnicode_AsUTF8AndSize(ctx, arg, &size);
        const char *b = HPyUnicode_AsUTF8AndSize(ctx, arg, NULL);
        return HPyBool_FromBool(ctx, a == b && strcmp(a, b) == 0);
    }

    HPyDef_METH(utf8, "utf8", HPyFunc_O)
    static HPy utf8_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy_ssize_t size;
        HPyUnicode_AsUTF8AndSize(ctx, arg, &size);
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_METH(as_string, "as_string", HPyFunc_O)
    static HPy as_string_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPyBytes_AsString(ctx, arg);
        return HPy_Dup(ctx, ctx->h_None);
    }

    @EXPORT(keep)
    @EXPORT(read_kept)
    @EXPORT(read_after_close)
    @EXPORT(write_ptr)
    @EXPORT(same_twice)
    @EXPORT(utf8)
    @EXPORT(as_string)
    @INIT
"""

SEGV = -11
MODES = [("'gone'", 0), ("b'gone'", 1), ("b'gone'", 2), ("str", 3)]


@pytest.fixture
def built(compiler):
    return compiler.compile_module(RAW)


@pytest.mark.parametrize("value, mode", MODES)
def test_read_after_close_faults(run, built, value, mode):
    r = run(built, "mod.read_after_close(%s, %d)" % (value, mode))
    assert (r.returncode, r.stdout, r.stderr) == (SEGV, "", "")


@pytest.mark.parametrize("value, mode", MODES)
def test_read_after_argument_closed_faults(run, built, value, mode):
    r = run(built, "mod.keep(%s, %d); mod.read_kept()" % (value, mode))
    assert (r.returncode, r.stdout, r.stderr) == (SEGV, "", "")


@pytest.mark.parametrize("value, mode", MODES)
def test_write_faults(run, built, value, mode):
    r = run(built, "mod.write(%s, %d)" % (value, mode))
    assert (r.returncode, r.stdout, r.stderr) == (SEGV, "", "")


def test_poison_instead_of_protection(run, built):
    # What upstream's suite expects when it sets this variable.
    r = run(built, "mod.read_after_close('gone', 0)",
            env={"_HPY_DEBUG_FORCE_DEFAULT_MEM_PROTECT": "1"})
    assert r.returncode == 1
    assert "UnicodeDecodeError" in r.stderr


def test_correct_use(compiler):
    mod = compiler.make_module(RAW)
    assert mod.same_twice("twice") is True
    mod.keep("while open", 0)  # the pointer is not read after the call


def test_budget(compiler):
    from hpy.universal import _debug
    mod = compiler.make_module(RAW)
    old = (_debug.get_protected_raw_data_max_size(), _debug.get_closed_handles_queue_max_size())

    def sizes(gen):
        return sorted(h.raw_data_size for h in _debug.get_closed_handles(gen))

    try:
        # Forget what earlier tests kept.
        _debug.set_closed_handles_queue_max_size(0)
        mod.utf8("")
        while _debug.get_closed_handles():
            mod.utf8("")
        _debug.set_closed_handles_queue_max_size(1000)
        _debug.set_protected_raw_data_max_size(100)
        gen = _debug.new_generation()
        mod.utf8("a" * 60)            # 61 bytes: kept
        mod.as_string(b"b\0c" * 10)   # 31 bytes, NULs included: kept (92)
        mod.utf8("c" * 10)            # 11 bytes: over the budget, freed at close
        assert sizes(gen) == [-1] * 7 + [31, 61]
    finally:
        _debug.set_protected_raw_data_max_size(old[0])
        _debug.set_closed_handles_queue_max_size(old[1])

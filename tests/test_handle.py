"""HPy_Dup, HPy_Close, HPy_Is and HPy_IsNull (runtime: handles.rs)."""

import sys

import pytest


# Also used by tests/debug/test_debug_handles.py.
SOURCE = """
        HPyDef_METH(f_dup, "dup", HPyFunc_O)
        static HPy f_dup_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            return HPy_Dup(ctx, arg);
        }

        /* Dup `arg` n times, then close every copy. */
        HPyDef_METH(dup_close, "dup_close", HPyFunc_VARARGS)
        static HPy dup_close_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            HPy copies[16];
            HPy_ssize_t n = HPyLong_AsSsize_t(ctx, args[1]);
            if (n < 0 || n > 16)
                return HPy_NULL;
            for (HPy_ssize_t i = 0; i < n; i++)
                copies[i] = HPy_Dup(ctx, args[0]);
            for (HPy_ssize_t i = 0; i < n; i++)
                HPy_Close(ctx, copies[i]);
            return HPy_Dup(ctx, ctx->h_None);
        }

        /* A new object, closed before returning: its last reference goes. */
        HPyDef_METH(make_and_close, "make_and_close", HPyFunc_O)
        static HPy make_and_close_impl(HPyContext *ctx, HPy self, HPy factory)
        {
            HPy obj = HPy_CallTupleDict(ctx, factory, HPy_NULL, HPy_NULL);
            if (HPy_IsNull(obj))
                return HPy_NULL;
            HPy_Close(ctx, obj);
            return HPy_Dup(ctx, ctx->h_None);
        }

        HPyDef_METH(close_null, "close_null", HPyFunc_NOARGS)
        static HPy close_null_impl(HPyContext *ctx, HPy self)
        {
            HPy_Close(ctx, HPy_NULL);
            return HPy_Dup(ctx, ctx->h_None);
        }

        HPyDef_METH(is_, "is_", HPyFunc_VARARGS)
        static HPy is__impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            return HPyBool_FromBool(ctx, HPy_Is(ctx, args[0], args[1]));
        }

        HPyDef_METH(is_null, "is_null", HPyFunc_O)
        static HPy is_null_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            HPy null = HPy_NULL;
            HPy dup = HPy_Dup(ctx, arg);
            int r = HPy_IsNull(null) && !HPy_IsNull(arg) && !HPy_IsNull(dup);
            HPy_Close(ctx, dup);
            return HPyBool_FromBool(ctx, r);
        }

        /* A handle and its duplicate refer to the same object. */
        HPyDef_METH(dup_is_same, "dup_is_same", HPyFunc_O)
        static HPy dup_is_same_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            HPy dup = HPy_Dup(ctx, arg);
            int r = HPy_Is(ctx, dup, arg);
            HPy_Close(ctx, dup);
            return HPyBool_FromBool(ctx, r);
        }

        @EXPORT(f_dup)
        @EXPORT(dup_close)
        @EXPORT(make_and_close)
        @EXPORT(close_null)
        @EXPORT(is_)
        @EXPORT(is_null)
        @EXPORT(dup_is_same)
        @INIT
"""


@pytest.fixture
def mod(compiler):
    return compiler.make_module(SOURCE)


def test_dup_returns_the_same_object(mod):
    obj = object()
    assert mod.dup(obj) is obj
    assert mod.dup_is_same(obj) is True


def test_dup_and_close_balance(mod):
    obj = object()
    before = sys.getrefcount(obj)
    mod.dup_close(obj, 16)
    assert sys.getrefcount(obj) == before


@pytest.mark.hpy_abis("universal")
def test_dup_takes_a_reference(mod):
    # Universal handles are references: the returned handle is one more.
    obj = object()
    before = sys.getrefcount(obj)
    result = mod.dup(obj)
    assert sys.getrefcount(obj) == before + 1
    del result
    assert sys.getrefcount(obj) == before


def test_close_releases_the_object(mod):
    import weakref

    class Obj:
        pass

    refs = []

    def factory():
        obj = Obj()
        refs.append(weakref.ref(obj))
        return obj

    mod.make_and_close(factory)
    assert refs[0]() is None


def test_close_null_is_allowed(mod):
    assert mod.close_null() is None


def test_is(mod):
    a, b = object(), object()
    assert mod.is_(a, a) is True
    assert mod.is_(a, b) is False
    assert mod.is_(None, None) is True
    # equal but distinct objects
    assert mod.is_([1], [1]) is False


def test_is_null(mod):
    assert mod.is_null(42) is True

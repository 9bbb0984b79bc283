"""HPyTracker_* (crates/hpy-runtime/src/tracker.rs)."""

import sys

import pytest

TRACKER_MODULE = """
    /* track(objs, size, mode): a tracker of initial `size` gets a new
       handle to each item of objs; mode 0 closes it, mode 1 forgets all
       then closes (the handles leak on purpose), mode 2 adds more after a
       ForgetAll. */
    HPyDef_METH(track, "track", HPyFunc_VARARGS)
    static HPy track_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        if (nargs != 3) {
            HPyErr_SetString(ctx, ctx->h_TypeError, "expected 3 arguments");
            return HPy_NULL;
        }
        HPy_ssize_t size = HPyLong_AsSsize_t(ctx, args[1]);
        long mode = HPyLong_AsLong(ctx, args[2]);
        if (HPyErr_Occurred(ctx))
            return HPy_NULL;
        HPyTracker ht = HPyTracker_New(ctx, size);
        if (HPy_IsNull(ht))
            return HPy_NULL;
        HPy_ssize_t n = HPy_Length(ctx, args[0]);
        for (HPy_ssize_t i = 0; i < n; i++) {
            HPy item = HPy_GetItem_i(ctx, args[0], i);
            if (HPy_IsNull(item) || HPyTracker_Add(ctx, ht, item) < 0) {
                HPyTracker_Close(ctx, ht);
                return HPy_NULL;
            }
        }
        if (mode >= 1)
            HPyTracker_ForgetAll(ctx, ht);
        if (mode == 2) {
            for (HPy_ssize_t i = 0; i < n; i++) {
                HPy item = HPy_GetItem_i(ctx, args[0], i);
                if (HPy_IsNull(item) || HPyTracker_Add(ctx, ht, item) < 0) {
                    HPyTracker_Close(ctx, ht);
                    return HPy_NULL;
                }
                /* the first round was forgotten: close it here */
                HPy_Close(ctx, item);
            }
            HPyTracker_ForgetAll(ctx, ht);
        }
        HPyTracker_Close(ctx, ht);
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_METH(add_null, "add_null", HPyFunc_NOARGS)
    static HPy add_null_impl(HPyContext *ctx, HPy self)
    {
        HPyTracker ht = HPyTracker_New(ctx, 0);
        if (HPy_IsNull(ht))
            return HPy_NULL;
        if (HPyTracker_Add(ctx, ht, HPy_NULL) < 0) {
            HPyTracker_Close(ctx, ht);
            return HPy_NULL;
        }
        HPyTracker_Close(ctx, ht);
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_METH(null_tracker, "null_tracker", HPyFunc_NOARGS)
    static HPy null_tracker_impl(HPyContext *ctx, HPy self)
    {
        HPyTracker ht = {0};
        HPyTracker_ForgetAll(ctx, ht);
        HPyErr_Clear(ctx);
        HPyTracker_Close(ctx, ht);   /* allowed: does nothing */
        if (HPyTracker_Add(ctx, ht, ctx->h_None) < 0)
            return HPy_NULL;
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_METH(squares, "squares", HPyFunc_O)
    static HPy squares_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        long n = HPyLong_AsLong(ctx, arg);
        if (n == -1 && HPyErr_Occurred(ctx))
            return HPy_NULL;
        HPyTracker ht = HPyTracker_New(ctx, 0);
        if (HPy_IsNull(ht))
            return HPy_NULL;
        HPy dict = HPyDict_New(ctx);
        if (HPy_IsNull(dict))
            goto error;
        for (long i = 1; i <= n; i++) {
            HPy key = HPyLong_FromLong(ctx, i);
            if (HPy_IsNull(key) || HPyTracker_Add(ctx, ht, key) < 0)
                goto error;
            HPy value = HPyLong_FromLong(ctx, i * i);
            if (HPy_IsNull(value) || HPyTracker_Add(ctx, ht, value) < 0)
                goto error;
            if (HPy_SetItem(ctx, dict, key, value) < 0)
                goto error;
        }
        HPyTracker_Close(ctx, ht);
        return dict;
    error:
        HPyTracker_Close(ctx, ht);
        HPy_Close(ctx, dict);
        return HPy_NULL;
    }

    @EXPORT(track)
    @EXPORT(add_null)
    @EXPORT(null_tracker)
    @EXPORT(squares)
    @INIT
"""


@pytest.fixture
def mod(compiler):
    return compiler.make_module(TRACKER_MODULE)


@pytest.mark.parametrize("size", [0, 1, 10])
@pytest.mark.parametrize("count", [0, 1, 5, 6, 100])
def test_close_closes_every_handle(mod, size, count):
    obj = object()
    before = sys.getrefcount(obj)
    assert mod.track([obj] * count, size, 0) is None
    assert sys.getrefcount(obj) == before


def test_forget_all_does_not_close(mod):
    obj = object()
    before = sys.getrefcount(obj)
    assert mod.track([obj] * 7, 0, 1) is None
    # the 7 handles were forgotten, so they are still open (leaked)
    assert sys.getrefcount(obj) == before + 7


def test_tracker_is_reusable_after_forget_all(mod):
    obj = object()
    before = sys.getrefcount(obj)
    assert mod.track([obj] * 3, 0, 2) is None
    assert sys.getrefcount(obj) == before + 3


def test_add_null_handle(mod):
    assert mod.add_null() is None


def test_negative_size(mod):
    with pytest.raises(SystemError, match="HPyTracker_New: negative size"):
        mod.track([], -1, 0)


def test_huge_size(mod):
    with pytest.raises(MemoryError):
        mod.track([], sys.maxsize, 0)


def test_null_tracker(mod):
    with pytest.raises(SystemError, match="HPyTracker_Add: NULL tracker"):
        mod.null_tracker()


def test_squares(mod):
    assert mod.squares(5) == {1: 1, 2: 4, 3: 9, 4: 16, 5: 25}
    assert mod.squares(100) == {i: i * i for i in range(1, 101)}

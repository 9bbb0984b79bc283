"""Calling Python from C: HPy_Call, HPy_CallMethod, HPy_CallTupleDict,
HPyCallable_Check and the HPy_CallMethodTupleDict helpers (runtime: call.rs).

From Python, `...` stands for HPy_NULL (so that None can be passed as a
real, invalid, argument)."""

import sys

import pytest

from harness import NON_DEBUG_ABIS

VECTORCALL_OFFSET = 1 << 63   # PY_VECTORCALL_ARGUMENTS_OFFSET on 64-bit


@pytest.fixture
def mod(compiler):
    return compiler.make_module("""
        static HPy null_if_ellipsis(HPyContext *ctx, HPy h)
        {
            return HPy_Is(ctx, h, ctx->h_Ellipsis) ? HPy_NULL : h;
        }

        /* call(callable, nargs, kwnames, *values) */
        HPyDef_METH(call, "call", HPyFunc_VARARGS)
        static HPy call_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            size_t n = HPyLong_AsSize_t(ctx, args[1]);
            if (n == (size_t)-1 && HPyErr_Occurred(ctx))
                return HPy_NULL;
            return HPy_Call(ctx, args[0], args + 3, n, null_if_ellipsis(ctx, args[2]));
        }

        /* call_null_args(callable, nargs) */
        HPyDef_METH(call_null_args, "call_null_args", HPyFunc_VARARGS)
        static HPy call_null_args_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            size_t n = HPyLong_AsSize_t(ctx, args[1]);
            return HPy_Call(ctx, args[0], NULL, n, HPy_NULL);
        }

        /* call_method(name, nargs, kwnames, receiver, *values) */
        HPyDef_METH(call_method, "call_method", HPyFunc_VARARGS)
        static HPy call_method_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            size_t n = HPyLong_AsSize_t(ctx, args[1]);
            if (n == (size_t)-1 && HPyErr_Occurred(ctx))
                return HPy_NULL;
            return HPy_CallMethod(ctx, args[0], args + 3, n, null_if_ellipsis(ctx, args[2]));
        }

        /* call_method_null_args(name, nargs) */
        HPyDef_METH(call_method_null_args, "call_method_null_args", HPyFunc_VARARGS)
        static HPy call_method_null_args_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            size_t n = HPyLong_AsSize_t(ctx, args[1]);
            return HPy_CallMethod(ctx, args[0], NULL, n, HPy_NULL);
        }

        /* call_tuple_dict(callable, args, kw) */
        HPyDef_METH(call_tuple_dict, "call_tuple_dict", HPyFunc_VARARGS)
        static HPy call_tuple_dict_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            return HPy_CallTupleDict(ctx, args[0], null_if_ellipsis(ctx, args[1]),
                                     null_if_ellipsis(ctx, args[2]));
        }

        /* call_method_tuple_dict(name, receiver, args, kw) and the same
           with the name as a C string (the _s helper) */
        HPyDef_METH(call_method_tuple_dict, "call_method_tuple_dict", HPyFunc_VARARGS)
        static HPy call_method_tuple_dict_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            return HPy_CallMethodTupleDict(ctx, args[0], args[1], null_if_ellipsis(ctx, args[2]),
                                           null_if_ellipsis(ctx, args[3]));
        }
        HPyDef_METH(call_method_tuple_dict_s, "call_method_tuple_dict_s", HPyFunc_VARARGS)
        static HPy call_method_tuple_dict_s_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            const char *name = HPyUnicode_AsUTF8AndSize(ctx, args[0], NULL);
            if (name == NULL)
                return HPy_NULL;
            return HPy_CallMethodTupleDict_s(ctx, name, args[1], null_if_ellipsis(ctx, args[2]),
                                             null_if_ellipsis(ctx, args[3]));
        }

        @DEFINE_CALL_INT(callable_check, HPyCallable_Check, 1)
        @EXPORT(call)
        @EXPORT(call_null_args)
        @EXPORT(call_method)
        @EXPORT(call_method_null_args)
        @EXPORT(call_tuple_dict)
        @EXPORT(call_method_tuple_dict)
        @EXPORT(call_method_tuple_dict_s)
        @INIT
    """)


def collect(*args, **kwargs):
    return args, kwargs


def test_call_positional(mod):
    assert mod.call(collect, 0, ...) == ((), {})
    assert mod.call(collect, 1, ..., "a") == (("a",), {})
    assert mod.call(collect, 3, ..., 1, 2, 3) == ((1, 2, 3), {})
    # Builtins and types are callables too.
    assert mod.call(len, 1, ..., [1, 2]) == 2
    assert mod.call(int, 2, ..., "ff", 16) == 255


def test_call_kwnames(mod):
    assert mod.call(collect, 1, ("b",), 1, 2) == ((1,), {"b": 2})
    assert mod.call(collect, 0, ("x", "y"), 1, 2) == ((), {"x": 1, "y": 2})
    assert mod.call(collect, 2, (), 1, 2) == ((1, 2), {})
    assert mod.call(int, 1, ("base",), "z", 36) == 35


def test_call_null_args(mod):
    assert mod.call_null_args(collect, 0) == ((), {})
    with pytest.raises(SystemError) as e:
        mod.call_null_args(collect, 1)
    assert str(e.value) == "HPy_Call: args must not be NULL when nargs > 0"


def test_call_invalid_nargs(mod):
    with pytest.raises(SystemError) as e:
        mod.call(collect, VECTORCALL_OFFSET | 1, ..., 1)
    assert str(e.value) == "HPy_Call: invalid number of arguments"


@pytest.mark.hpy_abis(*NON_DEBUG_ABIS)
def test_call_kwnames_not_a_tuple(mod):
    for bad in (["b"], "b", None):
        with pytest.raises(TypeError) as e:
            mod.call(collect, 1, bad, 1, 2)
        assert str(e.value) == "HPy_Call: kwnames must be a tuple or HPy_NULL"


def test_call_errors_propagate(mod):
    def fail(*args):
        raise KeyError("inside")

    with pytest.raises(KeyError, match="inside"):
        mod.call(fail, 0, ...)
    with pytest.raises(TypeError, match="'int' object is not callable"):
        mod.call(42, 0, ...)
    with pytest.raises(TypeError, match="unexpected keyword argument 'nope'"):
        mod.call(lambda a: a, 0, ("nope",), 1)


def test_call_keeps_references_balanced(mod):
    arg = object()
    before = sys.getrefcount(arg)
    for _ in range(100):
        mod.call(collect, 1, ("k",), arg, arg)
    assert sys.getrefcount(arg) == before


def test_call_method(mod):
    assert mod.call_method("upper", 1, ..., "abc") == "ABC"
    assert mod.call_method("split", 2, ..., "a-b", "-") == ["a", "b"]
    assert mod.call_method("split", 1, ("sep",), "a-b", "-") == ["a", "b"]
    assert mod.call_method("count", 2, (), [1, 1, 2], 1) == 2

    class C:
        def m(self, *args, **kwargs):
            return self, args, kwargs

    c = C()
    assert mod.call_method("m", 2, ("k",), c, 1, 2) == (c, (1,), {"k": 2})


def test_call_method_errors(mod):
    with pytest.raises(AttributeError, match="'str' object has no attribute 'nope'"):
        mod.call_method("nope", 1, ..., "abc")
    with pytest.raises(SystemError) as e:
        mod.call_method("upper", VECTORCALL_OFFSET | 1, ..., "abc")
    assert str(e.value) == "HPy_CallMethod: invalid number of arguments"


@pytest.mark.hpy_abis(*NON_DEBUG_ABIS)
def test_call_method_kwnames_not_a_tuple(mod):
    with pytest.raises(TypeError) as e:
        mod.call_method("upper", 1, ["x"], "abc", 1)
    assert str(e.value) == "HPy_CallMethod: kwnames must be a tuple or HPy_NULL"


def test_call_method_needs_a_receiver(mod):
    with pytest.raises(SystemError) as e:
        mod.call_method("upper", 0, ...)
    assert str(e.value) == "HPy_CallMethod: nargs must be at least 1 (the receiver)"
    with pytest.raises(SystemError) as e:
        mod.call_method_null_args("upper", 0)
    assert str(e.value) == "HPy_CallMethod: nargs must be at least 1 (the receiver)"
    with pytest.raises(SystemError) as e:
        mod.call_method_null_args("upper", 1)
    assert str(e.value) == "HPy_CallMethod: args must not be NULL when nargs > 0"


def test_call_tuple_dict(mod):
    assert mod.call_tuple_dict(collect, ..., ...) == ((), {})
    assert mod.call_tuple_dict(collect, (1, 2), ...) == ((1, 2), {})
    assert mod.call_tuple_dict(collect, ..., {"a": 1}) == ((), {"a": 1})
    assert mod.call_tuple_dict(collect, (1,), {"a": 1}) == ((1,), {"a": 1})
    assert mod.call_tuple_dict(collect, (), {}) == ((), {})

    class T(tuple):
        pass

    class D(dict):
        pass

    assert mod.call_tuple_dict(collect, T((5,)), D(b=2)) == ((5,), {"b": 2})


def test_call_tuple_dict_errors(mod):
    for bad_args in ([1], None, "ab"):
        with pytest.raises(TypeError) as e:
            mod.call_tuple_dict(collect, bad_args, ...)
        assert str(e.value) == "HPy_CallTupleDict requires args to be a tuple or null handle"
    for bad_kw in ([("a", 1)], None):
        with pytest.raises(TypeError) as e:
            mod.call_tuple_dict(collect, (), bad_kw)
        assert str(e.value) == "HPy_CallTupleDict requires kw to be a dict or null handle"
        with pytest.raises(TypeError) as e:
            mod.call_tuple_dict(collect, ..., bad_kw)
        assert str(e.value) == "HPy_CallTupleDict requires kw to be a dict or null handle"
    with pytest.raises(TypeError, match="'str' object is not callable"):
        mod.call_tuple_dict("x", ..., ...)
    with pytest.raises(ZeroDivisionError):
        mod.call_tuple_dict(divmod, (1, 0), ...)


def test_call_method_tuple_dict(mod):
    for f in (mod.call_method_tuple_dict, mod.call_method_tuple_dict_s):
        assert f("split", "a b", ..., ...) == ["a", "b"]
        assert f("split", "a-b", ("-",), ...) == ["a", "b"]
        assert f("split", "a-b", ..., {"sep": "-"}) == ["a", "b"]
        with pytest.raises(AttributeError):
            f("split", 42, ..., ...)
        with pytest.raises(TypeError, match="requires args to be a tuple"):
            f("split", "a b", ["x"], ...)


def test_callable_check(mod):
    class WithCall:
        def __call__(self):
            pass

    for yes in (len, collect, int, WithCall(), WithCall, mod.call):
        assert mod.callable_check(yes) == 1
    for no in (1, "len", None, [], WithCall.__call__.__name__):
        assert mod.callable_check(no) == 0

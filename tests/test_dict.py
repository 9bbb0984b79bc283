"""HPyDict_* (crates/hpy-runtime/src/dict.rs)."""

import pytest

DICT_MODULE = """
    @DEFINE_CALL_INT(check, HPyDict_Check, 1)

    HPyDef_METH(new, "new", HPyFunc_NOARGS)
    static HPy new_impl(HPyContext *ctx, HPy self)
    {
        return HPyDict_New(ctx);
    }

    /* None stands for HPy_NULL */
    static HPy arg_or_null(HPyContext *ctx, HPy arg)
    {
        return HPy_Is(ctx, arg, ctx->h_None) ? HPy_NULL : arg;
    }

    HPyDef_METH(keys, "keys", HPyFunc_O)
    static HPy keys_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return HPyDict_Keys(ctx, arg_or_null(ctx, arg));
    }

    HPyDef_METH(copy, "copy", HPyFunc_O)
    static HPy copy_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return HPyDict_Copy(ctx, arg_or_null(ctx, arg));
    }

    @EXPORT(new)
    @EXPORT(keys)
    @EXPORT(copy)
    @INIT
"""


@pytest.fixture
def mod(compiler):
    return compiler.make_module(DICT_MODULE)


def test_check(mod):
    class MyDict(dict):
        pass

    assert mod.check({}) == 1
    assert mod.check(MyDict()) == 1
    assert mod.check([]) == 0


def test_new(mod):
    d = mod.new()
    assert d == {}
    assert mod.new() is not d


def test_keys(mod):
    class SubDict(dict):
        def keys(self):
            return [1, 2, 3]

    assert mod.keys({}) == []
    assert mod.keys({"a": 1, "b": 2}) == ["a", "b"]
    # the dict's own keys, not an override
    assert mod.keys(SubDict(hello=1)) == ["hello"]


def test_copy(mod):
    for d in ({}, {"hello": 1}):
        c = mod.copy(d)
        assert c == d
        assert c is not d
        assert type(c) is dict


@pytest.mark.parametrize("func", ["keys", "copy"])
@pytest.mark.parametrize("arg", [None, 42, [("a", 1)]])
def test_bad_arguments(mod, func, arg):
    # None -> HPy_NULL
    with pytest.raises(SystemError):
        getattr(mod, func)(arg)

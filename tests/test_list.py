"""HPyList_* (crates/hpy-runtime/src/list.rs); HPyListBuilder_* is in
test_builders.py."""

import pytest

LIST_MODULE = """
    @DEFINE_CALL_INT(check, HPyList_Check, 1)
    @DEFINE_CALL_INT(append, HPyList_Append, 2)

    HPyDef_METH(new, "new", HPyFunc_O)
    static HPy new_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy_ssize_t n = HPyLong_AsSsize_t(ctx, arg);
        if (n == -1 && HPyErr_Occurred(ctx))
            return HPy_NULL;
        HPy lst = HPyList_New(ctx, n);
        if (HPy_IsNull(lst))
            return HPy_NULL;
        /* the slots of a new list can be assigned */
        if (n > 0 && HPy_SetItem_i(ctx, lst, n - 1, arg) < 0) {
            HPy_Close(ctx, lst);
            return HPy_NULL;
        }
        return lst;
    }

    @EXPORT(new)
    @INIT
"""


@pytest.fixture
def mod(compiler):
    return compiler.make_module(LIST_MODULE)


def test_check(mod):
    class MyList(list):
        pass

    assert mod.check([]) == 1
    assert mod.check(MyList()) == 1
    assert mod.check(()) == 0
    assert mod.check("hello") == 0


def test_new(mod):
    assert mod.new(0) == []
    # unlike PyList_New, the items are None rather than NULL
    assert mod.new(3) == [None, None, 3]


def test_new_negative_size(mod):
    with pytest.raises(SystemError):
        mod.new(-1)


def test_append(mod):
    lst = [1]
    assert mod.append(lst, 42) == 0
    assert mod.append(lst, lst) == 0
    assert lst == [1, 42, lst]


def test_append_to_non_list(mod):
    with pytest.raises(SystemError):
        mod.append((), 42)

"""Correct code runs unchanged in debug mode, without reports or leaks:
handle arrays, out-parameters, trackers, fields, globals, type specs, and
every kind of HPy function CPython calls (crates/hpy-debug: the generated
wrappers, manual.rs, trampoline.rs)."""

import pytest

from hpy.debug import LeakDetector

API = """
    HPyDef_METH(call_kw, "call_kw", HPyFunc_VARARGS)
    static HPy call_kw_impl(HPyContext *ctx, HPy self, const HPy *args, size_t n)
    {
        /* call_kw(f, x, y, ('k',)) -> f(x, y, k=('k',)) */
        return HPy_Call(ctx, args[0], args + 1, n - 2, args[n - 1]);
    }

    HPyDef_METH(call_method, "call_method", HPyFunc_VARARGS)
    static HPy call_method_impl(HPyContext *ctx, HPy self, const HPy *args, size_t n)
    {
        return HPy_CallMethod(ctx, args[0], args + 1, n - 1, HPy_NULL);
    }

    HPyDef_METH(tuple, "tuple", HPyFunc_VARARGS)
    static HPy tuple_impl(HPyContext *ctx, HPy self, const HPy *args, size_t n)
    {
        HPy items[20];
        for (size_t i = 0; i < n; i++)
            items[i] = args[i];
        return HPyTuple_FromArray(ctx, items, n);
    }

    HPyDef_METH(cvar, "cvar", HPyFunc_O)
    static HPy cvar_impl(HPyContext *ctx, HPy self, HPy dflt)
    {
        HPy var = HPyContextVar_New(ctx, "v", HPy_NULL);
        HPy result;
        if (HPyContextVar_Get(ctx, var, dflt, &result) < 0) {
            HPy_Close(ctx, var);
            return HPy_NULL;
        }
        HPy_Close(ctx, var);
        return result;
    }

    HPyDef_METH(tracker, "tracker", HPyFunc_O)
    static HPy tracker_impl(HPyContext *ctx, HPy self, HPy n)
    {
        HPyTracker ht = HPyTracker_New(ctx, 0);
        long count = HPyLong_AsLong(ctx, n);
        for (long i = 0; i < count; i++)
            HPyTracker_Add(ctx, ht, HPyLong_FromLong(ctx, i));
        HPyTracker_Close(ctx, ht);
        return HPy_Dup(ctx, ctx->h_None);
    }

    static HPyGlobal g;

    HPyDef_METH(set_global, "set_global", HPyFunc_O)
    static HPy set_global_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPyGlobal_Store(ctx, &g, arg);
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_METH(get_global, "get_global", HPyFunc_NOARGS)
    static HPy get_global_impl(HPyContext *ctx, HPy self)
    {
        return HPyGlobal_Load(ctx, g);
    }

    @EXPORT(call_kw)
    @EXPORT(call_method)
    @EXPORT(tuple)
    @EXPORT(cvar)
    @EXPORT(tracker)
    @EXPORT(set_global)
    @EXPORT(get_global)
    @EXPORT_GLOBAL(g)
    @INIT
"""


@pytest.fixture
def mod(compiler):
    return compiler.make_module(API)


def test_api_wrappers(mod, capture):
    with LeakDetector():
        assert mod.call_kw(dict, ("k",)) == {"k": ("k",)}
        assert mod.call_kw(lambda *a, **k: (a, k), 1, 2, ("k",)) == ((1, 2), {"k": ("k",)})
        assert mod.call_method("upper", "abc") == "ABC"
        many = tuple(range(20))
        assert mod.tuple(*many) == many
        assert mod.cvar("default") == "default"
        mod.tracker(30)
        mod.set_global(["kept"])
        assert mod.get_global() == ["kept"]
    assert capture.invalid_handles == 0


TYPE = """
    typedef struct {
        long x;
        HPyField f;
    } PointObject;
    HPyType_HELPERS(PointObject)

    HPyDef_SLOT(Point_new, HPy_tp_new)
    static HPy Point_new_impl(HPyContext *ctx, HPy cls, const HPy *args,
                              HPy_ssize_t nargs, HPy kw)
    {
        PointObject *p;
        HPy h = HPy_New(ctx, cls, &p);
        if (HPy_IsNull(h))
            return HPy_NULL;
        p->x = nargs > 0 ? HPyLong_AsLong(ctx, args[0]) : 0;
        HPyField_Store(ctx, h, &p->f, nargs > 1 ? args[1] : ctx->h_None);
        return h;
    }

    HPyDef_SLOT(Point_traverse, HPy_tp_traverse)
    static int Point_traverse_impl(void *self, HPyFunc_visitproc visit, void *arg)
    {
        HPy_VISIT(&((PointObject *)self)->f);
        return 0;
    }

    HPyDef_SLOT(Point_repr, HPy_tp_repr)
    static HPy Point_repr_impl(HPyContext *ctx, HPy self)
    {
        return HPyUnicode_FromString(ctx, "<Point>");
    }

    HPyDef_SLOT(Point_add, HPy_nb_add)
    static HPy Point_add_impl(HPyContext *ctx, HPy a, HPy b)
    {
        return HPyLong_FromLong(ctx, PointObject_AsStruct(ctx, a)->x + HPyLong_AsLong(ctx, b));
    }

    HPyDef_SLOT(Point_len, HPy_sq_length)
    static HPy_ssize_t Point_len_impl(HPyContext *ctx, HPy self)
    {
        return PointObject_AsStruct(ctx, self)->x;
    }

    HPyDef_SLOT(Point_item, HPy_sq_item)
    static HPy Point_item_impl(HPyContext *ctx, HPy self, HPy_ssize_t i)
    {
        return HPyLong_FromSsize_t(ctx, i * 10);
    }

    HPyDef_SLOT(Point_hash, HPy_tp_hash)
    static HPy_hash_t Point_hash_impl(HPyContext *ctx, HPy self)
    {
        return 42;
    }

    HPyDef_SLOT(Point_cmp, HPy_tp_richcompare)
    static HPy Point_cmp_impl(HPyContext *ctx, HPy a, HPy b, HPy_RichCmpOp op)
    {
        return HPyBool_FromBool(ctx, op == HPy_EQ);
    }

    HPyDef_GETSET(Point_f, "f")
    static HPy Point_f_get(HPyContext *ctx, HPy self, void *closure)
    {
        return HPyField_Load(ctx, self, PointObject_AsStruct(ctx, self)->f);
    }
    static int Point_f_set(HPyContext *ctx, HPy self, HPy value, void *closure)
    {
        HPyField_Store(ctx, self, &PointObject_AsStruct(ctx, self)->f, value);
        return 0;
    }

    HPyDef_METH(Point_get_x, "get_x", HPyFunc_NOARGS)
    static HPy Point_get_x_impl(HPyContext *ctx, HPy self)
    {
        return HPyLong_FromLong(ctx, PointObject_AsStruct(ctx, self)->x);
    }

    static HPyDef *Point_defines[] = {
        &Point_new, &Point_traverse, &Point_repr, &Point_add, &Point_len,
        &Point_item, &Point_hash, &Point_cmp, &Point_f, &Point_get_x, NULL
    };

    static HPyType_Spec Point_spec = {
        .name = "mytest.Point",
        .basicsize = sizeof(PointObject),
        .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_HAVE_GC | HPy_TPFLAGS_BASETYPE,
        .defines = Point_defines,
    };

    static HPyType_Spec Sub_spec = {
        .name = "mytest.Sub",
        .basicsize = sizeof(PointObject),
        .flags = HPy_TPFLAGS_DEFAULT,
    };

    HPyDef_SLOT(exec, HPy_mod_exec)
    static int exec_impl(HPyContext *ctx, HPy m)
    {
        HPy point = HPyType_FromSpec(ctx, &Point_spec, NULL);
        if (HPy_IsNull(point))
            return -1;
        HPyType_SpecParam params[] = { { HPyType_SpecParam_Base, point }, { 0 } };
        HPy sub = HPyType_FromSpec(ctx, &Sub_spec, params);
        int r = HPy_IsNull(sub) ? -1 : HPy_SetAttr_s(ctx, m, "Point", point)
                                        || HPy_SetAttr_s(ctx, m, "Sub", sub);
        HPy_Close(ctx, point);
        HPy_Close(ctx, sub);
        return r;
    }

    @EXPORT(exec)
    @INIT
"""


def test_type_slots(compiler, capture):
    import gc
    mod = compiler.make_module(TYPE)
    with LeakDetector():
        p = mod.Point(3, "field")
        assert repr(p) == "<Point>"
        assert p + 4 == 7
        assert len(p) == 3
        assert p[2] == 20
        assert hash(p) == 42
        assert (p == p) is True and (p != p) is False
        assert p.f == "field"
        p.f = ["new"]
        assert p.f == ["new"]
        assert p.get_x() == 3
        s = mod.Sub(5)
        assert isinstance(s, mod.Point) and s.get_x() == 5 and s.f is None
        del p, s
        gc.collect()
    assert capture.invalid_handles == 0


def test_hybrid_legacy_calls(hybrid_compiler):
    import hpy.universal
    if {"HPy_AsPyObject", "HPy_FromPyObject"} & set(hpy.universal._unimplemented()):
        pytest.skip("the runtime does not implement HPy_AsPyObject/HPy_FromPyObject yet")
    mod = hybrid_compiler.make_module("""
        #include <Python.h>

        HPyDef_METH(roundtrip, "roundtrip", HPyFunc_O)
        static HPy roundtrip_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            PyObject *o = HPy_AsPyObject(ctx, arg);
            PyObject *t = PyTuple_Pack(1, o);
            Py_DECREF(o);
            HPy h = HPy_FromPyObject(ctx, t);
            Py_DECREF(t);
            return h;
        }
        @EXPORT(roundtrip)
        @INIT
    """)
    with LeakDetector():
        assert mod.roundtrip("x") == ("x",)

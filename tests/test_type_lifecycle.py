"""Instances of HPy types from birth to death: HPy_New, HPyType_GenericNew,
the call function (HPy_tp_call, HPy_SetCallFunction), HPy_tp_destroy and
the runtime's tp_dealloc, and the per-type registry's lifetime
(runtime: type_/new.rs, call.rs, lifecycle.rs, registry.rs)."""

import gc
import sys
import weakref

import pytest

from test_type_spec import TypeTemplate


@pytest.fixture
def compiler(compiler):
    compiler.template = TypeTemplate
    return compiler


# make_type() creates a new, independent type D(x) each time; D instances
# add their x to `destroyed` when they die.
DESTROY = """
    static long destroyed;
    typedef struct { long x; long pad[3]; } DObject;
    HPyType_HELPERS(DObject)

    HPyDef_SLOT(D_new, HPy_tp_new)
    static HPy D_new_impl(HPyContext *ctx, HPy cls, const HPy *args,
                          HPy_ssize_t nargs, HPy kw)
    {
        DObject *d;
        HPy h = HPy_New(ctx, cls, &d);
        if (HPy_IsNull(h))
            return HPy_NULL;
        d->x = nargs ? HPyLong_AsLong(ctx, args[0]) : 0;
        return h;
    }
    HPyDef_SLOT(D_destroy, HPy_tp_destroy)
    static void D_destroy_impl(void *obj)
    {
        destroyed += ((DObject *)obj)->x;
    }
    HPyDef_MEMBER(D_x, "x", HPyMember_LONG, offsetof(DObject, x))
    static HPyDef *D_defines[] = { &D_new, &D_destroy, &D_x, NULL };
    static HPyType_Spec D_spec = {
        .name = "mytest.D",
        .basicsize = sizeof(DObject),
        .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_BASETYPE,
        .defines = D_defines,
    };
    HPyDef_METH(make_type, "make_type", HPyFunc_NOARGS)
    static HPy make_type_impl(HPyContext *ctx, HPy self)
    {
        return HPyType_FromSpec(ctx, &D_spec, NULL);
    }
    HPyDef_METH(get_destroyed, "get_destroyed", HPyFunc_NOARGS)
    static HPy get_destroyed_impl(HPyContext *ctx, HPy self)
    {
        return HPyLong_FromLong(ctx, destroyed);
    }
    HPyDef_METH(shape_of, "shape_of", HPyFunc_O)
    static HPy shape_of_impl(HPyContext *ctx, HPy self, HPy t)
    {
        return HPyLong_FromLong(ctx, (long)_HPyType_GetBuiltinShape(ctx, t));
    }
    @EXPORT(make_type)
    @EXPORT(get_destroyed)
    @EXPORT(shape_of)
"""


@pytest.fixture
def dmod(compiler):
    return compiler.make_module(DESTROY + "@INIT")


def test_destroy_and_type_refcount(dmod):
    D = dmod.make_type()
    refs = sys.getrefcount(D)
    d = D(3)
    assert sys.getrefcount(D) == refs + 1
    del d
    assert dmod.get_destroyed() == 3
    assert sys.getrefcount(D) == refs


def test_destroy_in_python_subclass(dmod):
    D = dmod.make_type()

    class Sub(D):
        def __init__(self, x):
            self.attr = x      # Sub instances have a __dict__ after D's struct
    s = Sub(40)
    assert s.x == 40 and s.attr == 40
    del s
    # found through tp_base: D's destroy sees D's struct
    assert dmod.get_destroyed() == 40
    assert dmod.shape_of(Sub) == 0


def test_registry_forgets_dead_types(dmod):
    # Types die in the cyclic GC (a type is in its own __mro__), whose
    # weakref callbacks run before the garbage is freed: the registry keeps
    # the entry then, and drops it from the type's deallocation. A class
    # that later reuses the address of a dead HPy type must not be taken
    # for it.
    reused = 0
    for i in range(50):
        D = dmod.make_type()
        D(1)
        address = id(D)
        del D
        gc.collect()
        C = type("C", (), {"__slots__": ("a",)})   # allocated like D: one member
        reused += id(C) == address
        assert dmod.shape_of(C) == -1
    assert dmod.get_destroyed() == 50
    assert reused > 0      # otherwise this test proves nothing


def test_registry_cache_learns_new_types(dmod):
    # The runtime caches "no HPy data" for types it was asked about (here a
    # plain class, through HPyType_GetBuiltinShape). An HPy type created
    # later at the same address must not inherit that answer.
    reused = 0
    for i in range(50):
        C = type("C", (), {"__slots__": ("a",)})
        assert dmod.shape_of(C) == -1
        address = id(C)
        del C
        gc.collect()
        D = dmod.make_type()
        reused += id(D) == address
        assert dmod.shape_of(D) == 0
        assert D(7).x == 7
        del D
        gc.collect()
    assert dmod.get_destroyed() == 50 * 7
    assert reused > 0      # otherwise this test proves nothing


def test_instances_in_class_dict(dmod):
    # HPy 0.9 semantics: an HPy tp_traverse does not visit the instance's
    # type, so a type -> instance -> type cycle is only freed once broken.
    D = dmod.make_type()
    D.instance = D(5)
    wr = weakref.ref(D)
    del D
    gc.collect()
    assert dmod.get_destroyed() == 0
    del wr().instance
    assert dmod.get_destroyed() == 5
    gc.collect()
    assert wr() is None


def _entry_of(T):
    # The runtime's registry entry of T is the callback of the weak
    # reference that watches T.
    entries = [w.__callback__ for w in weakref.getweakrefs(T)
               if type(w.__callback__).__name__ == "_TypeEntry"]
    assert len(entries) == 1
    return entries[0]


def test_registry_entry_is_owned_by_its_weakref(dmod):
    D = dmod.make_type()
    entry = _entry_of(D)
    # only the weak reference owns it (plus `entry` and getrefcount's
    # argument); a leaked reference would keep the tables forever
    assert sys.getrefcount(entry) == 3
    with pytest.raises(TypeError):
        type(entry)()
    entry(None)                  # not its weak reference: ignored
    D(2)
    wr = weakref.ref(D)
    del D
    gc.collect()
    assert wr() is None
    # the type died: the weak reference let go of the entry
    assert sys.getrefcount(entry) == 2


def test_dead_types_leave_no_memory(dmod):
    # Each type's entry (tables included) is freed with the type.
    import tracemalloc

    def churn(n):
        for i in range(n):
            dmod.make_type()(i)
        gc.collect()
    churn(2000)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        churn(2000)
        growth = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # An entry takes at least 96 bytes (over 190 here); what remains is
    # CPython's free lists and caches.
    assert growth < 2000 * 40


def test_types_are_not_kept_alive(dmod):
    D = dmod.make_type()
    wr = weakref.ref(D)
    del D
    gc.collect()
    assert wr() is None


def test_HPy_New(compiler):
    mod = compiler.make_module("""
        typedef struct { long a[16]; } BigObject;
        HPyType_HELPERS(BigObject)
        HPyDef_METH(new_zeroed, "new_zeroed", HPyFunc_O)
        static HPy new_zeroed_impl(HPyContext *ctx, HPy self, HPy cls)
        {
            BigObject *b;
            HPy h = HPy_New(ctx, cls, &b);
            if (HPy_IsNull(h))
                return HPy_NULL;
            long sum = 0;
            for (int i = 0; i < 16; i++)
                sum += b->a[i];
            if (b != BigObject_AsStruct(ctx, h)) {
                HPy_Close(ctx, h);
                HPyErr_SetString(ctx, ctx->h_AssertionError, "AsStruct mismatch");
                return HPy_NULL;
            }
            for (int i = 0; i < 16; i++)
                b->a[i] = -1;      /* dirty the memory for the next allocation */
            HPy_Close(ctx, h);
            return HPyLong_FromLong(ctx, sum);
        }
        static HPyType_Spec Big_spec = {
            .name = "mytest.Big", .basicsize = sizeof(BigObject) };
        @EXPORT(new_zeroed)
        @EXPORT_TYPE("Big", Big_spec)
        @INIT
    """)
    for i in range(20):
        assert mod.new_zeroed(mod.Big) == 0
    with pytest.raises(TypeError, match="HPy_New arg 1 must be a type"):
        mod.new_zeroed(42)


CALLABLE = """
    typedef struct { long x; } CObject;
    HPyType_HELPERS(CObject)
    HPyDef_SLOT(C_call, HPy_tp_call)
    static HPy C_call_impl(HPyContext *ctx, HPy self, const HPy *args,
                           size_t nargs, HPy kwnames)
    {
        return HPyLong_FromLong(ctx, CObject_AsStruct(ctx, self)->x * 100 + (long)nargs);
    }
    HPyDef_CALL_FUNCTION(other_call)
    static HPy other_call_impl(HPyContext *ctx, HPy self, const HPy *args,
                               size_t nargs, HPy kwnames)
    {
        return HPyUnicode_FromString(ctx, "other");
    }
    HPyDef_METH(set_other, "set_other", HPyFunc_O)
    static HPy set_other_impl(HPyContext *ctx, HPy self, HPy obj)
    {
        if (HPy_SetCallFunction(ctx, obj, &other_call) < 0)
            return HPy_NULL;
        return HPy_Dup(ctx, ctx->h_None);
    }
    HPyDef_MEMBER(C_x, "x", HPyMember_LONG, offsetof(CObject, x))
"""


def test_call_without_tp_new(compiler):
    mod = compiler.make_module(CALLABLE + """
        static HPyDef *C_defines[] = { &C_call, &C_x, NULL };
        static HPyType_Spec C_spec = {
            .name = "mytest.C", .basicsize = sizeof(CObject),
            .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_BASETYPE, .defines = C_defines };
        @EXPORT(set_other)
        @EXPORT_TYPE("C", C_spec)
        @INIT
    """)
    c = mod.C()
    c.x = 2
    assert c(1, 2) == 202
    mod.set_other(c)
    assert c() == "other"
    assert mod.C()() == 0          # other instances keep the default

    class Sub(mod.C):              # inherits the runtime's tp_new
        pass
    s = Sub()
    s.x = 3
    assert s(1) == 301
    mod.set_other(s)
    assert s() == "other"

    class WithNew(mod.C):
        def __new__(cls):
            obj = super().__new__(cls)
            obj.x = 4
            return obj
    assert WithNew()(1, 2) == 402
    with pytest.raises(TypeError, match="does not implement the HPy call protocol"):
        mod.set_other(object())


def test_call_with_generic_new(compiler):
    mod = compiler.make_module(CALLABLE + """
        HPyDef_SLOT_IMPL(C_new, HPyType_GenericNew, HPy_tp_new)
        static HPyDef *C_defines[] = { &C_call, &C_new, &C_x, NULL };
        static HPyType_Spec C_spec = {
            .name = "mytest.C", .basicsize = sizeof(CObject), .defines = C_defines };
        @EXPORT_TYPE("C", C_spec)
        @INIT
    """)
    c = mod.C(1, 2, k=3)           # HPyType_GenericNew ignores the arguments
    assert c.x == 0
    assert c(1, 2, 3) == 3


def test_call_legacy_shape(compiler):
    # The hidden call field goes after the legacy struct, suitably aligned.
    mod = compiler.make_module("""
        typedef struct { long ob_head[2]; char c; } LObject;
        HPyDef_SLOT(L_call, HPy_tp_call)
        static HPy L_call_impl(HPyContext *ctx, HPy self, const HPy *args,
                               size_t nargs, HPy kwnames)
        {
            return HPyLong_FromLong(ctx, ((LObject *)_HPy_AsStruct_Legacy(ctx, self))->c);
        }
        HPyDef_MEMBER(L_c, "c", HPyMember_CHAR, offsetof(LObject, c))
        static HPyDef *L_defines[] = { &L_call, &L_c, NULL };
        static HPyType_Spec L_spec = {
            .name = "mytest.L", .basicsize = sizeof(LObject),
            .builtin_shape = HPyType_BuiltinShape_Legacy, .defines = L_defines };
        @EXPORT_TYPE("L", L_spec)
        @INIT
    """)
    obj = mod.L()
    obj.c = "A"
    assert obj() == ord("A")


@pytest.mark.hpy_abis("hybrid", "hybrid+debug")
def test_type_and_instances_collected_together(compiler):
    # A legacy tp_traverse that visits the instance's type (as CPython asks
    # of heap types) lets the GC free a type together with its instances.
    # The GC runs weakref callbacks before it frees the garbage, so the
    # registry must still know the type when the instances' HPy_tp_destroy
    # runs.
    mod = compiler.make_module("""
        #include <Python.h>
        static long destroyed;
        typedef struct { PyObject_HEAD long x; } LObject;
        HPyType_LEGACY_HELPERS(LObject)
        static int L_traverse(PyObject *self, visitproc visit, void *arg)
        {
            Py_VISIT(Py_TYPE(self));
            return 0;
        }
        HPyDef_SLOT(L_destroy, HPy_tp_destroy)
        static void L_destroy_impl(void *obj)
        {
            destroyed += ((LObject *)obj)->x;
        }
        /* satisfies HPy_TPFLAGS_HAVE_GC; the legacy slot, listed later,
           replaces its trampoline */
        HPyDef_SLOT(L_hpy_traverse, HPy_tp_traverse)
        static int L_hpy_traverse_impl(void *self, HPyFunc_visitproc visit, void *arg)
        {
            return 0;
        }
        HPyDef_MEMBER(L_x, "x", HPyMember_LONG, offsetof(LObject, x))
        static PyType_Slot L_legacy_slots[] = {
            { Py_tp_traverse, (void *)L_traverse }, { 0, NULL } };
        static HPyDef *L_defines[] = { &L_destroy, &L_hpy_traverse, &L_x, NULL };
        static HPyType_Spec L_spec = {
            .name = "mytest.L",
            .basicsize = sizeof(LObject),
            .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_BASETYPE | HPy_TPFLAGS_HAVE_GC,
            .builtin_shape = HPyType_BuiltinShape_Legacy,
            .legacy_slots = L_legacy_slots,
            .defines = L_defines,
        };
        HPyDef_METH(make_type, "make_type", HPyFunc_NOARGS)
        static HPy make_type_impl(HPyContext *ctx, HPy self)
        {
            return HPyType_FromSpec(ctx, &L_spec, NULL);
        }
        HPyDef_METH(get_destroyed, "get_destroyed", HPyFunc_NOARGS)
        static HPy get_destroyed_impl(HPyContext *ctx, HPy self)
        {
            return HPyLong_FromLong(ctx, destroyed);
        }
        @EXPORT(make_type)
        @EXPORT(get_destroyed)
        @INIT
    """)
    L = mod.make_type()
    a, b = L(), L()
    a.x, b.x = 5, 6
    L.a, L.b = a, b
    wr = weakref.ref(L)
    del L, a, b
    gc.collect()
    assert wr() is None
    assert mod.get_destroyed() == 11

"""HPyField_Store/HPyField_Load and the fields' reference ownership
(runtime: field.rs; releasing fields: type_/lifecycle.rs)."""

import gc
import sys

import pytest

from test_type_spec import TypeTemplate


@pytest.fixture
def mod(compiler):
    compiler.template = TypeTemplate
    return compiler.make_module("""
        typedef struct { HPyField a; HPyField b; } PairObject;
        HPyType_HELPERS(PairObject)

        HPyDef_SLOT(Pair_traverse, HPy_tp_traverse)
        static int Pair_traverse_impl(void *self, HPyFunc_visitproc visit, void *arg)
        {
            PairObject *p = (PairObject *)self;
            HPy_VISIT(&p->a);
            HPy_VISIT(&p->b);
            return 0;
        }
        /* set_a(x): store x; set_a(...) stores HPy_NULL */
        HPyDef_METH(Pair_set_a, "set_a", HPyFunc_O)
        static HPy Pair_set_a_impl(HPyContext *ctx, HPy self, HPy x)
        {
            PairObject *p = PairObject_AsStruct(ctx, self);
            HPyField_Store(ctx, self, &p->a, HPy_Is(ctx, x, ctx->h_Ellipsis) ? HPy_NULL : x);
            return HPy_Dup(ctx, ctx->h_None);
        }
        /* get_a(): the stored object, or ... for a NULL field (checking
           that loading NULL gives HPy_NULL without an exception) */
        HPyDef_METH(Pair_get_a, "get_a", HPyFunc_NOARGS)
        static HPy Pair_get_a_impl(HPyContext *ctx, HPy self)
        {
            PairObject *p = PairObject_AsStruct(ctx, self);
            HPy h = HPyField_Load(ctx, self, p->a);
            if (HPy_IsNull(h)) {
                if (HPyErr_Occurred(ctx) || !HPyField_IsNull(p->a))
                    return HPy_NULL;
                return HPy_Dup(ctx, ctx->h_Ellipsis);
            }
            return h;
        }
        /* swap(): a, b = b, a through loads and stores */
        HPyDef_METH(Pair_swap, "swap", HPyFunc_NOARGS)
        static HPy Pair_swap_impl(HPyContext *ctx, HPy self)
        {
            PairObject *p = PairObject_AsStruct(ctx, self);
            HPy a = HPyField_Load(ctx, self, p->a);
            HPy b = HPyField_Load(ctx, self, p->b);
            HPyField_Store(ctx, self, &p->a, b);
            HPyField_Store(ctx, self, &p->b, a);
            HPy_Close(ctx, a);
            HPy_Close(ctx, b);
            return HPy_Dup(ctx, ctx->h_None);
        }
        /* store_same(): storing the field's own object must not free it */
        HPyDef_METH(Pair_store_same, "store_same", HPyFunc_NOARGS)
        static HPy Pair_store_same_impl(HPyContext *ctx, HPy self)
        {
            PairObject *p = PairObject_AsStruct(ctx, self);
            HPy a = HPyField_Load(ctx, self, p->a);
            HPy_Close(ctx, a);      /* only the field holds it now */
            a.\x5fi = p->a._i;      /* borrowed, like C code may do */
            HPyField_Store(ctx, self, &p->a, a);
            return HPy_Dup(ctx, ctx->h_None);
        }
        static HPyDef *Pair_defines[] = {
            &Pair_traverse, &Pair_set_a, &Pair_get_a, &Pair_swap, &Pair_store_same, NULL };
        static HPyType_Spec Pair_spec = {
            .name = "mytest.Pair",
            .basicsize = sizeof(PairObject),
            .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_HAVE_GC,
            .defines = Pair_defines,
        };
        @EXPORT_TYPE("Pair", Pair_spec)
        @INIT
    """)


def test_store_load_refcounts(mod):
    p = mod.Pair()
    assert p.get_a() is ...
    x = object()
    refs = sys.getrefcount(x)
    p.set_a(x)
    assert sys.getrefcount(x) == refs + 1
    assert p.get_a() is x
    assert sys.getrefcount(x) == refs + 1
    p.set_a(x)                           # storing the same object again
    assert sys.getrefcount(x) == refs + 1
    p.set_a(...)
    assert p.get_a() is ...
    assert sys.getrefcount(x) == refs
    p.set_a(...)                         # NULL over NULL
    p.set_a(x)
    p.swap()
    assert p.get_a() is ...
    p.swap()
    assert p.get_a() is x
    del p
    assert sys.getrefcount(x) == refs    # released by the runtime's dealloc


def test_store_own_object(mod):
    p = mod.Pair()
    p.set_a([1, 2])
    p.store_same()
    assert p.get_a() == [1, 2]


def test_fields_break_cycles(mod):
    def count():
        return sum(type(o) is mod.Pair for o in gc.get_objects())
    before = count()
    p, q = mod.Pair(), mod.Pair()
    p.set_a(q)
    q.set_a(p)
    del p, q
    assert count() == before + 2
    gc.collect()
    assert count() == before

"""HPy slots and the trampolines behind them: one path per
HPyFunc_Signature through _HPy_CallRealFunctionFromTrampoline
(runtime: trampoline.rs, type_/slots.rs)."""

import operator

import pytest

from test_type_spec import TypeTemplate


@pytest.fixture
def compiler(compiler):
    compiler.template = TypeTemplate
    return compiler


# Seq: a sequence/mapping/number type around a Python list kept in an
# HPyField, with most slots implemented.
SEQ = """
    typedef struct { HPyField items; long inits; } SeqObject;
    HPyType_HELPERS(SeqObject)

    static HPy items_of(HPyContext *ctx, HPy self)
    {
        return HPyField_Load(ctx, self, SeqObject_AsStruct(ctx, self)->items);
    }

    /* Seq(*items, **kw): kw must be empty or {"extra": x}, which is appended */
    HPyDef_SLOT(Seq_new, HPy_tp_new)
    static HPy Seq_new_impl(HPyContext *ctx, HPy cls, const HPy *args,
                            HPy_ssize_t nargs, HPy kw)
    {
        SeqObject *s;
        HPy h = HPy_New(ctx, cls, &s);
        if (HPy_IsNull(h))
            return HPy_NULL;
        HPy lst = HPyList_New(ctx, 0);
        for (HPy_ssize_t i = 0; i < nargs; i++)
            HPyList_Append(ctx, lst, args[i]);
        if (!HPy_IsNull(kw) && HPy_Length(ctx, kw) > 0) {
            HPy extra = HPy_GetItem_s(ctx, kw, "extra");
            if (HPy_IsNull(extra)) {
                HPy_Close(ctx, lst);
                HPy_Close(ctx, h);
                return HPy_NULL;
            }
            HPyList_Append(ctx, lst, extra);
            HPy_Close(ctx, extra);
        }
        HPyField_Store(ctx, h, &s->items, lst);
        HPy_Close(ctx, lst);
        return h;
    }

    HPyDef_SLOT(Seq_init, HPy_tp_init)
    static int Seq_init_impl(HPyContext *ctx, HPy self, const HPy *args,
                             HPy_ssize_t nargs, HPy kw)
    {
        SeqObject_AsStruct(ctx, self)->inits += 1 + nargs * 10
            + (HPy_IsNull(kw) ? 0 : 100 * HPy_Length(ctx, kw));
        return 0;
    }

    HPyDef_SLOT(Seq_traverse, HPy_tp_traverse)
    static int Seq_traverse_impl(void *self, HPyFunc_visitproc visit, void *arg)
    {
        HPy_VISIT(&((SeqObject *)self)->items);
        return 0;
    }

    HPyDef_SLOT(Seq_len, HPy_sq_length)
    static HPy_ssize_t Seq_len_impl(HPyContext *ctx, HPy self)
    {
        HPy items = items_of(ctx, self);
        HPy_ssize_t n = HPy_Length(ctx, items);
        HPy_Close(ctx, items);
        return n;
    }

    HPyDef_SLOT(Seq_item, HPy_sq_item)
    static HPy Seq_item_impl(HPyContext *ctx, HPy self, HPy_ssize_t i)
    {
        HPy items = items_of(ctx, self);
        HPy r = HPy_GetItem_i(ctx, items, i);
        HPy_Close(ctx, items);
        return r;
    }

    /* s[i] = v stores v * 2; del s[i] stores None */
    HPyDef_SLOT(Seq_ass_item, HPy_sq_ass_item)
    static int Seq_ass_item_impl(HPyContext *ctx, HPy self, HPy_ssize_t i, HPy v)
    {
        HPy items = items_of(ctx, self);
        HPy two = HPyLong_FromLong(ctx, 2);
        HPy value = HPy_IsNull(v) ? HPy_Dup(ctx, ctx->h_None) : HPy_Multiply(ctx, v, two);
        int r = HPy_SetItem_i(ctx, items, i, value);
        HPy_Close(ctx, value);
        HPy_Close(ctx, two);
        HPy_Close(ctx, items);
        return r;
    }

    HPyDef_SLOT(Seq_contains, HPy_sq_contains)
    static int Seq_contains_impl(HPyContext *ctx, HPy self, HPy x)
    {
        HPy items = items_of(ctx, self);
        int r = HPy_Contains(ctx, items, x);
        HPy_Close(ctx, items);
        return r;
    }

    /* s * n -> list repeated */
    HPyDef_SLOT(Seq_repeat, HPy_sq_repeat)
    static HPy Seq_repeat_impl(HPyContext *ctx, HPy self, HPy_ssize_t n)
    {
        HPy items = items_of(ctx, self);
        HPy h_n = HPyLong_FromSsize_t(ctx, n);
        HPy r = HPy_Multiply(ctx, items, h_n);
        HPy_Close(ctx, h_n);
        HPy_Close(ctx, items);
        return r;
    }

    HPyDef_SLOT(Seq_add, HPy_nb_add)
    static HPy Seq_add_impl(HPyContext *ctx, HPy a, HPy b)
    {
        return HPyTuple_Pack(ctx, 3, ctx->h_NotImplemented, a, b);
    }
    HPyDef_SLOT(Seq_power, HPy_nb_power)
    static HPy Seq_power_impl(HPyContext *ctx, HPy a, HPy b, HPy c)
    {
        return HPyTuple_Pack(ctx, 3, a, b, c);
    }
    HPyDef_SLOT(Seq_neg, HPy_nb_negative)
    static HPy Seq_neg_impl(HPyContext *ctx, HPy self)
    {
        return HPyUnicode_FromString(ctx, "neg");
    }
    HPyDef_SLOT(Seq_bool, HPy_nb_bool)
    static int Seq_bool_impl(HPyContext *ctx, HPy self)
    {
        return Seq_len_impl(ctx, self) > 1;
    }
    HPyDef_SLOT(Seq_index, HPy_nb_index)
    static HPy Seq_index_impl(HPyContext *ctx, HPy self)
    {
        return HPyLong_FromSsize_t(ctx, Seq_len_impl(ctx, self));
    }

    HPyDef_SLOT(Seq_repr, HPy_tp_repr)
    static HPy Seq_repr_impl(HPyContext *ctx, HPy self)
    {
        return HPyUnicode_FromString(ctx, "<Seq>");
    }
    HPyDef_SLOT(Seq_str, HPy_tp_str)
    static HPy Seq_str_impl(HPyContext *ctx, HPy self)
    {
        return HPyUnicode_FromString(ctx, "Seq!");
    }
    HPyDef_SLOT(Seq_hash, HPy_tp_hash)
    static HPy_hash_t Seq_hash_impl(HPyContext *ctx, HPy self)
    {
        return 4242 + Seq_len_impl(ctx, self);
    }
    /* compares lengths; returns NotImplemented for non-Seq */
    HPyDef_SLOT(Seq_richcompare, HPy_tp_richcompare)
    static HPy Seq_richcompare_impl(HPyContext *ctx, HPy a, HPy b, HPy_RichCmpOp op)
    {
        HPy ta = HPy_Type(ctx, a), tb = HPy_Type(ctx, b);
        int same = HPy_Is(ctx, ta, tb);
        HPy_Close(ctx, ta);
        HPy_Close(ctx, tb);
        if (!same)
            return HPy_Dup(ctx, ctx->h_NotImplemented);
        HPy la = HPyLong_FromSsize_t(ctx, Seq_len_impl(ctx, a));
        HPy lb = HPyLong_FromSsize_t(ctx, Seq_len_impl(ctx, b));
        HPy r = HPy_RichCompare(ctx, la, lb, op);
        HPy_Close(ctx, la);
        HPy_Close(ctx, lb);
        return r;
    }

    /* s(*args, **kw) -> (args, kwnames, kwvalues) */
    HPyDef_SLOT(Seq_call, HPy_tp_call)
    static HPy Seq_call_impl(HPyContext *ctx, HPy self, const HPy *args,
                             size_t nargs, HPy kwnames)
    {
        size_t nkw = HPy_IsNull(kwnames) ? 0 : (size_t)HPy_Length(ctx, kwnames);
        HPy pos = HPyTuple_FromArray(ctx, (HPy *)args, nargs);
        HPy kwv = HPyTuple_FromArray(ctx, (HPy *)args + nargs, nkw);
        HPy r = HPyTuple_Pack(ctx, 3, pos, HPy_IsNull(kwnames) ? ctx->h_None : kwnames, kwv);
        HPy_Close(ctx, pos);
        HPy_Close(ctx, kwv);
        return r;
    }

    HPyDef_GETSET(Seq_inits, "inits", .closure = (void *)7)
    static HPy Seq_inits_get(HPyContext *ctx, HPy self, void *closure)
    {
        return HPyLong_FromLong(ctx, SeqObject_AsStruct(ctx, self)->inits * 1000
                                     + (long)(HPy_ssize_t)closure);
    }
    static int Seq_inits_set(HPyContext *ctx, HPy self, HPy value, void *closure)
    {
        if (HPy_IsNull(value)) {
            HPyErr_SetString(ctx, ctx->h_AttributeError, "can't delete inits");
            return -1;
        }
        SeqObject_AsStruct(ctx, self)->inits = HPyLong_AsLong(ctx, value);
        return 0;
    }

    HPyDef_METH(Seq_items, "items", HPyFunc_NOARGS)
    static HPy Seq_items_impl(HPyContext *ctx, HPy self)
    {
        return items_of(ctx, self);
    }

    /* kw(*args, **kw) -> (args, kwnames) */
    HPyDef_METH(Seq_kw, "kw", HPyFunc_KEYWORDS)
    static HPy Seq_kw_impl(HPyContext *ctx, HPy self, const HPy *args,
                           size_t nargs, HPy kwnames)
    {
        return Seq_call_impl(ctx, self, args, nargs, kwnames);
    }

    static HPyDef *Seq_defines[] = {
        &Seq_new, &Seq_init, &Seq_traverse, &Seq_len, &Seq_item, &Seq_ass_item,
        &Seq_contains, &Seq_repeat,
        &Seq_add, &Seq_power, &Seq_neg, &Seq_bool, &Seq_index, &Seq_repr,
        &Seq_str, &Seq_hash, &Seq_richcompare, &Seq_call, &Seq_inits,
        &Seq_items, &Seq_kw, NULL
    };
    static HPyType_Spec Seq_spec = {
        .name = "mytest.Seq",
        .basicsize = sizeof(SeqObject),
        .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_BASETYPE | HPy_TPFLAGS_HAVE_GC,
        .defines = Seq_defines,
    };
"""


@pytest.fixture
def seq_mod(compiler):
    return compiler.make_module(SEQ + """
        @EXPORT_TYPE("Seq", Seq_spec)
        @INIT
    """)


def test_new_and_init(seq_mod):
    Seq = seq_mod.Seq
    s = Seq(1, 2, 3)
    assert s.items() == [1, 2, 3]
    assert s.inits == 31 * 1000 + 7             # tp_init saw 3 args, no kw
    s = Seq(1, extra=9)
    assert s.items() == [1, 9]
    assert s.inits == 111 * 1000 + 7            # 1 arg, 1 keyword
    assert Seq().items() == []
    with pytest.raises(KeyError):
        Seq(wrong=1)
    s.inits = 5
    assert s.inits == 5007
    with pytest.raises(AttributeError, match="can't delete inits"):
        del s.inits


def test_sequence_slots(seq_mod):
    s = seq_mod.Seq(10, 20, 30)
    assert len(s) == 3
    assert s[1] == 20
    assert s[-1] == 30            # CPython adds len() to negative indices
    with pytest.raises(IndexError):
        s[7]
    s[0] = 4
    del s[1]
    assert s.items() == [8, None, 30]
    assert 30 in s and 31 not in s
    assert s * 2 == [8, None, 30] * 2


def test_mapping_slots(compiler):
    mod = compiler.make_module("""
        typedef struct { HPy_ssize_t n; } MapObject;
        HPyType_HELPERS(MapObject)
        HPyDef_SLOT(Map_length, HPy_mp_length)
        static HPy_ssize_t Map_length_impl(HPyContext *ctx, HPy self)
        {
            return MapObject_AsStruct(ctx, self)->n;
        }
        HPyDef_SLOT(Map_subscript, HPy_mp_subscript)
        static HPy Map_subscript_impl(HPyContext *ctx, HPy self, HPy key)
        {
            return HPyTuple_Pack(ctx, 2, self, key);
        }
        /* m[k] = v counts up by v; del m[k] resets */
        HPyDef_SLOT(Map_ass_subscript, HPy_mp_ass_subscript)
        static int Map_ass_subscript_impl(HPyContext *ctx, HPy self, HPy key, HPy v)
        {
            MapObject *m = MapObject_AsStruct(ctx, self);
            if (HPy_IsNull(v)) {
                m->n = 0;
                return 0;
            }
            HPy_ssize_t x = HPyLong_AsSsize_t(ctx, v);
            if (x == -1 && HPyErr_Occurred(ctx))
                return -1;
            m->n += x;
            return 0;
        }
        static HPyDef *Map_defines[] = { &Map_length, &Map_subscript, &Map_ass_subscript, NULL };
        static HPyType_Spec Map_spec = {
            .name = "mytest.Map", .basicsize = sizeof(MapObject), .defines = Map_defines };
        @EXPORT_TYPE("Map", Map_spec)
        @INIT
    """)
    m = mod.Map()
    assert len(m) == 0
    assert m["a", 1] == (m, ("a", 1))
    m[None] = 5
    m[None] = 2
    assert len(m) == 7
    with pytest.raises(TypeError):
        m[None] = "x"
    del m[0]
    assert len(m) == 0


def test_number_slots(seq_mod):
    Seq = seq_mod.Seq
    a, b = Seq(1), Seq(1, 2)
    assert (a + 5) == (NotImplemented, a, 5)
    assert (5 + a) == (NotImplemented, 5, a)      # reflected: same slot
    assert pow(a, 2, 3) == (a, 2, 3)
    assert a ** 2 == (a, 2, None)
    assert -a == "neg"
    assert not a and b
    assert operator.index(b) == 2
    assert [0, 1, 2][b] == 2


def test_object_slots(seq_mod):
    Seq = seq_mod.Seq
    a, b = Seq(1), Seq(1, 2)
    assert repr(a) == "<Seq>" and str(a) == "Seq!"
    assert hash(a) == 4243 and hash(b) == 4244
    assert a < b and a <= b and b > a and b >= a and a != b and not a == b
    assert a == Seq(5)
    assert (a == 1) is False       # NotImplemented, then identity
    with pytest.raises(TypeError):
        a < 1


def test_call_slot_and_keywords_method(seq_mod):
    s = seq_mod.Seq()
    assert s() == ((), None, ())
    assert s(1, 2, x=3, y=4) == ((1, 2), ("x", "y"), (3, 4))
    assert s.kw(1, z=2) == ((1,), ("z",), (2,))
    assert s.kw() == ((), None, ())
    assert seq_mod.Seq.__call__(s, 5) == ((5,), None, ())
    import functools
    assert functools.partial(s, 1, a=2)(3) == ((1, 3), ("a",), (2,))


def test_python_subclass(seq_mod):
    class Sub(seq_mod.Seq):
        def __len__(self):
            return 99

        def extra(self):
            return "extra"

    s = Sub(1, 2)
    assert len(s) == 99
    assert s.items() == [1, 2]
    assert s(1, k=2) == ((1,), ("k",), (2,))    # the call function is set
    assert s.extra() == "extra"
    s.attr = 1
    assert s.attr == 1


def test_traverse_and_gc(seq_mod):
    import gc
    Seq = seq_mod.Seq

    def count():
        return sum(type(x) is Seq for x in gc.get_objects())

    s = Seq("a", "b")
    assert gc.is_tracked(s)
    items = s.items()
    assert gc.get_referents(s) == [items]
    # a cycle through the HPyField is collected (tp_clear empties the field)
    before = count()
    items.append(s)
    del s, items
    assert count() == before
    gc.collect()
    assert count() == before - 1


def test_buffer(compiler):
    mod = compiler.make_module("""
        typedef struct { int exports; int fail; char data[6]; } BufObject;
        HPyType_HELPERS(BufObject)
        static HPy_ssize_t shape[1] = { 6 };

        HPyDef_SLOT(Buf_getbuffer, HPy_bf_getbuffer)
        static int Buf_getbuffer_impl(HPyContext *ctx, HPy self, HPy_buffer *buf, int flags)
        {
            BufObject *b = BufObject_AsStruct(ctx, self);
            if (b->fail) {
                buf->obj = HPy_NULL;
                HPyErr_SetString(ctx, ctx->h_BufferError, "failing");
                return -1;
            }
            for (int i = 0; i < 6; i++)
                b->data[i] = (char)('a' + i);
            b->exports++;
            buf->buf = b->data;
            buf->obj = HPy_Dup(ctx, self);
            buf->len = 6;
            buf->itemsize = 1;
            buf->readonly = 1;
            buf->ndim = 1;
            buf->format = (char *)"B";
            buf->shape = shape;
            buf->strides = NULL;
            buf->suboffsets = NULL;
            buf->internal = (void *)1234;
            return 0;
        }
        HPyDef_SLOT(Buf_releasebuffer, HPy_bf_releasebuffer)
        static void Buf_releasebuffer_impl(HPyContext *ctx, HPy self, HPy_buffer *buf)
        {
            BufObject *b = BufObject_AsStruct(ctx, self);
            if (buf->internal == (void *)1234 && HPy_Is(ctx, buf->obj, self))
                b->exports--;
        }
        HPyDef_GET(Buf_exports, "exports")
        static HPy Buf_exports_get(HPyContext *ctx, HPy self, void *closure)
        {
            return HPyLong_FromLong(ctx, BufObject_AsStruct(ctx, self)->exports);
        }
        HPyDef_MEMBER(Buf_fail, "fail", HPyMember_INT, offsetof(BufObject, fail))
        static HPyDef *Buf_defines[] = {
            &Buf_getbuffer, &Buf_releasebuffer, &Buf_exports, &Buf_fail, NULL };
        static HPyType_Spec Buf_spec = {
            .name = "mytest.Buf", .basicsize = sizeof(BufObject), .defines = Buf_defines };
        @EXPORT_TYPE("Buf", Buf_spec)
        @INIT
    """)
    import sys
    b = mod.Buf()
    refs = sys.getrefcount(b)
    with memoryview(b) as m:
        assert m.tobytes() == b"abcdef" and m.readonly and m.obj is b
        assert b.exports == 1
        assert sys.getrefcount(b) == refs + 1
    assert b.exports == 0
    assert sys.getrefcount(b) == refs
    b.fail = 1
    with pytest.raises(BufferError, match="failing"):
        memoryview(b)
    assert b.exports == 0
    assert sys.getrefcount(b) == refs


def test_finalize(compiler):
    import gc
    mod = compiler.make_module("""
        static long finalized;
        typedef struct { long x; } FinObject;
        HPyType_HELPERS(FinObject)
        HPyDef_SLOT(Fin_finalize, HPy_tp_finalize)
        static void Fin_finalize_impl(HPyContext *ctx, HPy self)
        {
            finalized += 1 + FinObject_AsStruct(ctx, self)->x;
        }
        HPyDef_SLOT(Fin_init, HPy_tp_init)
        static int Fin_init_impl(HPyContext *ctx, HPy self, const HPy *args,
                                 HPy_ssize_t nargs, HPy kw)
        {
            FinObject_AsStruct(ctx, self)->x = nargs ? HPyLong_AsLong(ctx, args[0]) : 0;
            return 0;
        }
        HPyDef_METH(get_finalized, "get_finalized", HPyFunc_NOARGS)
        static HPy get_finalized_impl(HPyContext *ctx, HPy self)
        {
            return HPyLong_FromLong(ctx, finalized);
        }
        static HPyDef *Fin_defines[] = { &Fin_finalize, &Fin_init, NULL };
        static HPyType_Spec Fin_spec = {
            .name = "mytest.Fin", .basicsize = sizeof(FinObject),
            .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_BASETYPE, .defines = Fin_defines };
        @EXPORT(get_finalized)
        @EXPORT_TYPE("Fin", Fin_spec)
        @INIT
    """)
    f = mod.Fin(10)
    del f
    gc.collect()
    assert mod.get_finalized() == 11

    class Sub(mod.Fin):
        pass
    s = Sub(100)
    del s
    gc.collect()
    assert mod.get_finalized() == 11 + 101


# The signatures no HPy slot uses (tp_iter, tp_getattro, descriptors, ...)
# are reachable through HPyFunc_TRAMPOLINE; in universal mode a handle is
# the object pointer, so C can call such a trampoline directly.
@pytest.mark.hpy_abis("universal")
def test_other_signatures(compiler):
    mod = compiler.make_module("""
        #define OBJ(h) ((cpy_PyObject *)(h)._i)
        #define H(o) ((HPy){ (intptr_t)(o) })

        HPyFunc_DECLARE(iter_impl, HPyFunc_GETITERFUNC);
        HPyFunc_TRAMPOLINE(iter_t, iter_impl, HPyFunc_GETITERFUNC)
        static HPy iter_impl(HPyContext *ctx, HPy o) { return HPy_Dup(ctx, o); }

        HPyFunc_DECLARE(next_impl, HPyFunc_ITERNEXTFUNC);
        HPyFunc_TRAMPOLINE(next_t, next_impl, HPyFunc_ITERNEXTFUNC)
        static HPy next_impl(HPyContext *ctx, HPy o) { return HPyLong_FromLong(ctx, 5); }

        HPyFunc_DECLARE(getattr_impl, HPyFunc_GETATTRFUNC);
        HPyFunc_TRAMPOLINE(getattr_t, getattr_impl, HPyFunc_GETATTRFUNC)
        static HPy getattr_impl(HPyContext *ctx, HPy o, char *name)
        {
            return HPyUnicode_FromString(ctx, name);
        }

        HPyFunc_DECLARE(getattro_impl, HPyFunc_GETATTROFUNC);
        HPyFunc_TRAMPOLINE(getattro_t, getattro_impl, HPyFunc_GETATTROFUNC)
        static HPy getattro_impl(HPyContext *ctx, HPy o, HPy name)
        {
            return HPyTuple_Pack(ctx, 2, o, name);
        }

        HPyFunc_DECLARE(setattr_impl, HPyFunc_SETATTRFUNC);
        HPyFunc_TRAMPOLINE(setattr_t, setattr_impl, HPyFunc_SETATTRFUNC)
        static int setattr_impl(HPyContext *ctx, HPy o, char *name, HPy v)
        {
            return HPy_SetAttr_s(ctx, o, name, v);
        }

        HPyFunc_DECLARE(setattro_impl, HPyFunc_SETATTROFUNC);
        HPyFunc_TRAMPOLINE(setattro_t, setattro_impl, HPyFunc_SETATTROFUNC)
        static int setattro_impl(HPyContext *ctx, HPy o, HPy name, HPy v)
        {
            return HPy_SetItem(ctx, o, name, HPy_IsNull(v) ? ctx->h_Ellipsis : v);
        }

        HPyFunc_DECLARE(descr_get_impl, HPyFunc_DESCRGETFUNC);
        HPyFunc_TRAMPOLINE(descr_get_t, descr_get_impl, HPyFunc_DESCRGETFUNC)
        static HPy descr_get_impl(HPyContext *ctx, HPy a, HPy b, HPy c)
        {
            return HPyTuple_Pack(ctx, 3, a, b, c);
        }

        HPyFunc_DECLARE(descr_set_impl, HPyFunc_DESCRSETFUNC);
        HPyFunc_TRAMPOLINE(descr_set_t, descr_set_impl, HPyFunc_DESCRSETFUNC)
        static int descr_set_impl(HPyContext *ctx, HPy a, HPy b, HPy c)
        {
            return HPy_SetItem(ctx, a, b, c);
        }

        HPyFunc_DECLARE(ssizessize_impl, HPyFunc_SSIZESSIZEARGFUNC);
        HPyFunc_TRAMPOLINE(ssizessize_t, ssizessize_impl, HPyFunc_SSIZESSIZEARGFUNC)
        static HPy ssizessize_impl(HPyContext *ctx, HPy o, HPy_ssize_t a, HPy_ssize_t b)
        {
            return HPyLong_FromSsize_t(ctx, a * 100 + b);
        }

        HPyFunc_DECLARE(ssizessizeobj_impl, HPyFunc_SSIZESSIZEOBJARGPROC);
        HPyFunc_TRAMPOLINE(ssizessizeobj_t, ssizessizeobj_impl, HPyFunc_SSIZESSIZEOBJARGPROC)
        static int ssizessizeobj_impl(HPyContext *ctx, HPy o, HPy_ssize_t a,
                                      HPy_ssize_t b, HPy v)
        {
            return HPy_SetItem_i(ctx, o, a + b, v);
        }

        HPyFunc_DECLARE(free_impl, HPyFunc_FREEFUNC);
        HPyFunc_TRAMPOLINE(free_t, free_impl, HPyFunc_FREEFUNC)
        static long freed;
        static void free_impl(HPyContext *ctx, void *p) { freed = (long)(intptr_t)p; }

        /* run(obj, dict, list): exercise each trampoline, return the results */
        HPyDef_METH(run, "run", HPyFunc_VARARGS)
        static HPy run_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            HPy o = args[0], d = args[1], lst = args[2];
            HPy name = HPyUnicode_FromString(ctx, "k");
            HPy r[8];
            r[0] = H(iter_t(OBJ(o)));
            r[1] = H(next_t(OBJ(o)));
            r[2] = H(getattr_t(OBJ(o), (char *)"attr"));
            r[3] = H(getattro_t(OBJ(o), OBJ(name)));
            r[4] = H(descr_get_t(OBJ(o), OBJ(d), OBJ(name)));
            r[5] = H(ssizessize_t(OBJ(o), 3, 4));
            int s1 = setattro_t(OBJ(d), OBJ(name), OBJ(o));
            int s2 = setattro_t(OBJ(d), OBJ(r[5]), NULL);
            int s3 = descr_set_t(OBJ(d), OBJ(r[1]), OBJ(name));
            int s4 = setattr_t(OBJ(o), (char *)"tag", OBJ(name));
            free_t((void *)77);
            r[6] = HPyLong_FromLong(ctx, s1 + s2 + s3 + s4 + freed);
            r[7] = HPyLong_FromLong(ctx, ssizessizeobj_t(OBJ(lst), 1, 1, OBJ(name)));
            HPy result = HPyTuple_FromArray(ctx, r, 8);
            for (int i = 0; i < 8; i++)
                HPy_Close(ctx, r[i]);
            HPy_Close(ctx, name);
            return result;
        }
        @EXPORT(run)
        @INIT
    """)

    class O:
        pass
    o, d, lst = O(), {}, [0, 0, 0]
    r = mod.run(o, d, lst)
    assert r[0] is o and r[1] == 5 and r[2] == "attr" and r[3] == (o, "k")
    assert r[4] == (o, d, "k") and r[5] == 304
    assert r[6] == 77 and o.tag == "k"
    assert d == {"k": o, 304: ..., 5: "k"}
    assert r[7] == 0 and lst == [0, 0, "k"]

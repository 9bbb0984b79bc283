"""HPyDef_MEMBER of every HPyMember_FieldType, read-only members, HPyField
members (OBJECT / OBJECT_EX), getsets and the explicit
__vectorcalloffset__ member (runtime: type_/members.rs, getset.rs)."""

import pytest

from test_type_spec import TypeTemplate


@pytest.fixture
def compiler(compiler):
    compiler.template = TypeTemplate
    return compiler


INTEGERS = [
    ("SHORT", "short", -2**15, 2**15 - 1),
    ("INT", "int", -2**31, 2**31 - 1),
    ("LONG", "long", -2**63, 2**63 - 1),
    ("LONGLONG", "long long", -2**63, 2**63 - 1),
    ("HPYSSIZET", "HPy_ssize_t", -2**63, 2**63 - 1),
    ("BYTE", "char", -128, 127),
    ("UBYTE", "unsigned char", 0, 255),
    ("USHORT", "unsigned short", 0, 2**16 - 1),
    ("UINT", "unsigned int", 0, 2**32 - 1),
    ("ULONG", "unsigned long", 0, 2**64 - 1),
    ("ULONGLONG", "unsigned long long", 0, 2**64 - 1),
]


def test_integer_members(compiler):
    fields = "".join("%s m_%s; %s r_%s;\n" % (c, k, c, k) for k, c, _, _ in INTEGERS)
    members = "".join(
        'HPyDef_MEMBER(M_%(k)s, "%(k)s", HPyMember_%(k)s, offsetof(IntsObject, m_%(k)s))\n'
        'HPyDef_MEMBER(R_%(k)s, "r_%(k)s", HPyMember_%(k)s, offsetof(IntsObject, r_%(k)s), .readonly = 1)\n'
        % {"k": k} for k, _, _, _ in INTEGERS)
    defines = ", ".join("&M_%s, &R_%s" % (k, k) for k, _, _, _ in INTEGERS)
    mod = compiler.make_module("""
        typedef struct { char first; %(fields)s } IntsObject;
        %(members)s
        static HPyDef *Ints_defines[] = { %(defines)s, NULL };
        static HPyType_Spec Ints_spec = {
            .name = "mytest.Ints", .basicsize = sizeof(IntsObject), .defines = Ints_defines };
        @EXPORT_TYPE("Ints", Ints_spec)
        @INIT
    """ % dict(fields=fields, members=members, defines=defines))
    obj = mod.Ints()
    for kind, _, lo, hi in INTEGERS:
        assert getattr(obj, kind) == 0
        for v in (lo, hi, 1):
            setattr(obj, kind, v)
            assert getattr(obj, kind) == v, kind
        with pytest.raises(TypeError):
            setattr(obj, kind, None)
        with pytest.raises(TypeError):
            delattr(obj, kind)
        if kind in ("LONG", "LONGLONG", "HPYSSIZET", "ULONG", "ULONGLONG", "INT", "UINT"):
            with pytest.raises(OverflowError):
                setattr(obj, kind, 2**200)
        assert getattr(obj, "r_" + kind) == 0
        with pytest.raises(AttributeError):
            setattr(obj, "r_" + kind, 1)
    # the members do not overlap
    for i, (kind, _, _, _) in enumerate(INTEGERS):
        setattr(obj, kind, i + 1)
    assert [getattr(obj, k) for k, _, _, _ in INTEGERS] == list(range(1, len(INTEGERS) + 1))


OTHERS = """
    #include <string.h>
    typedef struct {
        float f;
        double d;
        const char *s;
        char c;
        char inplace[8];
        char b;
        HPyField obj;
        HPyField obj_ex;
        HPyField obj_ro;
    } OthersObject;
    HPyType_HELPERS(OthersObject, HPyType_BuiltinShape_%(shape)s)

    HPyDef_SLOT(Others_new, HPy_tp_new)
    static HPy Others_new_impl(HPyContext *ctx, HPy cls, const HPy *args,
                               HPy_ssize_t nargs, HPy kw)
    {
        OthersObject *o;
        HPy h = HPy_New(ctx, cls, &o);
        if (HPy_IsNull(h))
            return HPy_NULL;
        o->f = 1.5f;
        o->d = 2.25;
        o->s = "static";
        o->c = 'c';
        strcpy(o->inplace, "inpl");
        o->b = 1;
        HPyField_Store(ctx, h, &o->obj_ro, ctx->h_Ellipsis);
        return h;
    }
    HPyDef_SLOT(Others_traverse, HPy_tp_traverse)
    static int Others_traverse_impl(void *self, HPyFunc_visitproc visit, void *arg)
    {
        OthersObject *o = (OthersObject *)self;
        HPy_VISIT(&o->obj);
        HPy_VISIT(&o->obj_ex);
        HPy_VISIT(&o->obj_ro);
        return 0;
    }
    HPyDef_MEMBER(M_f, "f", HPyMember_FLOAT, offsetof(OthersObject, f))
    HPyDef_MEMBER(M_d, "d", HPyMember_DOUBLE, offsetof(OthersObject, d), .doc = "a double")
    HPyDef_MEMBER(M_s, "s", HPyMember_STRING, offsetof(OthersObject, s))
    HPyDef_MEMBER(M_c, "c", HPyMember_CHAR, offsetof(OthersObject, c))
    HPyDef_MEMBER(M_inplace, "inplace", HPyMember_STRING_INPLACE, offsetof(OthersObject, inplace))
    HPyDef_MEMBER(M_b, "b", HPyMember_BOOL, offsetof(OthersObject, b))
    HPyDef_MEMBER(M_none, "none", HPyMember_NONE, offsetof(OthersObject, f))
    HPyDef_MEMBER(M_obj, "obj", HPyMember_OBJECT, offsetof(OthersObject, obj), .doc = "an object")
    HPyDef_MEMBER(M_obj_ex, "obj_ex", HPyMember_OBJECT_EX, offsetof(OthersObject, obj_ex))
    HPyDef_MEMBER(M_obj_ro, "obj_ro", HPyMember_OBJECT, offsetof(OthersObject, obj_ro), .readonly = 1)
    static HPyDef *Others_defines[] = {
        &Others_new, &Others_traverse, &M_f, &M_d, &M_s, &M_c, &M_inplace, &M_b,
        &M_none, &M_obj, &M_obj_ex, &M_obj_ro, NULL };
    static HPyType_Spec Others_spec = {
        .name = "mytest.Others",
        .basicsize = sizeof(OthersObject),
        .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_BASETYPE | HPy_TPFLAGS_HAVE_GC,
        .builtin_shape = HPyType_BuiltinShape_%(shape)s,
        .defines = Others_defines,
    };
    static HPyType_SpecParam *Others_params(HPyContext *ctx)
    {
        static HPyType_SpecParam p[2];
        p[0] = (HPyType_SpecParam){ HPyType_SpecParam_Base, ctx->%(base)s };
        return p;
    }
    @EXPORT_TYPE("Others", Others_spec, Others_params)
    @INIT
"""


@pytest.mark.parametrize("shape, base", [("Object", "h_BaseObjectType"), ("Float", "h_FloatType")])
def test_other_members(compiler, shape, base):
    import sys
    mod = compiler.make_module(OTHERS % dict(shape=shape, base=base))
    o = mod.Others()
    assert (o.f, o.d, o.s, o.c, o.inplace, o.b, o.none) == (1.5, 2.25, "static", "c", "inpl", True, None)
    assert type(o).d.__doc__ == "a double" and type(o).obj.__doc__ == "an object"
    o.f, o.d, o.c, o.b = 0.5, 0.1, "z", False
    assert (o.f, o.d, o.c, o.b) == (0.5, 0.1, "z", False)
    with pytest.raises(TypeError):
        o.s = "x"
    with pytest.raises(TypeError):
        o.inplace = "x"
    with pytest.raises(TypeError):
        o.b = 1

    # HPyMember_OBJECT: NULL reads as None, del stores NULL
    assert o.obj is None
    x = object()
    refs = sys.getrefcount(x)
    o.obj = x
    assert o.obj is x
    assert sys.getrefcount(x) == refs + 1
    o.obj = 1
    assert sys.getrefcount(x) == refs
    del o.obj
    assert o.obj is None
    del o.obj                      # deleting NULL is fine for OBJECT

    # HPyMember_OBJECT_EX: NULL raises AttributeError, like T_OBJECT_EX
    with pytest.raises(AttributeError, match="'mytest.Others' object has no attribute 'obj_ex'"):
        o.obj_ex
    o.obj_ex = x
    assert o.obj_ex is x
    del o.obj_ex
    with pytest.raises(AttributeError):
        o.obj_ex
    with pytest.raises(AttributeError):
        del o.obj_ex

    assert o.obj_ro is ...
    with pytest.raises(AttributeError):
        o.obj_ro = 1
    with pytest.raises(AttributeError):
        del o.obj_ro

    # the fields are seen by the GC and released with the object
    import gc
    o.obj = x
    assert x in gc.get_referents(o)
    del o
    assert sys.getrefcount(x) == refs

    if shape == "Float":
        assert float(mod.Others()) == 0.0      # the payload does not overlap it


def test_getset(compiler):
    mod = compiler.make_module("""
        typedef struct { long v; } GObject;
        HPyType_HELPERS(GObject)
        HPyDef_GET(G_get, "get_only", .doc = "read it")
        static HPy G_get_get(HPyContext *ctx, HPy self, void *closure)
        {
            return HPyLong_FromLong(ctx, GObject_AsStruct(ctx, self)->v);
        }
        HPyDef_SET(G_set, "set_only", .closure = (void *)3)
        static int G_set_set(HPyContext *ctx, HPy self, HPy value, void *closure)
        {
            if (HPy_IsNull(value)) {
                GObject_AsStruct(ctx, self)->v = -1;
                return 0;
            }
            long v = HPyLong_AsLong(ctx, value);
            if (v == -1 && HPyErr_Occurred(ctx))
                return -1;
            GObject_AsStruct(ctx, self)->v = v * (long)(HPy_ssize_t)closure;
            return 0;
        }
        static HPyDef *G_defines[] = { &G_get, &G_set, NULL };
        static HPyType_Spec G_spec = {
            .name = "mytest.G", .basicsize = sizeof(GObject), .defines = G_defines };
        @EXPORT_TYPE("G", G_spec)
        @INIT
    """)
    g = mod.G()
    assert g.get_only == 0
    assert mod.G.get_only.__doc__ == "read it"
    g.set_only = 5
    assert g.get_only == 15
    del g.set_only
    assert g.get_only == -1
    with pytest.raises(TypeError):
        g.set_only = "x"
    with pytest.raises(AttributeError):
        g.get_only = 1
    with pytest.raises(AttributeError):
        g.set_only


def test_explicit_vectorcalloffset(compiler):
    mod = compiler.make_module("""
        typedef struct { long a; HPyCallFunction call; long b; } VObject;
        HPyType_HELPERS(VObject)
        HPyDef_CALL_FUNCTION(v_call)
        static HPy v_call_impl(HPyContext *ctx, HPy self, const HPy *args,
                               size_t nargs, HPy kwnames)
        {
            VObject *v = VObject_AsStruct(ctx, self);
            return HPyLong_FromLong(ctx, v->a + v->b + (long)nargs);
        }
        HPyDef_SLOT(V_new, HPy_tp_new)
        static HPy V_new_impl(HPyContext *ctx, HPy cls, const HPy *args,
                              HPy_ssize_t nargs, HPy kw)
        {
            VObject *v;
            HPy h = HPy_New(ctx, cls, &v);
            if (HPy_IsNull(h))
                return HPy_NULL;
            v->a = 10;
            v->b = 20;
            if (HPy_SetCallFunction(ctx, h, &v_call) < 0) {
                HPy_Close(ctx, h);
                return HPy_NULL;
            }
            return h;
        }
        HPyDef_MEMBER(V_off, "__vectorcalloffset__", HPyMember_HPYSSIZET,
                      offsetof(VObject, call), .readonly = 1)
        HPyDef_MEMBER(V_b, "b", HPyMember_LONG, offsetof(VObject, b))
        static HPyDef *V_defines[] = { &V_off, &V_new, &V_b, NULL };
        static HPyType_Spec V_spec = {
            .name = "mytest.V", .basicsize = sizeof(VObject),
            .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_HAVE_VECTORCALL,
            .defines = V_defines };
        @EXPORT_TYPE("V", V_spec)
        @INIT
    """)
    v = mod.V()
    assert v(1, 2) == 32
    v.b = 0
    assert v() == 10

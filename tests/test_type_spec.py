"""HPyType_FromSpec: names, docs, flags, bases and metaclass params, the
spec checks and their errors, builtin shapes and _HPy_AsStruct_*,
HPyType_GetName/IsSubtype/GetBuiltinShape (runtime: type_/spec.rs,
slots.rs, asstruct.rs, names.rs).

`TypeTemplate` (also used by the other test_type_*.py files) adds

    @EXPORT_TYPE(name, spec)           create the type in HPy_mod_exec and
    @EXPORT_TYPE(name, spec, params)   set it as module attribute `name`;
                                       `params` is a C function
                                       `HPyType_SpecParam *params(HPyContext *)`
    @DEFINE_CALL_CHECKED(name, func, n)
                                       like @DEFINE_CALL_INT, but any exception
                                       func sets is raised
"""

import pytest

from harness import ModuleTemplate


class TypeTemplate(ModuleTemplate):
    def __init__(self, src, name):
        super().__init__(src, name)
        self.types = []

    def EXPORT_TYPE(self, name, spec, params=None):
        self._check_open("EXPORT_TYPE")
        self.types.append((name.strip('"'), spec, params))

    def DEFINE_CALL_CHECKED(self, name, func, n):
        """`name(a1..an)`: the int result of func(ctx, a1..an), or the
        exception it set (whatever it returned)."""
        n = int(n)
        args = ", ".join("args[%d]" % i for i in range(n))
        self.EXPORT(name)
        return (
            'HPyDef_METH(%(n)s, "%(n)s", HPyFunc_VARARGS)\n'
            "static HPy %(n)s_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)\n"
            "{\n"
            "    long r = (long)%(f)s(ctx, %(a)s);\n"
            "    return HPyErr_Occurred(ctx) ? HPy_NULL : HPyLong_FromLong(ctx, r);\n"
            "}\n" % {"n": name, "f": func, "a": args})

    def INIT(self):
        if not self.types:
            return super().INIT()
        body = []
        for name, spec, params in self.types:
            body.append(
                "    t = HPyType_FromSpec(ctx, &%s, %s);\n"
                "    if (HPy_IsNull(t)) return -1;\n"
                '    r = HPy_SetAttr_s(ctx, m, "%s", t);\n'
                "    HPy_Close(ctx, t);\n"
                "    if (r < 0) return -1;\n"
                % (spec, "%s(ctx)" % params if params else "NULL", name))
        code = ("HPyDef_SLOT(types_exec, HPy_mod_exec)\n"
                "static int types_exec_impl(HPyContext *ctx, HPy m)\n"
                "{\n    HPy t;\n    int r;\n%s    return 0;\n}\n" % "".join(body))
        self.EXPORT("types_exec")
        return code + "\n" + super().INIT()


@pytest.fixture
def compiler(compiler):
    compiler.template = TypeTemplate
    return compiler


# A Point struct with x, y members and a (x, y) constructor.
POINT = """
    typedef struct { long x; long y; } PointObject;
    HPyType_HELPERS(PointObject)

    HPyDef_SLOT(Point_new, HPy_tp_new)
    static HPy Point_new_impl(HPyContext *ctx, HPy cls, const HPy *args,
                              HPy_ssize_t nargs, HPy kw)
    {
        long x = 0, y = 0;
        if (!HPyArg_Parse(ctx, NULL, args, nargs, "|ll", &x, &y))
            return HPy_NULL;
        PointObject *p;
        HPy h = HPy_New(ctx, cls, &p);
        if (HPy_IsNull(h))
            return HPy_NULL;
        p->x = x;
        p->y = y;
        return h;
    }
    HPyDef_MEMBER(Point_x, "x", HPyMember_LONG, offsetof(PointObject, x))
    HPyDef_MEMBER(Point_y, "y", HPyMember_LONG, offsetof(PointObject, y))
"""


def test_simple_type(compiler):
    mod = compiler.make_module(POINT + """
        static HPyDef *Point_defines[] = { &Point_new, &Point_x, &Point_y, NULL };
        static HPyType_Spec Point_spec = {
            .name = "mytest.Point",
            .basicsize = sizeof(PointObject),
            .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_BASETYPE,
            .defines = Point_defines,
            .doc = "A point.",
        };
        @EXPORT_TYPE("Point", Point_spec)
        @INIT
    """)
    P = mod.Point
    assert isinstance(P, type)
    assert (P.__name__, P.__qualname__, P.__module__, P.__doc__) == \
        ("Point", "Point", "mytest", "A point.")
    assert repr(P) == "<class 'mytest.Point'>"
    p = P(3, 4)
    assert (p.x, p.y) == (3, 4)
    assert P.__basicsize__ >= 16 + 2 * 8

    class Sub(P):
        pass
    s = Sub(5, 6)
    assert (s.x, s.y) == (5, 6)
    s.z = 1     # Python subclasses get a __dict__


def test_default_bases(compiler):
    # Types without a base param share one (object,) tuple as __bases__
    # (the runtime passes it to PyType_FromSpecWithBases); nothing about it
    # may be visible beyond identity.
    mod = compiler.make_module("""
        static HPyType_Spec A_spec = { .name = "mytest.A",
            .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_BASETYPE };
        static HPyType_Spec B_spec = { .name = "mytest.B",
            .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_BASETYPE };
        @EXPORT_TYPE("A", A_spec)
        @EXPORT_TYPE("B", B_spec)
        @INIT
    """)
    A, B = mod.A, mod.B
    for T in (A, B):
        assert T.__bases__ == (object,) and T.__base__ is object
        assert T.__mro__ == (T, object)
    A.__bases__ = (object,)          # assignment replaces the tuple
    assert A.__bases__ == (object,) and B.__bases__ == (object,)

    class C(A, B):
        pass
    assert C.__mro__ == (C, A, B, object)
    assert issubclass(C, A) and issubclass(C, B) and not issubclass(A, B)


@pytest.mark.hpy_abis("hybrid")
def test_legacy_slot_base(compiler):
    # CPython only reads the Py_tp_base legacy slot when it is given no
    # bases: the runtime must not pass its shared (object,) then.
    mod = compiler.make_module("""
        #include <Python.h>
        static PyType_Slot D_legacy_slots[] = {
            { Py_tp_base, (void *)&PyDict_Type }, { 0, NULL } };
        static HPyType_Spec D_spec = {
            .name = "mytest.D",
            .flags = HPy_TPFLAGS_DEFAULT,
            .builtin_shape = HPyType_BuiltinShape_Legacy,
            .legacy_slots = D_legacy_slots,
        };
        @EXPORT_TYPE("D", D_spec)
        @INIT
    """)
    assert mod.D.__bases__ == (dict,)
    d = mod.D(a=1)
    assert isinstance(d, dict) and d["a"] == 1


def test_not_subclassable_without_basetype(compiler):
    mod = compiler.make_module("""
        static HPyType_Spec Dummy_spec = { .name = "mytest.Dummy" };
        @EXPORT_TYPE("Dummy", Dummy_spec)
        @INIT
    """)
    with pytest.raises(TypeError, match="not an acceptable base type"):
        class Sub(mod.Dummy):
            pass
    assert mod.Dummy.__doc__ is None


def test_name_is_copied(compiler):
    # The spec's name may be a temporary string.
    mod = compiler.make_module("""
        #include <string.h>
        HPyDef_METH(make, "make", HPyFunc_O)
        static HPy make_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            char name[64];
            const char *s = HPyUnicode_AsUTF8AndSize(ctx, arg, NULL);
            if (s == NULL)
                return HPy_NULL;
            strncpy(name, s, sizeof(name) - 1);
            name[sizeof(name) - 1] = '\\0';
            HPyType_Spec spec = { .name = name };
            HPy t = HPyType_FromSpec(ctx, &spec, NULL);
            memset(name, 'X', sizeof(name) - 1);
            return t;
        }
        @EXPORT(make)
        @INIT
    """)
    T = mod.make("pkg.mod.Thing")
    assert (T.__name__, T.__module__) == ("Thing", "pkg.mod")


# ---- params: bases and metaclass -------------------------------------------

PARAMS_MODULE = """
    static HPyType_Spec Dummy_spec = {
        .name = "mytest.Dummy",
        .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_BASETYPE,
    };

    /* make(kinds, objects): HPyType_FromSpec with one param per kind */
    HPyDef_METH(make, "make", HPyFunc_VARARGS)
    static HPy make_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        HPyType_SpecParam params[8] = { { (HPyType_SpecParam_Kind)0 } };
        HPy_ssize_t n = HPy_Length(ctx, args[0]);
        for (HPy_ssize_t i = 0; i < n && i < 7; i++) {
            HPy kind = HPy_GetItem_i(ctx, args[0], i);
            params[i].kind = (HPyType_SpecParam_Kind)HPyLong_AsLong(ctx, kind);
            HPy_Close(ctx, kind);
            params[i].object = HPy_GetItem_i(ctx, args[1], i);
        }
        HPy result = HPyType_FromSpec(ctx, &Dummy_spec, params);
        for (HPy_ssize_t i = 0; i < n && i < 7; i++)
            HPy_Close(ctx, params[i].object);
        return result;
    }
    @EXPORT(make)
    @INIT
"""
BASE, BASES_TUPLE, METACLASS = 1, 2, 3


@pytest.fixture
def params_mod(compiler):
    return compiler.make_module(PARAMS_MODULE)


def test_params_bases(params_mod):
    class A:
        pass

    class B:
        pass
    make = params_mod.make
    assert make((), ()).__bases__ == (object,)
    assert make((BASE,), (int,)).__bases__ == (int,)
    T = make((BASE, BASE), (A, B))
    assert T.__bases__ == (A, B)
    assert isinstance(T(), A)
    T = make((BASES_TUPLE,), ((int,),))
    assert T.__bases__ == (int,)
    assert T(42) == 42
    # a metaclass param that is `type` itself changes nothing
    assert type(make((METACLASS, BASE), (type, int))) is type


def test_params_errors(params_mod):
    make = params_mod.make
    with pytest.raises(TypeError, match="unknown HPyType_SpecParam specification for 'mytest.Dummy'"):
        make((7,), (int,))
    with pytest.raises(TypeError, match="multiple specifications of HPyType_SpecParam_BasesTuple"):
        make((BASES_TUPLE, BASES_TUPLE), ((int,), (int,)))
    with pytest.raises(TypeError, match="cannot specify both"):
        make((BASE, BASES_TUPLE), (int, (int,)))
    with pytest.raises(ValueError, match="metaclass was specified multiple times"):
        make((METACLASS, METACLASS), (type, type))
    with pytest.raises(TypeError, match="Metaclass ''hello'' is not a subclass of 'type'"):
        make((METACLASS,), ("hello",))
    with pytest.raises(TypeError, match="Metaclass .* is not a subclass of 'type'"):
        make((METACLASS,), (int,))

    class CustomNew(type):
        def __new__(mcls, *args):
            return super().__new__(mcls, *args)
    with pytest.raises(TypeError, match="Metaclasses with custom tp_new are not supported."):
        make((METACLASS,), (CustomNew,))


def test_metaclass(params_mod):
    class Meta(type):
        def hello(cls):
            return "hello from " + cls.__name__

    T = params_mod.make((METACLASS,), (Meta,))
    assert type(T) is Meta
    assert T.hello() == "hello from Dummy"
    assert (T.__name__, T.__qualname__, T.__module__) == ("Dummy", "Dummy", "mytest")
    assert isinstance(T(), T)
    # an empty subclass made by the metaclass: same instance layout
    assert T.__basicsize__ == T.__base__.__basicsize__
    assert not hasattr(T(), "__dict__")

    class Sub(T):     # the spec has HPy_TPFLAGS_BASETYPE
        pass
    assert type(Sub) is Meta


def test_metaclass_payload_and_basetype(compiler):
    # A pure HPy metaclass (shape Type) whose instances are HPy types.
    mod = compiler.make_module("""
        typedef struct { long magic; } MetaObject;
        HPyType_HELPERS(MetaObject, HPyType_BuiltinShape_Type)
        static HPyType_Spec Meta_spec = {
            .name = "mytest.Meta",
            .basicsize = sizeof(MetaObject),
            .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_BASETYPE,
            .builtin_shape = HPyType_BuiltinShape_Type,
        };
        static HPyType_SpecParam *meta_params(HPyContext *ctx)
        {
            static HPyType_SpecParam p[2];
            p[0] = (HPyType_SpecParam){ HPyType_SpecParam_Base, ctx->h_TypeType };
            return p;
        }
        static HPyType_Spec Final_spec = { .name = "mytest.Final" };

        HPyDef_METH(make_final, "make_final", HPyFunc_O)
        static HPy make_final_impl(HPyContext *ctx, HPy self, HPy meta)
        {
            HPyType_SpecParam p[] = {
                { HPyType_SpecParam_Metaclass, meta }, { (HPyType_SpecParam_Kind)0 } };
            HPy t = HPyType_FromSpec(ctx, &Final_spec, p);
            if (HPy_IsNull(t))
                return HPy_NULL;
            MetaObject_AsStruct(ctx, t)->magic = 4242;
            return t;
        }
        HPyDef_METH(get_magic, "get_magic", HPyFunc_O)
        static HPy get_magic_impl(HPyContext *ctx, HPy self, HPy t)
        {
            return HPyLong_FromLong(ctx, MetaObject_AsStruct(ctx, t)->magic);
        }
        @EXPORT(make_final)
        @EXPORT(get_magic)
        @EXPORT_TYPE("Meta", Meta_spec, meta_params)
        @INIT
    """)
    assert type(mod.Meta) is type
    F = mod.make_final(mod.Meta)
    assert type(F) is mod.Meta
    assert mod.get_magic(F) == 4242
    with pytest.raises(TypeError, match="not an acceptable base type"):
        class Sub(F):
            pass


# ---- spec checks --------------------------------------------------------------

@pytest.mark.parametrize("defines, spec_fields, exc, msg", [
    ("", ".builtin_shape = (HPyType_BuiltinShape)123", ValueError, "invalid shape: 123"),
    ("", ".flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_HAVE_GC", ValueError,
     "You must provide an HPy_tp_traverse slot if you specify HPy_TPFLAGS_HAVE_GC"),
    ("", ".legacy_slots = legacy_slots", TypeError,
     "cannot specify .legacy_slots without setting .builtin_shape=HPyType_BuiltinShape_Legacy"),
    ("&m", "", TypeError, "Type claims to have basicsize==0 but defines members"),
    ("&create", ".basicsize = 8", TypeError, "HPy_mod_create and HPy_mod_exec are module slots"),
    ("&call", ".basicsize = 8, .itemsize = 8", TypeError, "Cannot use HPy call protocol with var objects"),
    ("&call", ".builtin_shape = HPyType_BuiltinShape_Legacy", TypeError,
     "Cannot use HPy call protocol with legacy types that inherit the struct"),
    ("&call, &vcall", ".basicsize = 8", TypeError,
     "Cannot have HPy_tp_call and explicit member '__vectorcalloffset__'"),
    ("&bad_meth", "", ValueError, "Unsupported HPyMeth signature"),
])
def test_spec_errors(compiler, defines, spec_fields, exc, msg):
    mod = compiler.make_module("""
        struct { int slot; void *pfunc; } legacy_slots[] = { { 0, NULL } };
        HPyDef_MEMBER(m, "m", HPyMember_INT, 0)
        HPyDef_MEMBER(vcall, "__vectorcalloffset__", HPyMember_HPYSSIZET, 0, .readonly = 1)
        HPyDef_SLOT(create, HPy_mod_create)
        static HPy create_impl(HPyContext *ctx, HPy spec) { return HPy_NULL; }
        HPyDef_SLOT(call, HPy_tp_call)
        static HPy call_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs, HPy kw)
        {
            return HPy_Dup(ctx, ctx->h_None);
        }
        HPyDef_METH(bad_meth, "bad_meth", HPyFunc_REPRFUNC)
        static HPy bad_meth_impl(HPyContext *ctx, HPy self) { return HPy_NULL; }

        static HPyDef *defines[] = { %s NULL };
        static HPyType_Spec spec = { .name = "mytest.Bad", .defines = defines, %s };

        HPyDef_METH(make, "make", HPyFunc_NOARGS)
        static HPy make_impl(HPyContext *ctx, HPy self)
        {
            return HPyType_FromSpec(ctx, &spec, NULL);
        }
        @EXPORT(make)
        @INIT
    """ % (defines + "," if defines else "", spec_fields))
    with pytest.raises(exc, match=msg.replace(".", r"\.").replace("(", r"\(")):
        mod.make()


def test_error_in_module_exec(compiler):
    with pytest.raises(ValueError, match="invalid shape: -7"):
        compiler.make_module("""
            static HPyType_Spec Bad_spec = {
                .name = "mytest.Bad", .builtin_shape = (HPyType_BuiltinShape)-7 };
            @EXPORT_TYPE("Bad", Bad_spec)
            @INIT
        """)


# ---- builtin shapes -------------------------------------------------------------

SHAPES = {
    # shape: (base class, constructor arguments, expected builtin value)
    "Long": ("h_LongType", (7,), 7),
    "Float": ("h_FloatType", (2.5,), 2.5),
    "Unicode": ("h_UnicodeType", ("abc",), "abc"),
    # one item: more would overlap the payload, as in HPy 0.9
    "Tuple": ("h_TupleType", ((1,),), (1,)),
    "List": ("h_ListType", (), []),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_builtin_shape(compiler, shape):
    base, args, value = SHAPES[shape]
    mod = compiler.make_module("""
        typedef struct { long a; double b; } DataObject;
        HPyType_HELPERS(DataObject, HPyType_BuiltinShape_%(shape)s)
        HPyDef_MEMBER(Data_a, "a", HPyMember_LONG, offsetof(DataObject, a))
        HPyDef_MEMBER(Data_b, "b", HPyMember_DOUBLE, offsetof(DataObject, b))
        HPyDef_METH(Data_set, "set", HPyFunc_O)
        static HPy Data_set_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            DataObject *d = DataObject_AsStruct(ctx, self);
            d->a = HPyLong_AsLong(ctx, arg);
            d->b = d->a / 2.0;
            return HPy_Dup(ctx, ctx->h_None);
        }
        HPyDef_METH(Data_sum, "sum", HPyFunc_NOARGS)
        static HPy Data_sum_impl(HPyContext *ctx, HPy self)
        {
            DataObject *d = DataObject_AsStruct(ctx, self);
            return HPyFloat_FromDouble(ctx, d->a + d->b);
        }
        static HPyDef *Data_defines[] = { &Data_a, &Data_b, &Data_set, &Data_sum, NULL };
        static HPyType_Spec Data_spec = {
            .name = "mytest.Data",
            .basicsize = sizeof(DataObject),
            .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_BASETYPE,
            .builtin_shape = HPyType_BuiltinShape_%(shape)s,
            .defines = Data_defines,
        };
        static HPyType_SpecParam *Data_params(HPyContext *ctx)
        {
            static HPyType_SpecParam p[2];
            p[0] = (HPyType_SpecParam){ HPyType_SpecParam_Base, ctx->%(base)s };
            return p;
        }
        @DEFINE_CALL_CHECKED(shape_of, _HPyType_GetBuiltinShape, 1)
        @EXPORT_TYPE("Data", Data_spec, Data_params)
        @INIT
    """ % dict(shape=shape, base=base))
    d = mod.Data(*args)
    assert (d.a, d.b) == (0, 0.0)   # HPy_New-less allocation is zeroed too
    d.set(10)
    assert (d.a, d.b, d.sum()) == (10, 5.0, 15.0)
    assert type(d).__mro__[1].__name__ == type(value).__name__
    assert type(value)(d) == value     # the built-in part is intact
    shape_values = {"Legacy": -1, "Object": 0, "Type": 1, "Long": 2, "Float": 3,
                    "Unicode": 4, "Tuple": 5, "List": 6}
    assert mod.shape_of(mod.Data) == shape_values[shape]

    class Sub(mod.Data):
        pass
    s = Sub(*args)
    s.set(4)
    assert (s.a, s.sum()) == (4, 6.0)
    assert mod.shape_of(Sub) == shape_values[shape]     # found through tp_base


def test_builtin_shape_queries(compiler):
    mod = compiler.make_module("""
        static HPyType_Spec Pure_spec = { .name = "mytest.Pure" };
        static HPyType_Spec Legacy_spec = {
            .name = "mytest.Legacy", .builtin_shape = HPyType_BuiltinShape_Legacy };
        @DEFINE_CALL_CHECKED(shape_of, _HPyType_GetBuiltinShape, 1)
        @EXPORT_TYPE("Pure", Pure_spec)
        @EXPORT_TYPE("Legacy", Legacy_spec)
        @INIT
    """)
    assert mod.shape_of(mod.Pure) == 0
    assert mod.shape_of(mod.Legacy) == -1
    assert mod.shape_of(int) == -1      # not an HPy type: its layout is CPython's
    with pytest.raises(TypeError, match="arg must be a type"):
        mod.shape_of(42)


def test_legacy_type_cannot_inherit_pure_layout(compiler):
    mod = compiler.make_module("""
        typedef struct { long a; } PureObject;
        static HPyType_Spec Pure_spec = {
            .name = "mytest.Pure", .basicsize = sizeof(PureObject),
            .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_BASETYPE };
        static HPyType_Spec Legacy_spec = {
            .name = "mytest.Legacy", .builtin_shape = HPyType_BuiltinShape_Legacy };

        HPyDef_METH(make_legacy, "make_legacy", HPyFunc_O)
        static HPy make_legacy_impl(HPyContext *ctx, HPy self, HPy base)
        {
            HPyType_SpecParam p[] = {
                { HPyType_SpecParam_Base, base }, { (HPyType_SpecParam_Kind)0 } };
            return HPyType_FromSpec(ctx, &Legacy_spec, p);
        }
        @EXPORT(make_legacy)
        @EXPORT_TYPE("Pure", Pure_spec)
        @INIT
    """)
    msg = "A legacy type should not inherit its memory layout from a pure type"
    with pytest.raises(TypeError, match=msg):
        mod.make_legacy(mod.Pure)

    class PySub(mod.Pure):       # a Python subclass has the pure layout too
        pass
    with pytest.raises(TypeError, match=msg):
        mod.make_legacy(PySub)
    assert mod.make_legacy(int).__bases__ == (int,)


# ---- names and subtypes -----------------------------------------------------------

def test_get_name_and_is_subtype(compiler):
    import array
    mod = compiler.make_module("""
        static HPyType_Spec Base_spec = {
            .name = "mytest.Base", .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_BASETYPE };
        HPyDef_METH(get_name, "get_name", HPyFunc_O)
        static HPy get_name_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            const char *name = HPyType_GetName(ctx, arg);
            return name ? HPyUnicode_FromString(ctx, name) : HPy_NULL;
        }
        @DEFINE_CALL_CHECKED(is_subtype, HPyType_IsSubtype, 2)
        @EXPORT(get_name)
        @EXPORT_TYPE("Base", Base_spec)
        @INIT
    """)
    assert mod.get_name(mod.Base) == "Base"
    assert mod.get_name(str) == "str"
    assert mod.get_name(array.array) == "array"
    assert mod.get_name(type(len)) == "builtin_function_or_method"

    class Sub(mod.Base):
        pass
    assert mod.get_name(Sub) == "Sub"
    Sub.__name__ = "Renamed"
    assert mod.get_name(Sub) == "Renamed"
    with pytest.raises(TypeError, match="HPyType_GetName arg must be a type"):
        mod.get_name(1)

    assert mod.is_subtype(Sub, mod.Base) == 1
    assert mod.is_subtype(mod.Base, Sub) == 0
    assert mod.is_subtype(bool, int) == 1

    class EveryMeta(type):
        def __subclasscheck__(cls, sub):
            return True
    Every = EveryMeta("Every", (), {})
    assert issubclass(mod.Base, Every)
    assert mod.is_subtype(mod.Base, Every) == 0     # no __subclasscheck__
    with pytest.raises(TypeError, match="HPyType_IsSubtype arg 1 must be a type"):
        mod.is_subtype(1, int)
    with pytest.raises(TypeError, match="HPyType_IsSubtype arg 2 must be a type"):
        mod.is_subtype(int, 1)

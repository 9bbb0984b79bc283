"""The object protocol: attributes, items, len, repr/str/ascii/bytes, type,
comparison, hash, truth, type checks and _HPy_Dump (runtime: object.rs)."""

import operator

import pytest


@pytest.fixture
def mod(compiler):
    return compiler.make_module("""
        @DEFINE_CALL(getattr_, HPy_GetAttr, 2)
        @DEFINE_CALL_INT(hasattr_, HPy_HasAttr, 2)
        @DEFINE_CALL_INT(setattr_, HPy_SetAttr, 3)
        @DEFINE_CALL_INT(delattr_, HPy_DelAttr, 2)
        @DEFINE_CALL(getitem, HPy_GetItem, 2)
        @DEFINE_CALL_INT(setitem, HPy_SetItem, 3)
        @DEFINE_CALL_INT(delitem, HPy_DelItem, 2)
        @DEFINE_CALL_INT(contains, HPy_Contains, 2)
        @DEFINE_CALL(repr_, HPy_Repr, 1)
        @DEFINE_CALL(str_, HPy_Str, 1)
        @DEFINE_CALL(ascii_, HPy_ASCII, 1)
        @DEFINE_CALL(bytes_, HPy_Bytes, 1)
        @DEFINE_CALL(type_, HPy_Type, 1)
        @DEFINE_CALL_INT(is_true, HPy_IsTrue, 1)
        @DEFINE_CALL_INT(type_check, HPy_TypeCheck, 2)

        /* The _s variants: the name is a Python str turned into a C string. */
        #define C_STR(h, var)                                             \\
            const char *var = HPyUnicode_AsUTF8AndSize(ctx, h, NULL);     \\
            if (var == NULL)                                              \\
                return HPy_NULL;
        #define INT_RESULT(expr)                                          \\
            do {                                                          \\
                long _r = (expr);                                         \\
                if (_r == -1 && HPyErr_Occurred(ctx))                     \\
                    return HPy_NULL;                                      \\
                return HPyLong_FromLong(ctx, _r);                         \\
            } while (0)

        HPyDef_METH(getattr_s, "getattr_s", HPyFunc_VARARGS)
        static HPy getattr_s_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            C_STR(args[1], name)
            return HPy_GetAttr_s(ctx, args[0], name);
        }
        HPyDef_METH(hasattr_s, "hasattr_s", HPyFunc_VARARGS)
        static HPy hasattr_s_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            C_STR(args[1], name)
            INT_RESULT(HPy_HasAttr_s(ctx, args[0], name));
        }
        HPyDef_METH(setattr_s, "setattr_s", HPyFunc_VARARGS)
        static HPy setattr_s_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            C_STR(args[1], name)
            INT_RESULT(HPy_SetAttr_s(ctx, args[0], name, args[2]));
        }
        HPyDef_METH(delattr_s, "delattr_s", HPyFunc_VARARGS)
        static HPy delattr_s_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            C_STR(args[1], name)
            INT_RESULT(HPy_DelAttr_s(ctx, args[0], name));
        }
        HPyDef_METH(getitem_s, "getitem_s", HPyFunc_VARARGS)
        static HPy getitem_s_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            C_STR(args[1], key)
            return HPy_GetItem_s(ctx, args[0], key);
        }
        HPyDef_METH(setitem_s, "setitem_s", HPyFunc_VARARGS)
        static HPy setitem_s_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            C_STR(args[1], key)
            INT_RESULT(HPy_SetItem_s(ctx, args[0], key, args[2]));
        }
        HPyDef_METH(delitem_s, "delitem_s", HPyFunc_VARARGS)
        static HPy delitem_s_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            C_STR(args[1], key)
            INT_RESULT(HPy_DelItem_s(ctx, args[0], key));
        }

        /* The _i variants: the index is a Python int turned into a C one. */
        #define C_INDEX(h, var)                                           \\
            HPy_ssize_t var = HPyLong_AsSsize_t(ctx, h);                  \\
            if (var == -1 && HPyErr_Occurred(ctx))                        \\
                return HPy_NULL;

        HPyDef_METH(getitem_i, "getitem_i", HPyFunc_VARARGS)
        static HPy getitem_i_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            C_INDEX(args[1], i)
            return HPy_GetItem_i(ctx, args[0], i);
        }
        HPyDef_METH(setitem_i, "setitem_i", HPyFunc_VARARGS)
        static HPy setitem_i_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            C_INDEX(args[1], i)
            INT_RESULT(HPy_SetItem_i(ctx, args[0], i, args[2]));
        }
        HPyDef_METH(delitem_i, "delitem_i", HPyFunc_VARARGS)
        static HPy delitem_i_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            C_INDEX(args[1], i)
            INT_RESULT(HPy_DelItem_i(ctx, args[0], i));
        }

        HPyDef_METH(length, "length", HPyFunc_O)
        static HPy length_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            HPy_ssize_t n = HPy_Length(ctx, arg);
            if (n == -1 && HPyErr_Occurred(ctx))
                return HPy_NULL;
            return HPyLong_FromSsize_t(ctx, n);
        }

        HPyDef_METH(hash_, "hash_", HPyFunc_O)
        static HPy hash__impl(HPyContext *ctx, HPy self, HPy arg)
        {
            HPy_hash_t h = HPy_Hash(ctx, arg);
            if (h == -1 && HPyErr_Occurred(ctx))
                return HPy_NULL;
            return HPyLong_FromSsize_t(ctx, h);
        }

        /* richcompare(a, b, op) and richcompare_bool(a, b, op), op an int */
        HPyDef_METH(richcompare, "richcompare", HPyFunc_VARARGS)
        static HPy richcompare_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            long op = HPyLong_AsLong(ctx, args[2]);
            return HPy_RichCompare(ctx, args[0], args[1], (int)op);
        }
        HPyDef_METH(richcompare_bool, "richcompare_bool", HPyFunc_VARARGS)
        static HPy richcompare_bool_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            long op = HPyLong_AsLong(ctx, args[2]);
            INT_RESULT(HPy_RichCompareBool(ctx, args[0], args[1], (int)op));
        }

        /* The HPy_* comparison constants have CPython's Py_LT... values. */
        HPyDef_METH(compare_ops, "compare_ops", HPyFunc_NOARGS)
        static HPy compare_ops_impl(HPyContext *ctx, HPy self)
        {
            return HPyLong_FromLong(ctx, HPy_LT + 10 * HPy_LE + 100 * HPy_EQ +
                                         1000 * HPy_NE + 10000 * HPy_GT +
                                         100000 * HPy_GE);
        }

        HPyDef_METH(dump, "dump", HPyFunc_O)
        static HPy dump_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            _HPy_Dump(ctx, arg);
            return HPy_Dup(ctx, ctx->h_None);
        }

        @EXPORT(getattr_s)
        @EXPORT(hasattr_s)
        @EXPORT(setattr_s)
        @EXPORT(delattr_s)
        @EXPORT(getitem_s)
        @EXPORT(setitem_s)
        @EXPORT(delitem_s)
        @EXPORT(getitem_i)
        @EXPORT(setitem_i)
        @EXPORT(delitem_i)
        @EXPORT(length)
        @EXPORT(hash_)
        @EXPORT(richcompare)
        @EXPORT(richcompare_bool)
        @EXPORT(compare_ops)
        @EXPORT(dump)
        @INIT
    """)


class Obj:
    pass


class Boom:
    """Every special method raises."""

    def __getattr__(self, name):
        raise RuntimeError("getattr " + name)

    def __getitem__(self, key):
        raise RuntimeError("getitem")

    def __repr__(self):
        raise RuntimeError("repr")

    def __len__(self):
        raise RuntimeError("len")

    def __bool__(self):
        raise RuntimeError("bool")

    def __eq__(self, other):
        raise RuntimeError("eq")

    def __hash__(self):
        raise RuntimeError("hash")

    def __contains__(self, item):
        raise RuntimeError("contains")


def test_getattr(mod):
    o = Obj()
    o.x = 42
    for get in (mod.getattr_, mod.getattr_s):
        assert get(o, "x") == 42
        assert get(1j, "imag") == 1.0
        with pytest.raises(AttributeError, match="'Obj' object has no attribute 'missing'"):
            get(o, "missing")
        with pytest.raises(RuntimeError, match="getattr y"):
            get(Boom(), "y")
    with pytest.raises(TypeError, match="attribute name must be string"):
        mod.getattr_(o, 42)


def test_hasattr(mod):
    o = Obj()
    o.x = 1
    for has in (mod.hasattr_, mod.hasattr_s):
        assert has(o, "x") == 1
        assert has(o, "y") == 0
        # HasAttr never fails: errors count as "no".
        assert has(Boom(), "y") == 0
    assert mod.hasattr_(o, 42) == 0


def test_setattr_and_delattr(mod):
    o = Obj()
    assert mod.setattr_(o, "a", 1) == 0
    assert mod.setattr_s(o, "b", 2) == 0
    assert (o.a, o.b) == (1, 2)
    assert mod.delattr_(o, "a") == 0
    assert mod.delattr_s(o, "b") == 0
    assert not hasattr(o, "a") and not hasattr(o, "b")
    with pytest.raises(AttributeError):
        mod.delattr_(o, "a")
    with pytest.raises(AttributeError):
        mod.delattr_s(o, "b")
    with pytest.raises(AttributeError, match="'int' object has no attribute 'x'"):
        mod.setattr_(1, "x", 2)
    with pytest.raises(AttributeError):
        mod.setattr_s(1, "x", 2)
    with pytest.raises(TypeError, match="attribute name must be string"):
        mod.setattr_(o, 1, 2)


def test_getitem(mod):
    d = {"k": 1, 3: "three"}
    lst = [10, 20, 30]
    assert mod.getitem(d, "k") == 1
    assert mod.getitem(lst, -1) == 30
    assert mod.getitem_s(d, "k") == 1
    assert mod.getitem_i(lst, 1) == 20
    assert mod.getitem_i(lst, -3) == 10
    assert mod.getitem_i(d, 3) == "three"
    with pytest.raises(KeyError):
        mod.getitem(d, "nope")
    with pytest.raises(KeyError):
        mod.getitem_s(d, "nope")
    with pytest.raises(IndexError, match="list index out of range"):
        mod.getitem_i(lst, 3)
    with pytest.raises(TypeError, match="list indices must be integers or slices, not str"):
        mod.getitem_s(lst, "0")
    with pytest.raises(TypeError, match="'int' object is not subscriptable"):
        mod.getitem_i(5, 0)
    with pytest.raises(RuntimeError, match="getitem"):
        mod.getitem_i(Boom(), 0)


def test_setitem_and_delitem(mod):
    d = {}
    lst = [0, 0, 0]
    assert mod.setitem(d, "a", 1) == 0
    assert mod.setitem_s(d, "b", 2) == 0
    assert mod.setitem_i(d, 7, 3) == 0
    assert d == {"a": 1, "b": 2, 7: 3}
    assert mod.setitem_i(lst, -1, 9) == 0
    assert lst == [0, 0, 9]
    assert mod.delitem(d, "a") == 0
    assert mod.delitem_s(d, "b") == 0
    assert mod.delitem_i(d, 7) == 0
    assert d == {}
    assert mod.delitem_i(lst, 0) == 0
    assert lst == [0, 9]
    with pytest.raises(KeyError):
        mod.delitem_s(d, "b")
    with pytest.raises(IndexError, match="list assignment index out of range"):
        mod.setitem_i(lst, 5, 1)
    with pytest.raises(IndexError):
        mod.delitem_i(lst, 5)
    with pytest.raises(TypeError, match="'tuple' object does not support item assignment"):
        mod.setitem_i((1,), 0, 2)
    with pytest.raises(TypeError, match="'tuple' object doesn't support item deletion"):
        mod.delitem((1,), 0)
    with pytest.raises(TypeError, match="unhashable type: 'list'"):
        mod.setitem(d, [], 1)


def test_contains(mod):
    assert mod.contains([1, 2], 2) == 1
    assert mod.contains([1, 2], 3) == 0
    assert mod.contains({"k": 0}, "k") == 1
    assert mod.contains("hello", "ell") == 1
    with pytest.raises(TypeError, match="argument of type 'int' is not iterable"):
        mod.contains(3, 1)
    with pytest.raises(RuntimeError, match="contains"):
        mod.contains(Boom(), 1)


def test_length(mod):
    assert mod.length([1, 2, 3]) == 3
    assert mod.length("") == 0
    assert mod.length({"a": 1}) == 1
    with pytest.raises(TypeError, match="object of type 'int' has no len"):
        mod.length(5)
    with pytest.raises(RuntimeError, match="len"):
        mod.length(Boom())


def test_repr_str_ascii(mod):
    s = "h\u00e9llo"
    assert mod.repr_(s) == repr(s)
    assert mod.str_(s) is s
    assert mod.str_(42) == "42"
    assert mod.ascii_(s) == "'h\\xe9llo'"
    assert mod.repr_([1, "a"]) == "[1, 'a']"
    with pytest.raises(RuntimeError, match="repr"):
        mod.repr_(Boom())
    with pytest.raises(RuntimeError, match="repr"):
        mod.str_(Boom())  # str() falls back to __repr__
    with pytest.raises(RuntimeError, match="repr"):
        mod.ascii_(Boom())


def test_bytes(mod):
    class WithBytes:
        def __bytes__(self):
            return b"custom"

    b = b"raw"
    assert mod.bytes_(b) is b
    assert mod.bytes_(bytearray(b"ba")) == b"ba"
    assert mod.bytes_([65, 66]) == b"AB"
    assert mod.bytes_(WithBytes()) == b"custom"
    with pytest.raises(TypeError, match="cannot convert 'str' object to bytes"):
        mod.bytes_("text")
    # bytes(3) works, PyObject_Bytes(3) does not.
    with pytest.raises(TypeError, match="cannot convert 'int' object to bytes"):
        mod.bytes_(3)


def test_type(mod):
    assert mod.type_(1) is int
    assert mod.type_(Obj()) is Obj
    assert mod.type_(int) is type
    assert mod.type_(None) is type(None)


def test_type_check(mod):
    class Sub(Obj):
        pass

    assert mod.type_check(Obj(), Obj) == 1
    assert mod.type_check(Sub(), Obj) == 1
    assert mod.type_check(Obj(), Sub) == 0
    assert mod.type_check(True, int) == 1
    assert mod.type_check(1, object) == 1
    assert mod.type_check(1, str) == 0


def test_is_true(mod):
    for value in (0, 1, "", "x", [], [0], None, 0.0, Obj()):
        assert mod.is_true(value) == bool(value)
    with pytest.raises(RuntimeError, match="bool"):
        mod.is_true(Boom())


def test_compare_op_constants(mod):
    # Py_LT=0 Py_LE=1 Py_EQ=2 Py_NE=3 Py_GT=4 Py_GE=5
    assert mod.compare_ops() == 0 + 10 * 1 + 100 * 2 + 1000 * 3 + 10000 * 4 + 100000 * 5


OPS = [operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge]


def test_richcompare(mod):
    for a, b in [(1, 2), (2, 2), (3, 2), ("a", "b"), (1.5, 1)]:
        for op_value, op in enumerate(OPS):
            assert mod.richcompare(a, b, op_value) is op(a, b)
            assert mod.richcompare_bool(a, b, op_value) == int(op(a, b))


def test_richcompare_returns_any_object(mod):
    class Weird:
        def __lt__(self, other):
            return "less!"

    assert mod.richcompare(Weird(), 1, 0) == "less!"
    # RichCompareBool takes its truth value.
    assert mod.richcompare_bool(Weird(), 1, 0) == 1


def test_richcompare_errors(mod):
    with pytest.raises(TypeError, match="'<' not supported between instances of 'int' and 'str'"):
        mod.richcompare(1, "a", 0)
    with pytest.raises(TypeError):
        mod.richcompare_bool(1, "a", 4)
    with pytest.raises(RuntimeError, match="eq"):
        mod.richcompare(Boom(), 1, 2)
    with pytest.raises(RuntimeError, match="eq"):
        mod.richcompare_bool(Boom(), 1, 2)


@pytest.mark.hpy_abis("universal", "trace", "debug", "hybrid")
@pytest.mark.parametrize("op", [-1, 6, 1000])
def test_richcompare_invalid_op_is_a_system_error(mod, op):
    # CPython only asserts on op; the runtime checks it instead of crashing.
    message = "op must be one of HPy_LT, HPy_LE, HPy_EQ, HPy_NE, HPy_GT, HPy_GE"
    with pytest.raises(SystemError, match=message):
        mod.richcompare(1, 2, op)
    with pytest.raises(SystemError, match=message):
        mod.richcompare_bool(1, 2, op)


def test_richcompare_bool_identity_shortcut(mod):
    # Like PyObject_RichCompareBool: identical objects are equal without
    # calling __eq__.
    b = Boom()
    assert mod.richcompare_bool(b, b, 2) == 1
    assert mod.richcompare_bool(b, b, 3) == 0


def test_hash(mod):
    for value in (0, 1, -1, 2**70, "abc", (1, 2), None, 1.5):
        assert mod.hash_(value) == hash(value)
    with pytest.raises(TypeError, match="unhashable type: 'list'"):
        mod.hash_([])
    with pytest.raises(RuntimeError, match="hash"):
        mod.hash_(Boom())


def test_dump(mod, capfd):
    mod.dump("dumped value")
    err = capfd.readouterr().err
    assert "object type     : str" in err
    assert "object repr     : 'dumped value'" in err
    assert "object refcount : " in err


def test_dump_with_failing_repr(mod, capfd):
    mod.dump(Boom())
    err = capfd.readouterr().err
    assert "object type     : Boom" in err
    assert "<repr failed>" in err

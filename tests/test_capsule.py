"""HPyCapsule_* (crates/hpy-runtime/src/capsule.rs)."""

import gc

import pytest

CAPSULE_MODULE = """
    static int payload_a = 123;
    static int payload_b = 456;
    static int context_c = 789;
    static const char *NAME = "mytest.capsule";
    static const char *OTHER_NAME = "mytest.other";

    static int raw_destructor_calls = 0;
    static void raw_trampoline(cpy_PyObject *capsule)
    {
        raw_destructor_calls++;
    }
    static void never_called(const char *name, void *pointer, void *context)
    {
    }
    static HPyCapsule_Destructor raw_dtor = { raw_trampoline, never_called };
    static HPyCapsule_Destructor invalid_dtor = { NULL, NULL };
    static HPyCapsule_Destructor half_dtor = { raw_trampoline, NULL };

    /* new(which): 0 = named, no destructor; 1 = unnamed; 2 = NULL pointer;
       3 = raw destructor; 4 = {NULL, NULL} destructor; 5 = half destructor */
    HPyDef_METH(new, "new", HPyFunc_O)
    static HPy new_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        switch (HPyLong_AsLong(ctx, arg)) {
        case 0: return HPyCapsule_New(ctx, &payload_a, NAME, NULL);
        case 1: return HPyCapsule_New(ctx, &payload_a, NULL, NULL);
        case 2: return HPyCapsule_New(ctx, NULL, NAME, NULL);
        case 3: return HPyCapsule_New(ctx, &payload_a, NAME, &raw_dtor);
        case 4: return HPyCapsule_New(ctx, &payload_a, NAME, &invalid_dtor);
        case 5: return HPyCapsule_New(ctx, &payload_a, NAME, &half_dtor);
        }
        HPyErr_SetString(ctx, ctx->h_ValueError, "bad case");
        return HPy_NULL;
    }

    HPyDef_METH(raw_calls, "raw_calls", HPyFunc_NOARGS)
    static HPy raw_calls_impl(HPyContext *ctx, HPy self)
    {
        return HPyLong_FromLong(ctx, raw_destructor_calls);
    }

    static HPy int_or_none(HPyContext *ctx, void *p)
    {
        if (p == NULL)
            return HPyErr_Occurred(ctx) ? HPy_NULL : HPy_Dup(ctx, ctx->h_None);
        return HPyLong_FromLong(ctx, *(int *)p);
    }

    /* get_pointer(capsule, use_other_name) */
    HPyDef_METH(get_pointer, "get_pointer", HPyFunc_VARARGS)
    static HPy get_pointer_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        const char *name = HPy_IsTrue(ctx, args[1]) ? OTHER_NAME : NAME;
        return int_or_none(ctx, HPyCapsule_GetPointer(ctx, args[0], name));
    }

    HPyDef_METH(get_name, "get_name", HPyFunc_O)
    static HPy get_name_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        const char *name = HPyCapsule_GetName(ctx, arg);
        if (name == NULL)
            return HPyErr_Occurred(ctx) ? HPy_NULL : HPy_Dup(ctx, ctx->h_None);
        return HPyUnicode_FromString(ctx, name);
    }

    HPyDef_METH(get_context, "get_context", HPyFunc_O)
    static HPy get_context_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return int_or_none(ctx, HPyCapsule_GetContext(ctx, arg));
    }

    /* get_key(capsule, key): the raw getter with any key */
    HPyDef_METH(get_key, "get_key", HPyFunc_VARARGS)
    static HPy get_key_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        _HPyCapsule_key key = (_HPyCapsule_key)HPyLong_AsLong(ctx, args[1]);
        void *p = HPyCapsule_Get(ctx, args[0], key, NAME);
        if (p == NULL && HPyErr_Occurred(ctx))
            return HPy_NULL;
        return HPy_Dup(ctx, ctx->h_None);
    }

    /* set(capsule, what): 0 = pointer b, 1 = NULL pointer, 2 = other name,
       3 = NULL name, 4 = context c, 5 = NULL destructor,
       6 = invalid destructor, 7 = raw destructor, 8 = invalid key */
    HPyDef_METH(set, "set", HPyFunc_VARARGS)
    static HPy set_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        HPy c = args[0];
        int r;
        switch (HPyLong_AsLong(ctx, args[1])) {
        case 0: r = HPyCapsule_SetPointer(ctx, c, &payload_b); break;
        case 1: r = HPyCapsule_SetPointer(ctx, c, NULL); break;
        case 2: r = HPyCapsule_SetName(ctx, c, OTHER_NAME); break;
        case 3: r = HPyCapsule_SetName(ctx, c, NULL); break;
        case 4: r = HPyCapsule_SetContext(ctx, c, &context_c); break;
        case 5: r = HPyCapsule_SetDestructor(ctx, c, NULL); break;
        case 6: r = HPyCapsule_SetDestructor(ctx, c, &invalid_dtor); break;
        case 7: r = HPyCapsule_SetDestructor(ctx, c, &raw_dtor); break;
        case 8: r = HPyCapsule_Set(ctx, c, (_HPyCapsule_key)42, NULL); break;
        default:
            HPyErr_SetString(ctx, ctx->h_ValueError, "bad case");
            return HPy_NULL;
        }
        if (r < 0)
            return HPy_NULL;
        return HPy_Dup(ctx, ctx->h_None);
    }

    /* is_valid(obj, use_other_name) */
    HPyDef_METH(is_valid, "is_valid", HPyFunc_VARARGS)
    static HPy is_valid_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        const char *name = HPy_IsTrue(ctx, args[1]) ? OTHER_NAME : NAME;
        return HPyLong_FromLong(ctx, HPyCapsule_IsValid(ctx, args[0], name));
    }

    @EXPORT(new)
    @EXPORT(raw_calls)
    @EXPORT(get_pointer)
    @EXPORT(get_name)
    @EXPORT(get_context)
    @EXPORT(get_key)
    @EXPORT(set)
    @EXPORT(is_valid)
    @INIT
"""

PTR, NAME, CONTEXT, DESTRUCTOR = 0, 1, 2, 3


@pytest.fixture
def mod(compiler):
    return compiler.make_module(CAPSULE_MODULE)


def test_new_and_get(mod):
    p = mod.new(0)
    assert type(p).__name__ == "PyCapsule"
    assert mod.get_pointer(p, False) == 123
    assert mod.get_name(p) == "mytest.capsule"
    assert mod.get_context(p) is None


def test_unnamed(mod):
    p = mod.new(1)
    assert mod.get_name(p) is None
    # the pointer of an unnamed capsule needs a NULL name
    with pytest.raises(ValueError):
        mod.get_pointer(p, False)


def test_new_errors(mod):
    with pytest.raises(ValueError):
        mod.new(2)          # NULL pointer
    for case in (4, 5):
        with pytest.raises(ValueError, match="^Invalid HPyCapsule destructor$"):
            mod.new(case)


def test_wrong_name(mod):
    p = mod.new(0)
    with pytest.raises(ValueError):
        mod.get_pointer(p, True)


def test_setters(mod):
    p = mod.new(0)
    assert mod.set(p, 0) is None
    assert mod.get_pointer(p, False) == 456
    assert mod.set(p, 4) is None
    assert mod.get_context(p) == 789
    assert mod.set(p, 2) is None
    assert mod.get_name(p) == "mytest.other"
    assert mod.get_pointer(p, True) == 456
    assert mod.set(p, 3) is None
    assert mod.get_name(p) is None
    assert mod.set(p, 5) is None


def test_set_null_pointer(mod):
    p = mod.new(0)
    with pytest.raises(ValueError):
        mod.set(p, 1)
    assert mod.get_pointer(p, False) == 123


def test_set_invalid_destructor(mod):
    p = mod.new(0)
    with pytest.raises(ValueError, match="^Invalid HPyCapsule destructor$"):
        mod.set(p, 6)


def test_get_destructor_is_invalid(mod):
    p = mod.new(0)
    with pytest.raises(ValueError, match="^Invalid operation: get HPyCapsule_key_Destructor$"):
        mod.get_key(p, DESTRUCTOR)


def test_invalid_key(mod):
    p = mod.new(0)
    with pytest.raises(SystemError, match="invalid _HPyCapsule_key 42"):
        mod.get_key(p, 42)
    with pytest.raises(SystemError, match="invalid _HPyCapsule_key 42"):
        mod.set(p, 8)
    with pytest.raises(SystemError, match="invalid _HPyCapsule_key -1"):
        mod.get_key(p, -1)


def test_not_a_capsule(mod):
    for key in (PTR, NAME, CONTEXT):
        with pytest.raises(ValueError):
            mod.get_key("hello", key)
    for what in (0, 2, 4, 5):
        with pytest.raises(ValueError):
            mod.set("hello", what)


def test_is_valid(mod):
    p = mod.new(0)
    assert mod.is_valid(p, False) == 1
    assert mod.is_valid(p, True) == 0
    assert mod.is_valid("hello", False) == 0


def test_destructor_trampoline_runs_on_dealloc(mod):
    p = mod.new(3)
    assert mod.raw_calls() == 0
    del p
    gc.collect()
    assert mod.raw_calls() == 1
    q = mod.new(0)
    mod.set(q, 7)
    del q
    gc.collect()
    assert mod.raw_calls() == 2


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_hpy_destructor(compiler):
    mod = compiler.make_module("""
        #include <string.h>
        static int freed = 0;
        static int payload = 5;
        static const char *seen_name = NULL;
        static void *seen_pointer = NULL;
        static void *seen_context = NULL;

        HPyCapsule_DESTRUCTOR(mydtor)
        static void mydtor_impl(const char *name, void *pointer, void *context)
        {
            seen_name = name;
            seen_pointer = pointer;
            seen_context = context;
            freed++;
        }

        HPyDef_METH(new, "new", HPyFunc_NOARGS)
        static HPy new_impl(HPyContext *ctx, HPy self)
        {
            HPy c = HPyCapsule_New(ctx, &payload, "dtor.capsule", &mydtor);
            if (!HPy_IsNull(c) && HPyCapsule_SetContext(ctx, c, &freed) < 0) {
                HPy_Close(ctx, c);
                return HPy_NULL;
            }
            return c;
        }

        HPyDef_METH(freed_ok, "freed_ok", HPyFunc_NOARGS)
        static HPy freed_ok_impl(HPyContext *ctx, HPy self)
        {
            int ok = freed == 1 && seen_pointer == &payload &&
                     seen_context == &freed && seen_name != NULL &&
                     strcmp(seen_name, "dtor.capsule") == 0;
            return HPyBool_FromLong(ctx, ok);
        }

        @EXPORT(new)
        @EXPORT(freed_ok)
        @INIT
    """)
    p = mod.new()
    del p
    gc.collect()
    assert mod.freed_ok()

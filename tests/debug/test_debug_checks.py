"""Argument checks debug mode makes before calling the runtime (the
`checks` and `shape` keys of `debug` in api/hpy.toml; crates/hpy-debug/src/
wrap.rs `require`, `require_shape`). A failed check is always fatal."""

import re

import pytest

CHECKS = """
    HPyDef_METH(type_check, "type_check", HPyFunc_VARARGS)
    static HPy type_check_impl(HPyContext *ctx, HPy self, const HPy *args, size_t n)
    {
        return HPyLong_FromLong(ctx, HPy_TypeCheck(ctx, args[0], args[1]));
    }

    HPyDef_METH(get_name, "get_name", HPyFunc_O)
    static HPy get_name_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return HPyUnicode_FromString(ctx, HPyType_GetName(ctx, arg));
    }

    HPyDef_METH(is_subtype, "is_subtype", HPyFunc_VARARGS)
    static HPy is_subtype_impl(HPyContext *ctx, HPy self, const HPy *args, size_t n)
    {
        return HPyLong_FromLong(ctx, HPyType_IsSubtype(ctx, args[0], args[1]));
    }

    HPyDef_METH(substring, "substring", HPyFunc_O)
    static HPy substring_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return HPyUnicode_Substring(ctx, arg, 1, 3);
    }

    HPyDef_METH(call_kwnames, "call_kwnames", HPyFunc_VARARGS)
    static HPy call_kwnames_impl(HPyContext *ctx, HPy self, const HPy *args, size_t n)
    {
        return HPy_Call(ctx, args[0], args + 1, 0, args[1]);
    }

    typedef struct { int value; } DummyObject;
    HPyType_HELPERS(DummyObject, HPyType_BuiltinShape_Object)

    static HPyType_Spec Dummy_spec = {
        .name = "mytest.Dummy",
        .basicsize = sizeof(DummyObject),
        .builtin_shape = HPyType_BuiltinShape_Type,
    };

    HPyDef_METH(as_struct, "as_struct", HPyFunc_O)
    static HPy as_struct_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return HPyLong_FromLong(ctx, DummyObject_AsStruct(ctx, arg)->value);
    }

    HPyDef_SLOT(exec, HPy_mod_exec)
    static int exec_impl(HPyContext *ctx, HPy m)
    {
        HPy t = HPyType_FromSpec(ctx, &Dummy_spec, NULL);
        if (HPy_IsNull(t))
            return -1;
        int r = HPy_SetAttr_s(ctx, m, "Dummy", t);
        HPy_Close(ctx, t);
        return r;
    }

    @EXPORT(type_check)
    @EXPORT(get_name)
    @EXPORT(is_subtype)
    @EXPORT(substring)
    @EXPORT(call_kwnames)
    @EXPORT(as_struct)
    @EXPORT(exec)
    @INIT
"""

HINT = "(call hpy.debug.set_handle_stack_trace_limit(16) to record where handles are created)"


def argument(sig):
    return "created by an argument of an HPy function (HPyFunc_%s) called from Python" % sig


@pytest.fixture
def built(compiler):
    return compiler.compile_module(CHECKS)


def check_fatal(run, built, code, message, expected):
    r = run(built, code)
    assert r.returncode == -6, r.stderr
    lines = r.stderr.splitlines()
    start = lines.index("HPy debug mode: " + message)
    got = [re.sub(r"0x[0-9a-f]+", "0x?", l[4:]) for l in lines[start + 1:start + 1 + len(expected)]]
    assert got == expected
    assert "Fatal Python error: " + message in r.stderr


def test_type_check(run, built):
    check_fatal(run, built, "mod.type_check('hello', 2)", "HPy_TypeCheck arg 2 must be a type", [
        "in HPy_TypeCheck(), argument 'type' (2 of 2)",
        "handle 0x? to a 'int' object: 2",
        argument("VARARGS"),
        HINT,
    ])


def test_type_get_name(run, built):
    check_fatal(run, built, "mod.get_name('hello')", "HPyType_GetName arg must be a type", [
        "in HPyType_GetName(), argument 'type' (1 of 1)",
        "handle 0x? to a 'str' object: 'hello'",
        argument("O"),
    ])


def test_type_is_subtype(run, built):
    check_fatal(run, built, "mod.is_subtype(bool, 'hello')", "HPyType_IsSubtype arg 2 must be a type", [
        "in HPyType_IsSubtype(), argument 'type' (2 of 2)",
        "handle 0x? to a 'str' object: 'hello'",
    ])
    check_fatal(run, built, "mod.is_subtype('hello', str)", "HPyType_IsSubtype arg 1 must be a type", [
        "in HPyType_IsSubtype(), argument 'sub' (1 of 2)",
        "handle 0x? to a 'str' object: 'hello'",
    ])


def test_unicode_substring(run, built):
    check_fatal(run, built, "mod.substring(b'hello')",
                "HPyUnicode_Substring arg 1 must be a Unicode object", [
                    "in HPyUnicode_Substring(), argument 'str' (1 of 3)",
                    "handle 0x? to a 'bytes' object: b'hello'",
                ])


def test_call_kwnames(run, built):
    check_fatal(run, built, "mod.call_kwnames(print, ['end'])",
                "HPy_Call arg 'kwnames' must be a tuple object or HPy_NULL", [
                    "in HPy_Call(), argument 'kwnames' (4 of 4)",
                    "handle 0x? to a 'list' object: ['end']",
                ])


def test_as_struct_shape(run, built):
    check_fatal(run, built, "mod.as_struct(mod.Dummy())",
                "Invalid usage of _HPy_AsStruct_Object. Expected shape HPyType_BuiltinShape_Object "
                "but got HPyType_BuiltinShape_Type", [
                    "in _HPy_AsStruct_Object(), argument 'h' (1 of 1)",
                ])


def test_valid_arguments_pass(compiler):
    mod = compiler.make_module(CHECKS)
    assert mod.type_check("x", str) == 1
    assert mod.get_name(int) == "int"
    assert mod.is_subtype(bool, int) == 1
    assert mod.substring("hello") == "el"
    # The one keyword value is the kwnames tuple itself (args + 1).
    assert mod.call_kwnames(dict, ("a",)) == {"a": ("a",)}

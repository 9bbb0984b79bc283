"""HPy_Compile_s and HPy_EvalCode (crates/hpy-runtime/src/eval.rs)."""

import textwrap

import pytest

EVAL_MODULE = """
    /* compile(source, filename, kind); None passes NULL strings */
    HPyDef_METH(compile, "compile", HPyFunc_VARARGS)
    static HPy compile_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        const char *s[2] = {NULL, NULL};
        if (nargs != 3) {
            HPyErr_SetString(ctx, ctx->h_TypeError, "expected 3 arguments");
            return HPy_NULL;
        }
        for (int i = 0; i < 2; i++) {
            if (!HPy_Is(ctx, args[i], ctx->h_None)) {
                s[i] = HPyUnicode_AsUTF8AndSize(ctx, args[i], NULL);
                if (s[i] == NULL)
                    return HPy_NULL;
            }
        }
        long kind = HPyLong_AsLong(ctx, args[2]);
        if (kind == -1 && HPyErr_Occurred(ctx))
            return HPy_NULL;
        return HPy_Compile_s(ctx, s[0], s[1], (HPy_SourceKind)kind);
    }

    /* eval_code(code, globals, locals); None passes HPy_NULL */
    HPyDef_METH(eval_code, "eval_code", HPyFunc_VARARGS)
    static HPy eval_code_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        HPy a[3];
        if (nargs != 3) {
            HPyErr_SetString(ctx, ctx->h_TypeError, "expected 3 arguments");
            return HPy_NULL;
        }
        for (int i = 0; i < 3; i++)
            a[i] = HPy_Is(ctx, args[i], ctx->h_None) ? HPy_NULL : args[i];
        return HPy_EvalCode(ctx, a[0], a[1], a[2]);
    }

    HPyDef_METH(kinds, "kinds", HPyFunc_NOARGS)
    static HPy kinds_impl(HPyContext *ctx, HPy self)
    {
        HPy h[3] = {
            HPyLong_FromLong(ctx, HPy_SourceKind_Expr),
            HPyLong_FromLong(ctx, HPy_SourceKind_File),
            HPyLong_FromLong(ctx, HPy_SourceKind_Single),
        };
        HPy result = HPyTuple_FromArray(ctx, h, 3);
        for (int i = 0; i < 3; i++)
            HPy_Close(ctx, h[i]);
        return result;
    }

    @EXPORT(compile)
    @EXPORT(eval_code)
    @EXPORT(kinds)
    @INIT
"""

EXPR, FILE, SINGLE = 0, 1, 2


@pytest.fixture
def mod(compiler):
    return compiler.make_module(EVAL_MODULE)


def test_kinds(mod):
    assert mod.kinds() == (EXPR, FILE, SINGLE)


def test_compile_expr(mod):
    c = mod.compile("1 + 2", "hello0.py", EXPR)
    assert c.co_filename == "hello0.py"
    assert eval(c) == 3


def test_compile_file(mod):
    src = textwrap.dedent("""
        a = 1
        b = 2
        def add(x, y):
            return x + y
        res = add(a, b)
    """)
    c = mod.compile(src, "hello1.py", FILE)
    loc = {}
    assert eval(c, {}, loc) is None
    assert loc["a"] == 1 and loc["b"] == 2 and loc["res"] == 3


def test_compile_single(mod):
    c = mod.compile("x = 1 + 2", "hello2.py", SINGLE)
    loc = {}
    assert eval(c, {}, loc) is None
    assert loc["x"] == 3


def test_compile_errors(mod):
    with pytest.raises(SyntaxError):
        mod.compile("1 +.", "hello.c", EXPR)
    # an expression source must be one expression
    with pytest.raises(SyntaxError):
        mod.compile("x = 1", "hello.c", EXPR)
    with pytest.raises(SystemError, match="^invalid source kind$"):
        mod.compile("1+2", "hello.c", 777)
    with pytest.raises(SystemError, match="^invalid source kind$"):
        mod.compile("1+2", "hello.c", -1)
    with pytest.raises(SystemError, match="must not be NULL"):
        mod.compile(None, "hello.c", EXPR)
    with pytest.raises(SystemError, match="must not be NULL"):
        mod.compile("1+2", None, EXPR)


def test_eval_code(mod):
    c0 = compile("a + b", "hello.py", "eval")
    assert mod.eval_code(c0, {}, dict(a=2, b=3)) == 5

    loc = dict(a=10, b=20)
    c1 = compile("x = a + b", "hello.py", "exec")
    assert mod.eval_code(c1, {}, loc) is None
    assert loc["x"] == 30


def test_eval_code_null_locals_means_globals(mod):
    glob = {"a": 1}
    assert mod.eval_code(compile("b = a + 1", "f", "exec"), glob, None) is None
    assert glob["b"] == 2


def test_eval_code_raises(mod):
    c = compile("raise ValueError('boom')", "hello.py", "exec")
    with pytest.raises(ValueError, match="boom"):
        mod.eval_code(c, dict(__builtins__=__builtins__), {})


def test_eval_code_bad_arguments(mod):
    c = compile("1", "f", "eval")
    with pytest.raises(TypeError, match="code must be a code object"):
        mod.eval_code("1 + 1", {}, {})
    with pytest.raises(TypeError, match="code must be a code object"):
        mod.eval_code(None, {}, {})
    with pytest.raises(TypeError, match="globals must be a dict"):
        mod.eval_code(c, [], {})
    with pytest.raises(TypeError, match="globals must be a dict"):
        mod.eval_code(c, None, {})

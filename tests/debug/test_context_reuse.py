"""A context is only valid inside the HPy call it was given to, and not
while that call is inside another API call (crates/hpy-debug/src/state.rs
`switch_in`, wrap.rs `enter`/`suspend`)."""

import pytest

KEEP = """
    #include <stdio.h>

    static HPyContext *keep;

    HPyDef_METH(save, "save", HPyFunc_NOARGS)
    static HPy save_impl(HPyContext *ctx, HPy self)
    {
        keep = ctx;
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_METH(use, "use", HPyFunc_NOARGS)
    static HPy use_impl(HPyContext *ctx, HPy self)
    {
        printf("using the kept context\\n");
        fflush(stdout);
        return HPy_Dup(keep, ctx->h_None);
    }

    HPyDef_METH(keep_and_call, "keep_and_call", HPyFunc_O)
    static HPy keep_and_call_impl(HPyContext *ctx, HPy self, HPy callback)
    {
        keep = ctx;
        return HPy_CallTupleDict(ctx, callback, HPy_NULL, HPy_NULL);
    }

    HPyDef_METH(call, "call", HPyFunc_O)
    static HPy call_impl(HPyContext *ctx, HPy self, HPy callback)
    {
        return HPy_CallTupleDict(ctx, callback, HPy_NULL, HPy_NULL);
    }

    @EXPORT(save)
    @EXPORT(use)
    @EXPORT(keep_and_call)
    @EXPORT(call)
    @INIT
"""


@pytest.fixture
def built(compiler):
    return compiler.compile_module(KEEP)


def check_wrong_context(r):
    assert r.returncode == -6, r.stderr
    lines = r.stderr.splitlines()
    assert lines[0] == "Error: Wrong HPy Context!"
    assert lines[1].startswith("    HPy_Dup() was called with context 0x")
    assert lines[1].endswith(", which is not valid here: a context is only valid in the HPy "
                             "function call it was passed to, and not while that call is inside "
                             "another API call (was it kept in a global or a struct?)")
    assert "Fatal Python error: HPy debug mode: wrong HPy context" in r.stderr
    assert r.stdout == "using the kept context\n"


def test_context_kept_after_its_call(run, built):
    check_wrong_context(run(built, "mod.save(); mod.use()"))


def test_context_of_a_call_in_progress(run, built):
    # keep_and_call is still running, but inside HPy_CallTupleDict.
    check_wrong_context(run(built, "mod.keep_and_call(mod.use)"))


def test_nested_calls_get_distinct_contexts(run, built):
    # Deeper than the ring of 16 contexts: each active call still has a
    # context of its own, so the kept one is never handed out again.
    code = ("import sys; sys.setrecursionlimit(10000)\n"
            "def down(n):\n"
            "    return mod.call(lambda: down(n - 1)) if n else mod.use()\n"
            "mod.keep_and_call(lambda: down(40))\n")
    check_wrong_context(run(built, code))


def test_valid_use_of_nested_contexts(compiler):
    mod = compiler.make_module(KEEP)
    assert mod.call(lambda: mod.call(lambda: 42)) == 42

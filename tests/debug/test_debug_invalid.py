"""Use of closed, stale or foreign handles: the exact report, then abort
(no hook) or the hook and going on (crates/hpy-debug: report.rs, wrap.rs,
manual.rs, trampoline.rs)."""

import re
import sys

import pytest

MISUSE = """
    HPyDef_METH(double_close, "double_close", HPyFunc_O)
    static HPy double_close_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy h = HPy_Dup(ctx, arg);
        HPy_Close(ctx, h);
        HPy_Close(ctx, h);
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_METH(use_after_close, "use_after_close", HPyFunc_O)
    static HPy use_after_close_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy h = HPy_Dup(ctx, arg);
        HPy_Close(ctx, h);
        return HPy_Repr(ctx, h);
    }

    HPyDef_METH(close_arg, "close_arg", HPyFunc_O)
    static HPy close_arg_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy_Close(ctx, arg);
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_METH(return_arg, "return_arg", HPyFunc_O)
    static HPy return_arg_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return arg;
    }

    HPyDef_METH(return_none, "return_none", HPyFunc_NOARGS)
    static HPy return_none_impl(HPyContext *ctx, HPy self)
    {
        return ctx->h_None;
    }

    HPyDef_METH(close_true, "close_true", HPyFunc_NOARGS)
    static HPy close_true_impl(HPyContext *ctx, HPy self)
    {
        HPy_Close(ctx, ctx->h_True);
        return HPy_Dup(ctx, ctx->h_False);
    }

    HPyDef_METH(garbage, "garbage", HPyFunc_NOARGS)
    static HPy garbage_impl(HPyContext *ctx, HPy self)
    {
        HPy bad = { 12345 };
        return HPy_Repr(ctx, bad);
    }

    /* Use a handle after its entry went to a newer handle. */
    HPyDef_METH(stale, "stale", HPyFunc_O)
    static HPy stale_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy h = HPy_Dup(ctx, arg);
        HPy_Close(ctx, h);
        HPy newer = HPyLong_FromLong(ctx, 1);
        HPy r = HPy_Repr(ctx, h);
        HPy_Close(ctx, newer);
        return r;
    }

    @EXPORT(double_close)
    @EXPORT(use_after_close)
    @EXPORT(close_arg)
    @EXPORT(return_arg)
    @EXPORT(return_none)
    @EXPORT(close_true)
    @EXPORT(garbage)
    @EXPORT(stale)
    @INIT
"""

HINT = "(call hpy.debug.set_handle_stack_trace_limit(16) to record where handles are created)"
ARGUMENT = "an argument of an HPy function (HPyFunc_O) called from Python"


def report(stderr):
    """The debug-mode report in `stderr`, addresses replaced by `0x?`."""
    lines = stderr.splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("HPy debug mode: "))
    block = [lines[start]]
    for l in lines[start + 1:]:
        if not l.startswith("    "):
            break
        block.append(l[4:])
    return [re.sub(r"0x[0-9a-f]+", "0x?", l) for l in block]


@pytest.fixture
def built(compiler):
    return compiler.compile_module(MISUSE)


def check_abort(run, built, code, expected):
    r = run(built, code)
    assert r.returncode == -6, r.stderr
    assert report(r.stderr) == ["HPy debug mode: Invalid usage of already closed handle"] + expected
    assert "Fatal Python error: Invalid usage of already closed handle" in r.stderr


def test_double_close(run, built):
    check_abort(run, built, "mod.double_close('x')", [
        "in HPy_Close(), argument 'h' (1 of 1)",
        "handle 0x? is closed: closed by HPy_Close; it referred to a 'str' object",
        "created by HPy_Dup",
        HINT,
    ])


def test_use_after_close(run, built):
    check_abort(run, built, "mod.use_after_close('x')", [
        "in HPy_Repr(), argument 'obj' (1 of 1)",
        "handle 0x? is closed: closed by HPy_Close; it referred to a 'str' object",
        "created by HPy_Dup",
        HINT,
    ])


def test_closed_handle_of_a_python_class(run, built):
    check_abort(run, built, "class Foo: pass\nmod.use_after_close(Foo())", [
        "in HPy_Repr(), argument 'obj' (1 of 1)",
        "handle 0x? is closed: closed by HPy_Close; it referred to a 'Foo' object",
        "created by HPy_Dup",
        HINT,
    ])


def test_closing_an_argument(run, built):
    check_abort(run, built, "mod.close_arg('x')", [
        "when the HPy function at mytest.hpy0.so+0x? (HPyFunc_O) returned",
        "its argument 'arg' was closed by the function; arguments are closed for the function "
        "when it returns, so it must not close them (use HPy_Dup to keep one)",
        "handle 0x? is closed: closed by HPy_Close; it referred to a 'str' object",
        "created by " + ARGUMENT,
        HINT,
    ])


def test_returning_an_argument(run, built):
    check_abort(run, built, "mod.return_arg('x')", [
        "when the HPy function at mytest.hpy0.so+0x? (HPyFunc_O) returned",
        "it returned one of its arguments without HPy_Dup",
        "handle 0x? is closed: closed by debug mode, when the HPy function it was passed to "
        "returned; it referred to a 'str' object",
        "created by " + ARGUMENT,
        HINT,
    ])


def test_returning_a_context_constant(run, built):
    check_abort(run, built, "mod.return_none()", [
        "when the HPy function at mytest.hpy0.so+0x? (HPyFunc_NOARGS) returned",
        "it returned a context constant (ctx->h_None, ...) without HPy_Dup",
        "handle 0x? to a 'NoneType' object: None",
        "created by the context constant ctx->h_None",
    ])


def test_closing_a_context_constant(run, built):
    check_abort(run, built, "mod.close_true()", [
        "in HPy_Close(), argument 'h' (1 of 1)",
        "context constants (ctx->h_None, ...) must never be closed",
        "handle 0x? to a 'bool' object: True",
        "created by the context constant ctx->h_True",
    ])


def test_foreign_value(run, built):
    check_abort(run, built, "mod.garbage()", [
        "in HPy_Repr(), argument 'obj' (1 of 1)",
        "value 0x? is not a handle of the HPy debug context (a handle of another context, "
        "an uninitialized variable, or memory corruption?)",
    ])


def test_use_after_close_beyond_the_closed_queue(run, built):
    # With no closed queue the entry retires at once (get_closed_handles()
    # does not list it), but until a new handle takes it, a use is still
    # reported as the use of a closed handle, with who closed it.
    check_abort(run, built,
                "from hpy.universal import _debug\n"
                "_debug.set_closed_handles_queue_max_size(0)\n"
                "mod.use_after_close('x')", [
                    "in HPy_Repr(), argument 'obj' (1 of 1)",
                    "handle 0x? is closed: closed by HPy_Close; it referred to a 'str' object",
                    "created by HPy_Dup",
                    HINT,
                ])


def test_stale_handle(run, built):
    # With no closed queue the entry is free at once and the next handle
    # takes it; the old handle's tag no longer matches.
    check_abort(run, built,
                "from hpy.universal import _debug\n"
                "_debug.set_closed_handles_queue_max_size(0)\n"
                "mod.stale('x')", [
                    "in HPy_Repr(), argument 'obj' (1 of 1)",
                    "handle 0x? was closed, and its slot in the handle table has since been "
                    "reused for another handle",
                ])


def test_stack_trace_in_report(run, built):
    r = run(built, "import hpy.debug\n"
                   "hpy.debug.set_handle_stack_trace_limit(4)\n"
                   "mod.use_after_close('x')")
    lines = report(r.stderr)
    assert lines[3:5] == ["created by HPy_Dup", "created at (C stack, innermost first):"]
    assert lines[5].startswith("    ") and "mytest.hpy0.so" in lines[5]


def test_hook_lets_the_program_go_on(compiler, capture, capfd):
    mod = compiler.make_module(MISUSE)
    obj = object()
    refs = sys.getrefcount(obj)
    mod.double_close(obj)
    assert capture.invalid_handles == 1
    err = capfd.readouterr().err
    assert "HPy debug mode: Invalid usage of already closed handle" in err
    assert "Fatal Python error" not in err
    # Debug mode does not close the universal handle a second time...
    assert sys.getrefcount(obj) == refs
    # ...nor the argument the function closed...
    mod.close_arg(obj)
    assert capture.invalid_handles == 2
    assert sys.getrefcount(obj) == refs
    # ...and gives CPython its own reference to an argument returned as is.
    assert mod.return_arg(obj) is obj
    assert capture.invalid_handles == 3
    assert sys.getrefcount(obj) == refs
    assert mod.return_none() is None
    assert capture.invalid_handles == 4


def test_hook_that_raises(compiler, monkeypatch):
    """The hook's exception is reported as unraisable; the call goes on."""
    from hpy.universal import _debug
    mod = compiler.make_module(MISUSE)
    seen = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: seen.append(u.exc_value))

    def hook():
        raise RuntimeError("from the hook")

    _debug.set_on_invalid_handle(hook)
    try:
        assert mod.double_close("x") is None
    finally:
        _debug.set_on_invalid_handle(None)
    assert [str(e) for e in seen] == ["from the hook"]

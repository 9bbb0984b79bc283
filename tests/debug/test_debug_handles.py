"""The handle table as Python sees it: generations, open and closed handles,
DebugHandle, the closed-handles queue, LeakDetector (crates/hpy-debug:
table.rs, state.rs; crates/hpy-universal/src/debug_api.rs)."""

import pytest

LEAK = """
    HPyDef_METH(leak, "leak", HPyFunc_O)
    static HPy leak_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy_Dup(ctx, arg); /* never closed */
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_METH(f, "f", HPyFunc_O)
    static HPy f_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_METH(name, "name", HPyFunc_NOARGS)
    static HPy name_impl(HPyContext *ctx, HPy self)
    {
        return HPyUnicode_FromString(ctx, ctx->name);
    }

    @EXPORT(leak)
    @EXPORT(f)
    @EXPORT(name)
    @INIT
"""


@pytest.fixture
def mod(compiler):
    return compiler.make_module(LEAK)


@pytest.fixture
def debug():
    from hpy.universal import _debug
    size = _debug.get_closed_handles_queue_max_size()
    yield _debug
    _debug.set_closed_handles_queue_max_size(size)


def close_all(handles):
    for h in handles:
        h._force_close()


def test_context_name(mod):
    assert mod.name().startswith("HPy Debug Mode ABI")


def test_open_handles_by_generation(mod, debug):
    gen1 = debug.new_generation()
    mod.leak("hello")
    mod.leak("world")
    gen2 = debug.new_generation()
    assert gen2 == gen1 + 1
    mod.leak("younger")
    assert [h.obj for h in debug.get_open_handles(gen1)] == ["hello", "world", "younger"]
    assert [h.obj for h in debug.get_open_handles(gen2)] == ["younger"]
    close_all(debug.get_open_handles(gen1))
    assert debug.get_open_handles(gen1) == []


def test_a_call_opens_and_closes_three_handles(mod, debug):
    # self, the argument and the result, as upstream counts them.
    debug.set_closed_handles_queue_max_size(10**6)
    gen = debug.new_generation()
    mod.f("x")
    closed = debug.get_closed_handles(gen)
    assert len(closed) == 3
    assert [h.created_by for h in closed] == [
        "an argument of an HPy function (HPyFunc_O) called from Python",
        "an argument of an HPy function (HPyFunc_O) called from Python",
        "HPy_Dup",
    ]
    assert debug.get_open_handles(gen) == []


def test_debug_handle_identity(mod, debug):
    gen = debug.new_generation()
    mod.leak("a")
    mod.leak("a")
    a1, a2 = debug.get_open_handles(gen)
    b1, b2 = debug.get_open_handles(gen)
    assert a1 is not b1 and a1 == b1 and a1.id == b1.id and hash(a1) == hash(b1)
    assert a1 != a2 and a1.id != a2.id
    assert not (a1 == "a") and a1 != "a"
    for op in ("<", "<=", ">", ">="):
        with pytest.raises(TypeError):
            eval("a1 %s a2" % op)
    close_all([a1, a2])


def test_debug_handle_repr_and_close(mod, debug):
    gen = debug.new_generation()
    mod.leak("hello")
    h, = debug.get_open_handles(gen)
    assert repr(h).startswith("<DebugHandle 0x%x for 'hello'>\nCreated by HPy_Dup\n" % h.id)
    assert not h.is_closed and h.raw_data_size == -1
    h._force_close()
    assert h.is_closed and h.obj is None
    assert h in debug.get_closed_handles()
    assert repr(h).startswith("<DebugHandle 0x%x CLOSED>" % h.id)


def test_closed_queue_is_bounded(mod, debug):
    n = len(debug.get_closed_handles())
    debug.set_closed_handles_queue_max_size(n + 7)
    assert debug.get_closed_handles_queue_max_size() == n + 7
    mod.f("a")
    assert len(debug.get_closed_handles()) == n + 3
    mod.f("b")
    assert len(debug.get_closed_handles()) == n + 6
    mod.f("c")
    assert len(debug.get_closed_handles()) == n + 7
    mod.f("d")
    assert len(debug.get_closed_handles()) == n + 7


def test_full_queue_reuses_oldest_closed_entry(mod, debug):
    gen = debug.new_generation()
    mod.f("x")
    mod.f("y")
    debug.set_closed_handles_queue_max_size(1)
    oldest = debug.get_closed_handles()
    # leak() opens self, arg, the leaked dup, the result: the dup takes
    # the entry of the third oldest closed handle.
    mod.leak("foo")
    assert not oldest[2].is_closed and oldest[2].obj == "foo"
    close_all(debug.get_open_handles(gen))


def test_closed_handles_hold_no_references(mod, debug):
    import sys

    class C:
        pass

    refs = sys.getrefcount(C)
    gen = debug.new_generation()
    mod.f(C())
    mod.leak(C())
    close_all(debug.get_open_handles(gen))
    # The closed handles still remember C's name, without keeping C alive.
    assert sys.getrefcount(C) == refs


def test_close_drops_exactly_one_reference(compiler, debug):
    # Closing a handle whose object has other references takes a shorter
    # path in debug mode (nothing can be deallocated) than closing the last
    # reference, which may run __del__ (and HPy code inside it).
    import sys
    from test_handle import SOURCE
    m = compiler.make_module(SOURCE)
    obj = object()
    refs = sys.getrefcount(obj)
    gen = debug.new_generation()
    m.dup_close(obj, 16)
    assert sys.getrefcount(obj) == refs
    assert len([h for h in debug.get_closed_handles(gen) if h.is_closed]) >= 16

    deleted = []

    class D:
        def __del__(self):
            deleted.append(m.dup(1))
    m.make_and_close(D)
    assert deleted == [1]


def test_smaller_queue_drains_as_handles_are_reused(mod, debug):
    mod.f("x")
    mod.f("y")
    n = len(debug.get_closed_handles())
    # Like upstream, a smaller size applies as handles open and close: each
    # open reuses the oldest closed entry, each close drops one more.
    debug.set_closed_handles_queue_max_size(0)
    mod.f("z")
    assert len(debug.get_closed_handles()) == n - 3


def test_set_hooks_rejects_non_callables(debug):
    with pytest.raises(TypeError):
        debug.set_on_invalid_handle(42)
    with pytest.raises(TypeError):
        debug.set_on_invalid_builder_handle("nope")
    debug.set_on_invalid_handle(None)


def test_leak_detector(mod):
    from hpy.debug import HPyLeakError, LeakDetector
    with LeakDetector():
        mod.f("no leak")
    with pytest.raises(HPyLeakError) as exc:
        with LeakDetector():
            mod.leak("foo")
            mod.leak("bar")
    msg = str(exc.value)
    assert msg.startswith("2 unclosed handles:\n  2 created by HPy_Dup:\n    <DebugHandle 0x")
    assert "'foo'" in msg and "'bar'" in msg
    close_all(exc.value.leaks)
    ld = LeakDetector()
    with pytest.raises(ValueError):
        ld.stop()
    ld.start()
    with pytest.raises(ValueError):
        ld.start()
    ld.stop()


def test_stack_traces(mod, debug):
    import hpy.debug
    hpy.debug.set_handle_stack_trace_limit(8)
    try:
        gen = debug.new_generation()
        mod.leak("traced")
    finally:
        hpy.debug.disable_handle_stack_traces()
    h, = debug.get_open_handles(gen)
    text = repr(h)
    assert "Allocation stacktrace:\n" in text
    # The innermost frame is the extension's call of HPy_Dup, not debug mode.
    first = text.split("Allocation stacktrace:\n")[1].splitlines()[0]
    assert "mytest" in first
    h._force_close()
    mod.leak("untraced")
    h, = debug.get_open_handles(gen)
    assert "set_handle_stack_trace_limit" in repr(h)
    h._force_close()


def test_pytest_plugin_fails_leaking_tests(tmp_path, compiler):
    """`-p hpy.debug.pytest` turns a leak into a test failure."""
    import subprocess
    import sys
    built = compiler.compile_module(LEAK)
    (tmp_path / "test_plugin.py").write_text(
        "import importlib.machinery, hpy.universal, pytest\n"
        "spec = importlib.machinery.ModuleSpec('mytest', None, origin=%r)\n"
        "mod = hpy.universal.load('mytest', %r, spec, mode=hpy.universal.MODE_DEBUG)\n"
        "def test_clean():\n    mod.f(1)\n"
        "def test_leaks():\n    mod.leak(2)\n"
        "@pytest.mark.hpy_debug_allow_leaks\n"
        "def test_allowed():\n    mod.leak(3)\n"
        % (str(built.path), str(built.path)))
    r = subprocess.run([sys.executable, "-m", "pytest", "-p", "hpy.debug.pytest", "-q",
                        "-p", "no:cacheprovider", str(tmp_path / "test_plugin.py")],
                       capture_output=True, text=True, cwd=tmp_path)
    assert "1 failed, 2 passed" in r.stdout, r.stdout + r.stderr
    assert "HPyLeakError: 1 unclosed handle:" in r.stdout

"""What HPyLeakError says: leaks grouped by creation site, most first, and
short however many handles leaked (python/hpy/debug/leakdetector.py;
DebugHandle.creation_site: crates/hpy-debug/src/report.rs, symbols.rs)."""

import re

import pytest

LEAKS = """
    HPyDef_METH(leak_many, "leak_many", HPyFunc_O)
    static HPy leak_many_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        long n = HPyLong_AsLong(ctx, arg);
        for (long i = 0; i < n; i++)
            HPyLong_FromLong(ctx, i); /* never closed */
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_METH(leak, "leak", HPyFunc_O)
    static HPy leak_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy_Dup(ctx, arg); /* never closed */
        return HPy_Dup(ctx, ctx->h_None);
    }

    /* Twelve call sites, each leaking one handle. */
    #define LEAK_ONE HPy_Dup(ctx, arg);
    HPyDef_METH(leak_twelve_sites, "leak_twelve_sites", HPyFunc_O)
    static HPy leak_twelve_sites_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        LEAK_ONE LEAK_ONE LEAK_ONE LEAK_ONE LEAK_ONE LEAK_ONE
        LEAK_ONE LEAK_ONE LEAK_ONE LEAK_ONE LEAK_ONE LEAK_ONE
        return HPy_Dup(ctx, ctx->h_None);
    }

    @EXPORT(leak_many)
    @EXPORT(leak)
    @EXPORT(leak_twelve_sites)
    @INIT
"""

HINT = "(call hpy.debug.set_handle_stack_trace_limit(16) to see which functions created them)"


@pytest.fixture
def mod(compiler):
    return compiler.make_module(LEAKS)


@pytest.fixture
def traces():
    """Stack traces on (`limit` frames) for the test."""
    import hpy.debug

    def on(limit):
        hpy.debug.set_handle_stack_trace_limit(limit)
    yield on
    hpy.debug.disable_handle_stack_traces()


def caught(f):
    """The HPyLeakError that f() causes; the leaked handles are closed."""
    from hpy.debug import HPyLeakError, LeakDetector
    with pytest.raises(HPyLeakError) as exc:
        with LeakDetector():
            f()
    err = exc.value
    text = str(err)
    for h in err.leaks:
        h._force_close()
    return err, text


def example(h, obj):
    return "    <DebugHandle %#x for %s>" % (h.id, obj)


def site_re(api, function):
    return r"%s in %s \(mytest\.hpy0\.so\+0x[0-9a-f]+\)" % (api, function)


def test_thousands_of_leaks_in_two_groups(mod):
    def f():
        mod.leak_many(2000)
        for s in ("a", "b", "c"):
            mod.leak(s)
    err, text = caught(f)
    assert len(err.leaks) == 2003
    many, dups = err.leaks[:2000], err.leaks[2000:]
    assert text.splitlines() == (
        ["2003 unclosed handles:",
         "  2000 created by HPyLong_FromInt64_t:"]
        + [example(h, i) for i, h in enumerate(many[:10])]
        + ["    ... and 1990 more",
           "  3 created by HPy_Dup:"]
        + [example(h, repr(s)) for h, s in zip(dups, "abc")]
        + [HINT])


def test_the_biggest_group_comes_first_then_the_oldest(mod):
    def f():
        mod.leak("x")
        mod.leak_many(2)
        mod.leak_many(1)
        mod.leak("y")
        mod.leak("z")
    _, text = caught(f)
    groups = [line for line in text.splitlines() if line.startswith("  ") and not line.startswith("    ")]
    assert groups == ["  3 created by HPy_Dup:", "  3 created by HPyLong_FromInt64_t:"]

    def g():
        mod.leak_many(1)
        mod.leak("x")
    _, text = caught(g)
    groups = [line for line in text.splitlines() if line.startswith("  ") and not line.startswith("    ")]
    assert groups == ["  1 created by HPyLong_FromInt64_t:", "  1 created by HPy_Dup:"]


def test_groups_by_site_with_stack_traces(mod, traces):
    traces(3)

    def f():
        mod.leak_many(2000)
        for s in ("a", "b", "c"):
            mod.leak(s)
    err, text = caught(f)
    lines = text.splitlines()
    many, dups = err.leaks[:2000], err.leaks[2000:]
    # Each group: the header, 10 examples, "... and 1990 more", the trace
    # of its first handle; then the second group; no hint.
    assert lines[0] == "2003 unclosed handles:"
    # The inline HPyLong_FromLong and HPyLong_FromInt64_t of the API are
    # passed over: the site is the extension's function.
    assert re.fullmatch("  2000 created by %s:" % site_re("HPyLong_FromInt64_t", "leak_many_impl"), lines[1])
    assert lines[2:12] == [example(h, i) for i, h in enumerate(many[:10])]
    assert lines[12:14] == ["    ... and 1990 more", "    Allocation stacktrace:"]
    assert all(line.startswith("      ") for line in lines[14:17])
    # Static functions are named in the trace too.
    assert "mytest.hpy0.so(leak_many_impl+0x" in "\n".join(lines[14:17])
    assert re.fullmatch("  3 created by %s:" % site_re("HPy_Dup", "leak_impl"), lines[17])
    assert lines[18:21] == [example(h, repr(s)) for h, s in zip(dups, "abc")]
    assert lines[21] == "    Allocation stacktrace:"
    assert len(lines) == 25
    assert HINT not in text


def test_many_sites_are_cut_short(mod, traces):
    # Two frames: the inline HPy_Dup (the module is built with -O0) and
    # the extension's function.
    traces(2)
    err, text = caught(lambda: mod.leak_twelve_sites("s"))
    lines = text.splitlines()
    assert lines[0] == "12 unclosed handles:"
    # Ten sites (one handle each, in creation order), then the rest counted.
    for k in range(10):
        header, ex, trace_title, inner, outer = lines[1 + 5 * k: 6 + 5 * k]
        assert re.fullmatch("  1 created by %s:" % site_re("HPy_Dup", "leak_twelve_sites_impl"), header)
        assert ex == example(err.leaks[k], "'s'")
        assert trace_title == "    Allocation stacktrace:"
        assert "mytest.hpy0.so(HPy_Dup+0x" in inner
        assert "mytest.hpy0.so(leak_twelve_sites_impl+0x" in outer
    assert lines[51:] == ["  ... and 2 more sites (2 handles)"]
    assert len({h.creation_site for h in err.leaks}) == 12


def test_single_leak_names_its_site(mod, traces):
    err, text = caught(lambda: mod.leak("only"))
    h, = err.leaks
    assert text == "\n".join([
        "1 unclosed handle:",
        "  1 created by HPy_Dup:",
        example(h, "'only'"),
        HINT,
    ])
    traces(16)
    err, text = caught(lambda: mod.leak("only"))
    h, = err.leaks
    lines = text.splitlines()
    assert lines[0] == "1 unclosed handle:"
    assert re.fullmatch("  1 created by %s:" % site_re("HPy_Dup", "leak_impl"), lines[1])
    assert lines[2:4] == [example(h, "'only'"), "    Allocation stacktrace:"]
    assert "mytest.hpy0.so(leak_impl+0x" in text


def test_creation_site_attribute(mod, traces):
    from hpy.universal import _debug
    gen = _debug.new_generation()
    mod.leak("a")
    h, = _debug.get_open_handles(gen)
    assert h.creation_site == h.created_by == "HPy_Dup"
    traces(4)
    mod.leak("b")
    mod.leak("c")
    _, b, c = _debug.get_open_handles(gen)
    assert re.fullmatch(site_re("HPy_Dup", "leak_impl"), b.creation_site)
    assert b.creation_site == c.creation_site
    for x in (h, b, c):
        x._force_close()


def test_long_reprs_are_cut(mod):
    err, text = caught(lambda: mod.leak("x" * 10000))
    line = text.splitlines()[2]
    assert line.startswith("    <DebugHandle %#x for 'xxxx" % err.leaks[0].id)
    assert line.endswith("...>") and len(line) == 4 + 200

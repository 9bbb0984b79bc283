"""Trace mode (crates/hpy-trace, hpy.universal._trace, hpy.trace): exact call
counts for a known call sequence, durations, hooks, and the report."""

import collections
import subprocess
import sys
import textwrap

import pytest

from harness import ALL_ABIS, ExtensionCompiler

SOURCE = """
    HPyDef_METH(add, "add", HPyFunc_VARARGS)
    static HPy add_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        if (nargs != 2) {
            HPyErr_SetString(ctx, ctx->h_TypeError, "add() takes 2 arguments");
            return HPy_NULL;
        }
        return HPy_Add(ctx, args[0], args[1]);
    }

    HPyDef_METH(call, "call", HPyFunc_O)
    static HPy call_impl(HPyContext *ctx, HPy self, HPy f)
    {
        if (!HPyCallable_Check(ctx, f)) {
            HPyErr_SetString(ctx, ctx->h_TypeError, "not callable");
            return HPy_NULL;
        }
        return HPy_CallTupleDict(ctx, f, HPy_NULL, HPy_NULL);
    }

    HPyDef_METH(name, "name", HPyFunc_NOARGS)
    static HPy name_impl(HPyContext *ctx, HPy self)
    {
        HPy a = HPyUnicode_FromString(ctx, ctx->name);
        HPy b = HPy_Dup(ctx, a);
        HPy_Close(ctx, a);
        return b;
    }

    @EXPORT(add)
    @EXPORT(call)
    @EXPORT(name)
    @INIT
"""


@pytest.fixture
def mod(tmp_path, helper_cache):
    return ExtensionCompiler(tmp_path, ALL_ABIS["trace"], helper_cache).make_module(SOURCE)


def counts():
    from hpy.trace import get_call_counts
    return collections.Counter(get_call_counts())


def test_context_name(mod):
    assert mod.name().startswith("HPy Trace Mode ABI")


def test_exact_counts_for_a_known_sequence(mod):
    before = counts()
    assert mod.add(1, 2) == 3
    assert mod.add("a", "b") == "ab"
    with pytest.raises(TypeError):
        mod.add(1)
    mod.name()
    assert counts() - before == {
        "ctx_Add": 2,
        "ctx_Err_SetString": 1,
        "ctx_Unicode_FromString": 1,
        "ctx_Dup": 1,
        "ctx_Close": 1,
    }


def test_trampoline_calls_are_not_counted(mod):
    mod.add(1, 2)
    assert "ctx_CallRealFunctionFromTrampoline" not in counts()


def test_every_function_is_reported():
    from hpy.trace import get_call_counts, get_durations
    c, d = get_call_counts(), get_durations()
    assert set(c) == set(d)
    assert "ctx_Add" in c and "ctx_Type_FromSpec" in c
    assert all(name.startswith("ctx_") for name in c)


def test_durations_are_nanoseconds(mod):
    import time
    from hpy.trace import get_durations
    before = get_durations()
    start = time.monotonic()
    assert mod.call(lambda: time.sleep(0.05) or 7) == 7
    real_ns = (time.monotonic() - start) * 1e9
    after = get_durations()
    grown = {k for k in after if after[k] != before[k]}
    assert grown <= {"ctx_CallTupleDict", "ctx_Callable_Check"}
    spent = after["ctx_CallTupleDict"] - before["ctx_CallTupleDict"]
    # Sane bounds, never a tight timing assertion: the sleep is inside the
    # call, and the call is inside what Python measured around it.
    assert 45e6 <= spent < 5e9
    assert spent <= real_ns * 1.05 + 1e6


def test_durations_are_stable_and_non_decreasing(mod):
    import time
    from hpy.trace import get_durations
    first = get_durations()
    assert all(isinstance(v, int) and v >= 0 for v in first.values())
    # Reading twice with no API call in between changes nothing (the ticks
    # to nanoseconds ratio is measured once and kept).
    assert get_durations() == first
    last = first
    for i in range(20):
        mod.add(i, 1)
        mod.name()
        if i % 5 == 0:
            mod.call(lambda: time.sleep(0.001))
        now = get_durations()
        assert all(now[k] >= last[k] for k in last), \
            {k: (last[k], now[k]) for k in last if now[k] < last[k]}
        last = now
    assert last["ctx_Add"] > first["ctx_Add"]
    assert last["ctx_CallTupleDict"] - first["ctx_CallTupleDict"] >= 4 * 0.9e6


def test_frequency_is_nanoseconds():
    from hpy.trace import get_frequency
    assert get_frequency() == 1_000_000_000


def test_hooks(mod):
    from hpy.trace import set_trace_functions
    entered, exited = [], []
    try:
        set_trace_functions(entered.append)
        mod.add(1, 2)
        assert entered == ["ctx_Add"] and exited == []
        set_trace_functions(on_exit=exited.append)      # on_enter stays
        mod.add(1, 2)
        assert entered == ["ctx_Add"] * 2 and exited == ["ctx_Add"]
        set_trace_functions(on_enter=None)              # cleared
        mod.add(1, 2)
        assert entered == ["ctx_Add"] * 2 and exited == ["ctx_Add"] * 2
    finally:
        set_trace_functions(None, None)


def test_hooks_keep_the_pending_exception(mod):
    from hpy.trace import set_trace_functions
    seen = []
    try:
        set_trace_functions(on_exit=seen.append)
        with pytest.raises(TypeError, match="add\\(\\) takes 2 arguments"):
            mod.add(1)
        assert seen == ["ctx_Err_SetString"]
    finally:
        set_trace_functions(None, None)


def test_a_failing_hook_is_reported_not_fatal(mod, monkeypatch):
    from hpy.trace import set_trace_functions
    reported = []
    monkeypatch.setattr(sys, "unraisablehook", reported.append)

    def boom(name):
        raise ZeroDivisionError("hook failed")
    try:
        set_trace_functions(on_enter=boom)
        assert mod.add(2, 3) == 5
    finally:
        set_trace_functions(None, None)
    assert len(reported) == 1
    assert isinstance(reported[0].exc_value, ZeroDivisionError)
    assert reported[0].object is boom


@pytest.mark.parametrize("args, kwargs, message", [
    ((1,), {}, "on_enter must be callable or None, not int"),
    ((None, "x"), {}, "on_exit must be callable or None, not str"),
    ((None, None, None), {}, "at most 2 positional arguments"),
    ((), {"on_start": None}, "unexpected keyword argument 'on_start'"),
    ((None,), {"on_enter": None}, "multiple values for argument 'on_enter'"),
])
def test_set_trace_functions_rejects_bad_arguments(args, kwargs, message):
    from hpy.trace import set_trace_functions
    with pytest.raises(TypeError, match=message):
        set_trace_functions(*args, **kwargs)


def test_report(mod, tmp_path):
    so = mod.__file__
    script = tmp_path / "work.py"
    script.write_text(textwrap.dedent("""
        import importlib.util, hpy.universal
        spec = importlib.util.spec_from_file_location("mytest", %r)
        m = hpy.universal.load("mytest", %r, spec, mode=hpy.universal.MODE_TRACE)
        for i in range(100):
            m.add(i, i)
    """ % (so, so)))
    proc = subprocess.run([sys.executable, "-m", "hpy.trace", "report", "--", str(script)],
                          capture_output=True, text=True, check=True)
    lines = proc.stderr.splitlines()
    assert any(l.startswith("HPy trace report for") for l in lines)
    add_row = [l for l in lines if l.startswith("ctx_Add ")]
    assert len(add_row) == 1 and add_row[0].split()[1] == "100"


def test_report_usage_errors(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "hpy.trace"], capture_output=True, text=True)
    assert proc.returncode == 2 and "usage:" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "hpy.trace", "report", "--", str(tmp_path / "nope.py")],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "no such script" in proc.stderr


# ---- sampled timing (crates/hpy-trace/src/sample.rs, docs/trace.md "Timing") ----

SAMPLING_SOURCE = """
    static HPy leaf_loop(HPyContext *ctx, HPy arg, int size_t_leaf)
    {
        long n = HPyLong_AsLong(ctx, arg);
        if (n == -1 && HPyErr_Occurred(ctx))
            return HPy_NULL;
        for (long i = 0; i < n; i++) {
            HPy h = size_t_leaf ? HPyLong_FromSize_t(ctx, (size_t)i)
                                : HPyLong_FromUInt32_t(ctx, (uint32_t)i);
            if (HPy_IsNull(h))
                return HPy_NULL;
            HPy_Close(ctx, h);
        }
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_METH(u32_leaf, "u32_leaf", HPyFunc_O)
    static HPy u32_leaf_impl(HPyContext *ctx, HPy self, HPy n)
    {
        return leaf_loop(ctx, n, 0);
    }

    HPyDef_METH(size_leaf, "size_leaf", HPyFunc_O)
    static HPy size_leaf_impl(HPyContext *ctx, HPy self, HPy n)
    {
        return leaf_loop(ctx, n, 1);
    }

    HPyDef_METH(call, "call", HPyFunc_O)
    static HPy call_impl(HPyContext *ctx, HPy self, HPy f)
    {
        return HPy_CallTupleDict(ctx, f, HPy_NULL, HPy_NULL);
    }

    HPyDef_METH(close_result, "close_result", HPyFunc_O)
    static HPy close_result_impl(HPyContext *ctx, HPy self, HPy f)
    {
        HPy h = HPy_CallTupleDict(ctx, f, HPy_NULL, HPy_NULL);
        if (HPy_IsNull(h))
            return HPy_NULL;
        HPy_Close(ctx, h);
        return HPy_Dup(ctx, ctx->h_None);
    }

    @EXPORT(u32_leaf)
    @EXPORT(size_leaf)
    @EXPORT(call)
    @EXPORT(close_result)
    @INIT
"""

MAX_PERIOD = 2**20


@pytest.fixture
def smod(tmp_path, helper_cache):
    return ExtensionCompiler(tmp_path, ALL_ABIS["trace"], helper_cache).make_module(SAMPLING_SOURCE)


@pytest.fixture
def period():
    """Restores the sample period after the test."""
    from hpy.trace import get_sample_period, set_sample_period
    old = get_sample_period()
    yield set_sample_period
    set_sample_period(old)


def durations():
    from hpy.trace import get_durations
    return get_durations()


def growth_per_call(f, name, calls):
    """Call f() `calls` times; how many calls grew the total of `name`.

    A timed call of a leaf function that takes a couple of nanoseconds
    can add under 1 ns (the two unfenced `rdtsc` may be a few cycles
    apart), which the conversion rounds away; so tests expect "at least
    90%" where every call is timed, against "at most one" where sampling
    with period 2**20 times about one call in a million."""
    grew, last = 0, durations()[name]
    for _ in range(calls):
        f()
        now = durations()[name]
        assert now >= last
        grew += now > last
        last = now
    return grew


def test_sample_period_round_trip(period):
    from hpy.trace import get_sample_period
    assert get_sample_period() == 16          # the default
    for n in (1, 2, 1000, MAX_PERIOD, 16):
        period(n)
        assert get_sample_period() == n


@pytest.mark.parametrize("value, exc, message", [
    (0, ValueError, r"the period must be from 1 to 1048576 \(2\*\*20\), not 0"),
    (-3, ValueError, r"the period must be from 1 to 1048576 \(2\*\*20\), not -3"),
    (MAX_PERIOD + 1, ValueError, r"the period must be from 1 to 1048576 \(2\*\*20\), not 1048577"),
    (2**70, ValueError, r"the period must be from 1 to 1048576"),
    (16.0, TypeError, "the period must be an int, not float"),
    ("16", TypeError, "the period must be an int, not str"),
    (True, TypeError, "the period must be an int, not bool"),
    (None, TypeError, "the period must be an int, not NoneType"),
])
def test_set_sample_period_rejects_bad_arguments(period, value, exc, message):
    from hpy.trace import get_sample_period
    period(7)
    with pytest.raises(exc, match="set_sample_period: " + message):
        period(value)
    assert get_sample_period() == 7           # unchanged


def test_first_256_calls_of_a_leaf_are_timed_exactly(smod, period):
    # Past its first 256 calls, a period of 2**20 would time almost no call
    # of HPyLong_FromSize_t; within them every call is timed.
    period(MAX_PERIOD)
    name = "ctx_Long_FromSize_t"
    before = counts()[name]
    assert before + 200 <= 256, "another test made %d calls of %s in trace mode" % (before, name)
    assert growth_per_call(lambda: smod.size_leaf(1), name, 200) >= 180
    assert counts()[name] == before + 200


def test_period_1_times_every_call(smod, period):
    name = "ctx_Long_FromUInt32_t"
    smod.u32_leaf(300)                        # past the exact phase
    assert counts()[name] >= 300
    period(1)
    assert growth_per_call(lambda: smod.u32_leaf(1), name, 100) >= 90


def test_leaf_calls_are_sampled_after_256_calls(smod, period):
    name = "ctx_Long_FromUInt32_t"
    smod.u32_leaf(300)
    period(MAX_PERIOD)
    before = counts()[name]
    # Each call is timed with probability 2**-20: more than one timed call
    # of 100 has a probability of about 5e-9 (and the sampler's seed is
    # fixed, so a run is reproducible).
    assert growth_per_call(lambda: smod.u32_leaf(1), name, 100) <= 1
    # Counts stay exact.
    assert counts()[name] == before + 100


@pytest.mark.parametrize("n", [16, MAX_PERIOD])
def test_calls_that_can_run_python_code_are_always_timed(smod, period, n):
    import time
    for _ in range(300):                      # past the exact phase
        smod.call(lambda: None)
    period(n)
    before = durations()["ctx_CallTupleDict"]
    smod.call(lambda: time.sleep(0.02))
    assert durations()["ctx_CallTupleDict"] - before >= 18e6
    # And every call adds its time, however short.
    assert growth_per_call(lambda: smod.call(lambda: None), "ctx_CallTupleDict", 50) >= 45


class SlowDel:
    def __del__(self):
        import time
        time.sleep(0.02)


def test_close_that_may_run_python_code_is_always_timed(smod, period):
    shared = object()
    for _ in range(300):                      # past the exact phase
        smod.close_result(lambda: shared)
    period(MAX_PERIOD)
    before = durations()["ctx_Close"]
    smod.close_result(SlowDel)                # the close runs __del__
    assert durations()["ctx_Close"] - before >= 18e6
    # An object with no other reference, of a type other than int and
    # float, is timed on every close too.
    assert growth_per_call(lambda: smod.close_result(list), "ctx_Close", 50) >= 45


@pytest.mark.parametrize("make", [
    lambda: int("12345678901234567890"),      # a new int: only the handle refers to it
    lambda: float("1.5"),                     # a new float
    lambda: SHARED,                           # other references keep it alive
], ids=["int", "float", "shared"])
def test_close_that_cannot_run_python_code_is_sampled(smod, period, make):
    for _ in range(300):
        smod.close_result(make)
    period(MAX_PERIOD)
    before = counts()["ctx_Close"]
    assert growth_per_call(lambda: smod.close_result(make), "ctx_Close", 100) <= 1
    assert counts()["ctx_Close"] == before + 100


SHARED = ["kept alive by this module"]

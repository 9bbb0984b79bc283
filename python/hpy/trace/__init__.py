"""Python side of the HPy trace mode: call counts, durations and hooks.

Trace mode is chosen when a universal module is loaded: ``HPY=trace`` (or
``HPY=mod:trace``) in the environment, or
``hpy.universal.load(..., mode=hpy.universal.MODE_TRACE)``. The functions
below forward to ``hpy.universal._trace``, which is imported on first use.
"""


def _trace_module():
    try:
        from hpy.universal import _trace
    except ImportError as e:
        raise ImportError(
            'hpy.trace needs the trace mode of the HPy runtime, but '
            'hpy.universal._trace cannot be imported: %s' % (e,)) from e
    return _trace


def get_call_counts():
    """Return ``{ctx function name: number of calls}``, e.g. 'ctx_Add'."""
    return _trace_module().get_call_counts()


def get_durations():
    """Return ``{ctx function name: total time spent in it}``."""
    return _trace_module().get_durations()


def set_trace_functions(*args, **kwargs):
    """set_trace_functions(on_enter=None, on_exit=None)

    Install callables that receive the ctx function name on entry and on
    exit. An argument left out keeps its hook, ``None`` removes it.
    """
    return _trace_module().set_trace_functions(*args, **kwargs)


def set_sample_period(n):
    """Time calls of the API functions that cannot run Python code (e.g.
    HPy_Dup, HPyLong_FromLong, HPy_Close of a shared object) with
    probability ``1/n`` once a function has made 256 calls, counting each
    timed call ``n`` times; ``n = 1`` times every call exactly. ``n`` is an
    int from 1 to 2**20; the default is 16 (or ``HPY_TRACE_SAMPLE_PERIOD``).
    Functions that can run Python code are always timed on every call, and
    call counts are always exact."""
    return _trace_module().set_sample_period(n)


def get_sample_period():
    """Return the sample period set by set_sample_period() (default 16)."""
    return _trace_module().get_sample_period()


def get_frequency():
    """Return the resolution of the clock behind get_durations(), in Hz."""
    trace = _trace_module()
    if not hasattr(trace, 'get_frequency'):
        raise RuntimeError('this HPy runtime does not report a trace '
                           'frequency')
    return trace.get_frequency()

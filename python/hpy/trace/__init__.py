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


def get_frequency():
    """Return the resolution of the clock behind get_durations(), in Hz."""
    trace = _trace_module()
    if not hasattr(trace, 'get_frequency'):
        raise RuntimeError('this HPy runtime does not report a trace '
                           'frequency')
    return trace.get_frequency()

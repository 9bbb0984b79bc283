"""Python side of the HPy debug mode (leak detection, stack traces).

Debug mode itself is chosen when a universal module is loaded: ``HPY=debug``
(or ``HPY=mod:debug``) in the environment, or
``hpy.universal.load(..., mode=hpy.universal.MODE_DEBUG)``.
"""

from .leakdetector import (
    HPyDebugError, HPyLeakError, LeakDetector, debug_module,
)

__all__ = ['HPyDebugError', 'HPyLeakError', 'LeakDetector',
           'disable_handle_stack_traces', 'set_handle_stack_trace_limit']


def set_handle_stack_trace_limit(limit):
    """Record up to ``limit`` frames of C stack where each handle is opened.

    The trace shows in the repr of leaked or misused handles. ``None``
    turns recording off.
    """
    debug_module().set_handle_stack_trace_limit(limit)


def disable_handle_stack_traces():
    """Stop recording where handles are opened."""
    debug_module().set_handle_stack_trace_limit(None)

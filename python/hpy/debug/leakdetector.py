"""Detect HPy handles that debug-mode modules opened and never closed."""


def debug_module():
    """``hpy.universal._debug``, imported on first use.

    Importing hpy.debug must not need the runtime: only using it does.
    """
    try:
        from hpy.universal import _debug
    except ImportError as e:
        raise ImportError(
            'hpy.debug needs the debug mode of the HPy runtime, but '
            'hpy.universal._debug cannot be imported: %s' % (e,)) from e
    return _debug


class HPyDebugError(Exception):
    """Base class of the errors that hpy.debug reports."""


class HPyLeakError(HPyDebugError):
    """Handles were still open when a LeakDetector stopped.

    ``leaks`` is the list of DebugHandle objects, oldest first.
    """

    def __init__(self, leaks):
        super().__init__(leaks)
        self.leaks = list(leaks)

    def __str__(self):
        n = len(self.leaks)
        lines = ['%d unclosed handle%s:' % (n, '' if n == 1 else 's')]
        lines.extend('    %r' % (handle,) for handle in self.leaks)
        return '\n'.join(lines)


class LeakDetector:
    """Fail if handles opened between start() and stop() are still open.

    Only modules loaded in debug mode (``HPY=debug`` or
    ``hpy.universal.load(..., mode=MODE_DEBUG)``) have their handles tracked.
    Use it as a context manager or call start() and stop().
    """

    def __init__(self):
        self.generation = None

    def start(self):
        if self.generation is not None:
            raise ValueError('LeakDetector already started')
        self.generation = debug_module().new_generation()

    def stop(self):
        """Stop watching; raise HPyLeakError if any handle is still open."""
        if self.generation is None:
            raise ValueError('LeakDetector not started yet')
        generation, self.generation = self.generation, None
        leaks = debug_module().get_open_handles(generation)
        if leaks:
            raise HPyLeakError(leaks)

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.stop()

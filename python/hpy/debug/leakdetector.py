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

    ``leaks`` is the list of DebugHandle objects, oldest first. ``str()``
    starts with ``N unclosed handle(s):``, then groups the handles by where
    they were created (``DebugHandle.creation_site``), the site with the
    most handles first: the count and the site, a few of the handles (all of
    them when there are few) and, when stack traces are on, the allocation
    stack trace of the first. However many handles leaked, the message
    stays short: at most ``MAX_SITES`` sites and ``MAX_EXAMPLES`` handles
    per site are shown.
    """

    MAX_SITES = 10
    MAX_EXAMPLES = 10
    #: Longer handle reprs are cut short.
    MAX_REPR = 200

    def __init__(self, leaks):
        super().__init__(leaks)
        self.leaks = list(leaks)
        self._message = None

    def __str__(self):
        # Computed once: the handles may be closed afterwards.
        if self._message is None:
            self._message = self._format()
        return self._message

    def _format(self):
        n = len(self.leaks)
        lines = ['%d unclosed handle%s:' % (n, '' if n == 1 else 's')]
        groups = {}
        for handle in self.leaks:
            groups.setdefault(handle.creation_site, []).append(handle)
        # Most handles first; sites with as many handles, oldest first
        # (sorted() is stable and dicts keep insertion order).
        ordered = sorted(groups.items(), key=lambda item: -len(item[1]))
        traced = False
        for site, handles in ordered[:self.MAX_SITES]:
            lines.append('  %d created by %s:' % (len(handles), site))
            for handle in handles[:self.MAX_EXAMPLES]:
                lines.append('    %s' % (_short_repr(handle, self.MAX_REPR),))
            if len(handles) > self.MAX_EXAMPLES:
                lines.append('    ... and %d more'
                             % (len(handles) - self.MAX_EXAMPLES,))
            trace = _trace(handles[0])
            if trace is not None:
                traced = True
                lines.append('    Allocation stacktrace:')
                lines.extend('      ' + line for line in trace)
        rest = ordered[self.MAX_SITES:]
        if rest:
            k = len(rest)
            m = sum(len(h) for _, h in rest)
            lines.append('  ... and %d more site%s (%d handle%s)' % (
                k, '' if k == 1 else 's', m, '' if m == 1 else 's'))
        if not traced:
            lines.append('(call hpy.debug.set_handle_stack_trace_limit(16) '
                         'to see which functions created them)')
        return '\n'.join(lines)


def _short_repr(handle, limit):
    """``<DebugHandle 0x... for 'foo'>``: the first line of the repr."""
    text = repr(handle).split('\n', 1)[0]
    if len(text) > limit:
        text = text[:limit - 4] + '...>'
    return text


def _trace(handle):
    """The lines of the handle's allocation stack trace, or None."""
    text = repr(handle)
    marker = '\nAllocation stacktrace:\n'
    if marker not in text:
        return None
    return text.split(marker, 1)[1].splitlines()


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

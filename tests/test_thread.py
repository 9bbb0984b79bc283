"""HPy_LeavePythonExecution / HPy_ReenterPythonExecution
(crates/hpy-runtime/src/thread.rs)."""

import threading
import time

import pytest

THREAD_MODULE = """
    #include <time.h>

    /* sleep_released(ms): sleep with the GIL released */
    HPyDef_METH(sleep_released, "sleep_released", HPyFunc_O)
    static HPy sleep_released_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        long ms = HPyLong_AsLong(ctx, arg);
        if (ms == -1 && HPyErr_Occurred(ctx))
            return HPy_NULL;
        struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
        HPyThreadState state = HPy_LeavePythonExecution(ctx);
        int had_state = state._i != 0;
        nanosleep(&ts, NULL);
        HPy_ReenterPythonExecution(ctx, state);
        return HPyBool_FromLong(ctx, had_state);
    }

    @EXPORT(sleep_released)
    @INIT
"""


@pytest.fixture
def mod(compiler):
    return compiler.make_module(THREAD_MODULE)


def test_other_threads_run_while_released(mod):
    times = []

    def worker():
        time.sleep(0.05)
        times.append(time.monotonic())   # needs the GIL

    t = threading.Thread(target=worker)
    t.start()
    assert mod.sleep_released(500) is True
    returned = time.monotonic()
    t.join()
    assert times and times[0] < returned - 0.2


def test_python_works_after_reentering(mod):
    for _ in range(3):
        assert mod.sleep_released(0) is True
    assert [i * 2 for i in range(3)] == [0, 2, 4]

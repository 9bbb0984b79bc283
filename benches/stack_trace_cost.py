"""What handle stack traces cost in debug mode.

Loads the benchmark module (built by `make bench` or `benches/run.py`) in
debug mode and times three of its functions with stack traces off and on:

    .venv/bin/python benches/stack_trace_cost.py [BUILD_DIR]

BUILD_DIR defaults to .cache/bench/full/build/ours-universal. Times are the
best of 7 runs of many calls, in nanoseconds per call; nothing is asserted.
"""
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, os.pardir, ".cache", "bench", "full", "build", "ours-universal")


def best_ns(f, n):
    best = float("inf")
    for _ in range(7):
        t = time.perf_counter()
        for _ in range(n):
            f()
        best = min(best, (time.perf_counter() - t) / n)
    return best * 1e9


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    if not os.path.exists(os.path.join(build, "hpy_bench.py")):
        sys.exit(f"no benchmark module in {build}: run `make bench` (or benches/run.py --quick) first")
    os.environ["HPY"] = "debug"
    sys.path.insert(0, build)
    import hpy.debug
    import hpy_bench

    cases = [
        ("off", hpy.debug.disable_handle_stack_traces),
        ("4 frames", lambda: hpy.debug.set_handle_stack_trace_limit(4)),
        ("16 frames", lambda: hpy.debug.set_handle_stack_trace_limit(16)),
    ]
    print(f"{'stack traces':<14}{'noargs()':>12}{'alloc_int()':>14}{'churn() (100 handles)':>24}")
    for label, setup in cases:
        setup()
        row = [best_ns(hpy_bench.noargs, 20000), best_ns(hpy_bench.alloc_int, 20000), best_ns(hpy_bench.churn, 500)]
        print(f"{label:<14}" + "".join(f"{v:>{w}.0f} ns" for v, w in zip(row, (9, 11, 21))))
    hpy.debug.disable_handle_stack_traces()


if __name__ == "__main__":
    main()

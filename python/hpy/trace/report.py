"""A readable summary of trace mode: which HPy API functions ran, how often,
and for how long.

    python -m hpy.trace report [--top N] [--sort time|calls|mean] -- script.py [args...]

runs ``script.py`` with every HPy universal module loaded in trace mode
(``HPY=trace``) and prints a table when it finishes.
"""
import argparse
import os
import runpy
import sys


def collect():
    """Return ``[(name, calls, total_ns)]`` for every function that was called."""
    from hpy.trace import get_call_counts, get_durations
    counts = get_call_counts()
    durations = get_durations()
    return [(name, n, durations.get(name, 0)) for name, n in counts.items() if n]


def format_table(rows, sort="time", top=None):
    """Format ``rows`` from :func:`collect` as a fixed-width table."""
    keys = {
        "time": lambda r: (-r[2], r[0]),
        "calls": lambda r: (-r[1], r[0]),
        "mean": lambda r: (-(r[2] / r[1]), r[0]),
    }
    rows = sorted(rows, key=keys[sort])
    shown = rows[:top] if top else rows
    total_calls = sum(r[1] for r in rows)
    total_ns = sum(r[2] for r in rows)
    lines = ["%-36s %12s %14s %12s" % ("HPy API function", "calls", "total (ms)", "mean (ns)")]
    lines.append("-" * len(lines[0]))
    for name, calls, ns in shown:
        lines.append("%-36s %12d %14.3f %12.1f" % (name, calls, ns / 1e6, ns / calls))
    if len(shown) < len(rows):
        lines.append("... %d more functions" % (len(rows) - len(shown)))
    lines.append("-" * len(lines[0]))
    lines.append("%-36s %12d %14.3f" % ("total (%d functions)" % len(rows), total_calls, total_ns / 1e6))
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m hpy.trace report", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=None, help="show only the N first rows")
    parser.add_argument("--sort", choices=("time", "calls", "mean"), default="time")
    parser.add_argument("script", help="the Python script to run")
    parser.add_argument("args", nargs=argparse.REMAINDER, help="arguments for the script")
    opts = parser.parse_args(argv)
    if not os.path.exists(opts.script):
        parser.error("no such script: %s" % opts.script)
    os.environ["HPY"] = "trace"
    sys.argv = [opts.script] + opts.args
    status = 0
    try:
        runpy.run_path(opts.script, run_name="__main__")
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    finally:
        rows = collect()
        print("\nHPy trace report for %s" % opts.script, file=sys.stderr)
        if rows:
            print(format_table(rows, opts.sort, opts.top), file=sys.stderr)
        else:
            print("no HPy API calls were traced (was any HPy universal module imported?)",
                  file=sys.stderr)
    return status

#!/usr/bin/env python3
"""Run the microbenchmarks and write the results table.

    python benches/run.py                 full run (`make bench`), writes docs/benchmarks.md
    python benches/run.py --quick         fast smoke run, writes .cache/bench/quick/benchmarks.md
    python benches/run.py --quick --no-valgrind --variants plain,universal --output /tmp/b.md

Run it with the interpreter whose `hpy` (ours) is to be measured. Upstream
hpy 0.9.0 comes from PyPI into .cache/bench/upstream-venv on first use.

Phases: build every variant's binary (one HPy source, one plain C twin);
start one worker process per variant (benches/worker.py) and probe every
benchmark, so that what fails is reported "n/a (reason)" instead of stopping
the run; time interleaved rounds of every variant; count instructions under
callgrind; check the targets; write the report (and, for each missed
target, a profile in benches/profiles/).
"""

import argparse
import datetime
import fcntl
import json
import math
import os
import platform
import re
import select
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
sys.path.insert(0, str(BENCH_DIR))
import suite  # noqa: E402

UPSTREAM_VERSION = "0.9.0"
UPSTREAM_VENV = REPO / ".cache" / "bench" / "upstream-venv"
RESULTS_BEGIN = "<!-- bench-results:begin (written by benches/run.py) -->"
RESULTS_END = "<!-- bench-results:end -->"
SIMPLE = next(b.name for b in suite.BENCHMARKS.values() if b.simple)


# ---- variants --------------------------------------------------------------------

@dataclass
class Variant:
    name: str
    impl: str        # 'plain', 'ours' or 'upstream'
    build: str       # 'plain', 'universal', 'hybrid' or 'cpython'
    mode: str        # how the worker loads it: cpython, universal, debug, trace
    label: str
    path: str = None            # the built binary
    python: str = None
    build_note: str = None      # set when the binary was built without types
    na: str = None              # why the whole variant is missing

    @property
    def module(self):
        return "cpy_bench" if self.impl == "plain" else "hpy_bench"


def all_variants():
    return [
        Variant("plain", "plain", "plain", "cpython", "plain C API"),
        Variant("universal", "ours", "universal", "universal", "universal"),
        Variant("cpython", "ours", "cpython", "cpython", "cpython ABI"),
        Variant("hybrid", "ours", "hybrid", "universal", "hybrid"),
        Variant("debug", "ours", "universal", "debug", "debug"),
        Variant("trace", "ours", "universal", "trace", "trace"),
        Variant("up-universal", "upstream", "universal", "universal", "0.9 universal"),
        Variant("up-cpython", "upstream", "cpython", "cpython", "0.9 cpython ABI"),
        Variant("up-debug", "upstream", "universal", "debug", "0.9 debug"),
        Variant("up-trace", "upstream", "universal", "trace", "0.9 trace"),
    ]


# ---- environment -----------------------------------------------------------------

class Unavailable(Exception):
    """A variant (or a benchmark of it) that cannot run; str() is the reason."""


def clean_env():
    """Environment of every child: no HPY mode switches, no foreign paths,
    a fixed hash seed (dict layouts, hence instruction counts, repeat)."""
    env = dict(os.environ)
    for var in ("HPY", "HPY_LOG", "PYTHONPATH", "PYTHONSTARTUP"):
        env.pop(var, None)
    env["PYTHONHASHSEED"] = "0"
    return env


def run_logged(cmd, log, timeout, cwd=None):
    with open(log, "a") as out:
        out.write("\n$ %s\n" % " ".join(map(str, cmd)))
        out.flush()
        proc = subprocess.run([str(c) for c in cmd], stdout=subprocess.PIPE,
                              stderr=out, text=True, env=clean_env(), cwd=cwd,
                              timeout=timeout)
        out.write(proc.stdout)
    return proc


def upstream_python(log):
    """Python of the side venv with hpy==0.9.0 from PyPI (made once, locked)."""
    python = UPSTREAM_VENV / "bin" / "python"
    marker = UPSTREAM_VENV / ("ready-hpy-" + UPSTREAM_VERSION)
    UPSTREAM_VENV.parent.mkdir(parents=True, exist_ok=True)
    with open(UPSTREAM_VENV.parent / "upstream-venv.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if marker.exists() and python.exists():
            return str(python)
        steps = [[sys.executable, "-m", "venv", "--clear", UPSTREAM_VENV],
                 [python, "-m", "pip", "install", "-q", "--only-binary=:all:",
                  "hpy==" + UPSTREAM_VERSION]]
        for cmd in steps:
            if run_logged(cmd, log, timeout=600).returncode != 0:
                raise Unavailable("could not install hpy==%s (see %s)" % (UPSTREAM_VERSION, log))
        marker.write_text("hpy==%s\n" % UPSTREAM_VERSION)
        return str(python)


# ---- building --------------------------------------------------------------------

def build_reason(log_text):
    missing = sorted(set(re.findall(r"undefined reference to `(\w+)'", log_text)))
    if missing:
        return "link: undefined " + ", ".join(missing[:4]) + (" ..." if len(missing) > 4 else "")
    for line in log_text.splitlines():
        if "error:" in line:
            return " ".join(line.split())[:160]
    return "build failed"


def build_one(python, kind, what, source, out_dir, log, macros=()):
    if out_dir.exists():
        shutil.rmtree(out_dir)
    start = Path(log).stat().st_size if Path(log).exists() else 0
    cmd = [python, BENCH_DIR / "build.py", kind, what, source, out_dir] + list(macros)
    proc = run_logged(cmd, log, timeout=600)
    if proc.returncode != 0:
        with open(log) as f:
            f.seek(start)
            raise Unavailable(build_reason(f.read()))
    return proc.stdout.strip().splitlines()[-1]


def build_hpy(python, abi, out_dir, log):
    """(path, note): a build without types (note says why) beats no build."""
    source = BENCH_DIR / "hpy_bench.c"
    try:
        return build_one(python, "hpy", abi, source, out_dir, log), None
    except Unavailable as full_failure:
        try:
            path = build_one(python, "hpy", abi, source, out_dir, log, ["BENCH_WITHOUT_TYPES"])
        except Unavailable:
            raise full_failure from None   # the first error says more
        return path, str(full_failure)


def build_all(variants, work, ours_python, log):
    builds = {}   # (impl, build) -> (path, note) or Unavailable
    upstream = None
    for v in variants:
        key = (v.impl, v.build)
        if v.impl == "upstream" and upstream is None:
            try:
                upstream = upstream_python(log)
            except Unavailable as e:
                upstream = e
        python = upstream if v.impl == "upstream" else ours_python
        if isinstance(python, Unavailable):
            v.na = str(python)
            continue
        v.python = python
        if key not in builds:
            out_dir = work / "build" / ("%s-%s" % key)
            print("  building %s-%s" % key, flush=True)
            try:
                if v.impl == "plain":
                    builds[key] = (build_one(python, "plain", "cpy_bench",
                                             BENCH_DIR / "cpy_bench.c", out_dir, log), None)
                else:
                    builds[key] = build_hpy(python, v.build, out_dir, log)
            except Unavailable as e:
                builds[key] = e
        result = builds[key]
        if isinstance(result, Unavailable):
            v.na = "build failed: %s" % result
        else:
            v.path, v.build_note = result


def build_cgctl(python, work, log):
    try:
        path = build_one(python, "plain", "cgctl", BENCH_DIR / "cgctl.c",
                         work / "build" / "cgctl", log)
    except Unavailable as e:
        raise Unavailable("callgrind helper did not build (valgrind/callgrind.h?): %s" % e)
    return str(Path(path).parent)


# ---- workers ---------------------------------------------------------------------

class WorkerDied(Exception):
    pass


class Worker:
    """A `worker.py serve` process for one variant."""

    def __init__(self, variant, log):
        self.variant = variant
        self.log = log
        self.spec = json.dumps({"name": variant.name, "mode": variant.mode,
                                "module": variant.module, "path": variant.path})
        self.proc = None
        self.stderr = None

    def start(self, timeout=120):
        self.stop()
        self.stderr = open(self.log, "a")
        self.proc = subprocess.Popen(
            [self.variant.python, str(BENCH_DIR / "worker.py"), "serve", self.spec],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr,
            text=True, env=clean_env(), cwd=str(BENCH_DIR))
        hello = self._read(timeout)
        if not hello["ok"]:
            self.stop()
            raise Unavailable(hello["reason"])

    def request(self, timeout=300, **request):
        try:
            self.proc.stdin.write(json.dumps(request) + "\n")
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            pass   # _read reports how it died
        return self._read(timeout)

    def _read(self, timeout):
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            self.proc.kill()
            self.proc.wait()
            raise WorkerDied("timed out after %d s" % timeout)
        line = self.proc.stdout.readline()
        if not line:
            code = self.proc.wait()
            how = ("killed by signal %d" % -code) if code < 0 else ("exit code %d" % code)
            raise WorkerDied("worker crashed (%s; see %s)" % (how, self.log))
        return json.loads(line)

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            try:
                self.proc.stdin.write(json.dumps({"cmd": "quit"}) + "\n")
                self.proc.stdin.close()
                self.proc.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        if self.stderr is not None:
            self.stderr.close()
            self.stderr = None


# ---- results ---------------------------------------------------------------------

@dataclass
class Cell:
    na: str = None
    times: dict = field(default_factory=dict)   # round -> CPU seconds
    ipo: float = None                            # callgrind instructions per op
    dump: str = None                             # callgrind dump of the 2N run


class Results:
    def __init__(self, variants, benches):
        self.variants = variants
        self.benches = benches
        self.cells = {(v.name, b): Cell() for v in variants for b in benches}
        self.n_time = {}
        self.n_cg = {}

    def cell(self, variant, bench):
        """The variant's cell; variants left out of the run have empty ones."""
        return self.cells.get((variant, bench)) or Cell(na="not in this run")

    def available(self, variant, bench):
        return self.cell(variant, bench).na is None

    def ipo(self, variant, bench):
        return self.cell(variant, bench).ipo

    def instr_ratio(self, variant, bench):
        mine, base = self.ipo(variant, bench), self.ipo("plain", bench)
        if mine is None or not base:
            return None
        return mine / base

    def time_ratios(self, variant, bench):
        """(ratio of the minimum times, median of the per-round ratios)."""
        mine = self.cell(variant, bench).times
        base = self.cell("plain", bench).times
        rounds = [r for r in mine if r in base and base[r] > 0]
        if not rounds:
            return None
        ratio_min = min(mine[r] for r in rounds) / min(base[r] for r in rounds)
        return ratio_min, statistics.median(mine[r] / base[r] for r in rounds)

    def geomean(self, variant, ratio):
        values = [ratio(variant, b) for b in self.benches]
        values = [v for v in values if v]
        if not values:
            return None, 0
        return math.exp(sum(map(math.log, values)) / len(values)), len(values)

    def instr_geomean(self, variant):
        return self.geomean(variant, self.instr_ratio)

    def time_geomean(self, variant):
        def median_ratio(v, b):
            r = self.time_ratios(v, b)
            return r and r[1]
        return self.geomean(variant, median_ratio)

    def extra_per_simple_call(self, variant):
        mine, base = self.ipo(variant, SIMPLE), self.ipo("plain", SIMPLE)
        if mine is None or base is None:
            return None
        return mine - base


# ---- phases --------------------------------------------------------------------------

def mark_na(results, variant, bench, reason):
    if variant.build_note and "types left out of this build" in reason:
        reason = "built without types (%s)" % variant.build_note
    results.cell(variant.name, bench).na = reason


def start_workers(variants, results, work):
    workers = {}
    for v in variants:
        if v.na is None:
            worker = Worker(v, work / "logs" / (v.name + ".log"))
            try:
                worker.start()
                workers[v.name] = worker
            except (Unavailable, WorkerDied) as e:
                v.na = "load failed: %s" % e if isinstance(e, WorkerDied) else str(e)
        if v.na is not None:
            for b in results.benches:
                results.cell(v.name, b).na = v.na
    return workers


def ask(workers, results, variant, bench, **request):
    """One request; a crash or error marks the benchmark n/a for the variant
    (and restarts the worker for the next ones)."""
    worker = workers.get(variant.name)
    if worker is None or not results.available(variant.name, bench):
        return None
    try:
        answer = worker.request(bench=bench, **request)
    except WorkerDied as e:
        mark_na(results, variant, bench, str(e))
        try:
            worker.start()
        except (Unavailable, WorkerDied) as e2:
            del workers[variant.name]
            for b in results.benches:
                if results.available(variant.name, b):
                    mark_na(results, variant, b, "worker does not restart: %s" % e2)
        return None
    if not answer["ok"]:
        mark_na(results, variant, bench, answer["reason"])
        return None
    return answer


def probe(variants, workers, results):
    for bench in results.benches:
        for v in variants:
            ask(workers, results, v, bench, cmd="probe")


def calibrate(workers, results, plain, target):
    """Iterations per timing sample: about `target` CPU seconds for plain."""
    for bench in results.benches:
        n = 8
        while True:
            answer = ask(workers, results, plain, bench, cmd="time", n=n)
            if answer is None:
                break
            seconds = answer["seconds"]
            if seconds >= target / 8 or n >= 1 << 24:
                results.n_time[bench] = max(1, int(n * target / max(seconds, 1e-6)))
                break
            n *= 4


def time_rounds(variants, workers, results, rounds):
    for bench in results.benches:
        n = results.n_time.get(bench)
        if n is None:
            continue
        print("  %-18s n=%d" % (bench, n), flush=True)
        for r in range(rounds):
            order = variants[r % len(variants):] + variants[:r % len(variants)]
            for v in order:
                answer = ask(workers, results, v, bench, cmd="time", n=n)
                if answer is not None:
                    results.cell(v.name, bench).times[r] = answer["seconds"]


DUMP_LABEL = "desc: Trigger: Client Request: "


def parse_dumps(out_dir):
    """{label: (total instructions, dump path)} of callgrind's client-request dumps."""
    dumps = {}
    for path in sorted(out_dir.glob("cg.out.*")):
        label = total = None
        with open(path) as f:
            for line in f:
                if line.startswith(DUMP_LABEL):
                    label = line[len(DUMP_LABEL):].strip()
                elif line.startswith(("summary:", "totals:")) and total is None:
                    total = int(line.split()[1])
        if label and total is not None:
            dumps[label] = (total, path)
    return dumps


def callgrind_variant(v, results, work, cgctl_dir):
    benches = [b for b in results.benches if results.available(v.name, b)]
    if not benches:
        return
    out_dir = work / "callgrind" / v.name
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    plan = ",".join("%s:%d" % (b, results.n_cg[b]) for b in benches)
    spec = json.dumps({"name": v.name, "mode": v.mode, "module": v.module,
                       "path": v.path, "cgctl_dir": cgctl_dir})
    cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no",
           "--callgrind-out-file=%s" % (out_dir / "cg.out"),
           v.python, BENCH_DIR / "worker.py", "callgrind", spec, plan]
    log = work / "logs" / (v.name + ".callgrind.log")
    try:
        run_logged(cmd, log, timeout=1800, cwd=str(BENCH_DIR))
    except subprocess.TimeoutExpired:
        pass   # whatever was dumped still counts
    dumps = parse_dumps(out_dir)
    for b in benches:
        first, second = dumps.get(b + ":1"), dumps.get(b + ":2")
        cell = results.cell(v.name, b)
        if first and second:
            cell.ipo = (second[0] - first[0]) / results.n_cg[b]
            cell.dump = str(second[1])
        elif cell.na is None:
            cell.na = "no callgrind data (see %s)" % log


def run_callgrind(variants, results, work, cgctl_dir, jobs, scale):
    for bench in results.benches:
        results.n_cg[bench] = max(10, int(suite.BENCHMARKS[bench].cg_n * scale))
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(lambda v: callgrind_variant(v, results, work, cgctl_dir),
                      [v for v in variants if v.na is None]))


# ---- targets -----------------------------------------------------------------------

@dataclass
class Target:
    text: str
    limit: str
    measured: str
    upstream: str
    passed: object            # True, False or None (not measurable)
    profile: list = field(default_factory=list)   # (variant, bench) to annotate on MISS

    @property
    def status(self):
        return {True: "PASS", False: "MISS", None: "n/a"}[self.passed]


def _fmt(value, spec):
    return "n/a" if value is None else format(value, spec)


def worst_bench(results, variant):
    ratios = [(results.instr_ratio(variant, b) or 0, b) for b in results.benches]
    ratios = [r for r in ratios if r[0]]
    return [(variant, max(ratios)[1])] if ratios else []


def geomean_target(results, variant, limit, issue_upstream, kind="instructions"):
    if kind == "instructions":
        (mine, count), (up, _) = results.instr_geomean(variant), results.instr_geomean("up-" + variant)
    else:
        (mine, count), (up, _) = results.time_geomean(variant), results.time_geomean("up-" + variant)
    label = {"universal": "universal", "cpython": "cpython ABI"}.get(variant, variant)
    passed = None if mine is None else mine <= limit
    return Target(
        "%s: %s / plain C API, geomean over %d benchmarks" % (label, kind, count),
        "<= %.2f" % limit, _fmt(mine, ".3f"),
        "%s (issue) / %s (here)" % (issue_upstream, _fmt(up, ".3f")),
        passed, worst_bench(results, variant) if passed is False else [])


def simple_call_target(results, variant, limit, issue_upstream):
    mine = results.extra_per_simple_call(variant)
    up = results.extra_per_simple_call("up-" + variant)
    passed = None if mine is None else mine <= limit
    return Target(
        "%s: extra instructions per simple call (`%s`)" % (variant, SIMPLE),
        "<= +%d" % limit, _fmt(mine, "+.1f"),
        "%s (issue) / %s (here)" % (issue_upstream, _fmt(up, "+.1f")),
        passed, [(variant, SIMPLE)] if passed is False else [])


def at_or_below_upstream_target(results, tolerance):
    above, compared = [], 0
    for b in results.benches:
        mine, up = results.ipo("universal", b), results.ipo("up-universal", b)
        if mine is None or up is None:
            continue
        compared += 1
        if mine > up * (1 + tolerance):
            above.append((b, mine - up))
    passed = None if compared == 0 else not above
    measured = ("above on " + ", ".join("%s (+%.0f)" % a for a in above)) if above else (
        "at or below on %d of %d" % (compared, compared) if compared else "n/a")
    return Target(
        "universal: instructions/op at or below 0.9 universal on every benchmark",
        "all (within %.1f%%)" % (tolerance * 100), measured, "-", passed,
        [("universal", b) for b, _ in above])


def check_targets(results, tolerance):
    return [
        geomean_target(results, "universal", 0.97, "1.02"),
        at_or_below_upstream_target(results, tolerance),
        simple_call_target(results, "universal", 30, "+45..+61"),
        geomean_target(results, "cpython", 0.93, "-"),
        simple_call_target(results, "cpython", 2, "-"),
        geomean_target(results, "debug", 1.35, "1.90"),
        geomean_target(results, "trace", 1.10, "1.18"),
        geomean_target(results, "trace", 1.4, "1.86", kind="time"),
    ]


# ---- profiles ------------------------------------------------------------------------

ANNOTATE_LINE = re.compile(r"^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*)$")


def annotate(dump):
    """{function: self instructions} of a dump, from callgrind_annotate
    (inlined code that it lists under other files is summed back)."""
    proc = subprocess.run(["callgrind_annotate", "--inclusive=no", "--threshold=100",
                           "--auto=no", str(dump)],
                          capture_output=True, text=True, env=clean_env())
    costs = {}
    in_table = False
    for line in proc.stdout.splitlines():
        if line.rstrip().endswith("file:function"):
            in_table = True
            continue
        m = ANNOTATE_LINE.match(line)
        if in_table and m:
            where = m.group(2).split(" [")[0]
            func = where.partition(":")[2] or where
            costs[func] = costs.get(func, 0) + int(m.group(1).replace(",", ""))
        elif in_table and costs and not line.strip():
            break
    return costs


def write_profile(results, variant, bench, out_dir, rows=25):
    """Where the variant's instructions per op differ from the plain twin's."""
    cell, base = results.cell(variant, bench), results.cell("plain", bench)
    if not (cell.dump and base.dump) or not shutil.which("callgrind_annotate"):
        return None
    ops = 2 * results.n_cg[bench]
    mine, theirs = annotate(cell.dump), annotate(base.dump)
    funcs = sorted(set(mine) | set(theirs),
                   key=lambda f: -abs(mine.get(f, 0) - theirs.get(f, 0)))
    lines = ["# %s vs plain C API, benchmark %s: %.1f vs %.1f instructions per op (%+.1f)."
             % (variant, bench, cell.ipo, base.ipo, cell.ipo - base.ipo),
             "# Self cost per op from callgrind_annotate --inclusive=no of the %d-op run,"
             " by function," % ops,
             "# largest differences first. Written by benches/run.py.",
             "%9s %9s %9s  %s" % ("variant", "plain", "diff", "function")]
    for func in funcs[:rows]:
        a, b = mine.get(func, 0) / ops, theirs.get(func, 0) / ops
        if abs(a - b) < 0.05:
            break
        lines.append("%9.1f %9.1f %+9.1f  %s" % (a, b, a - b, func))
    path = out_dir / ("%s-%s.txt" % (variant, bench))
    path.write_text("\n".join(lines) + "\n")
    return path


# ---- report --------------------------------------------------------------------------

def machine_info():
    model = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    gcc = subprocess.run(["gcc", "-dumpfullversion"], capture_output=True, text=True).stdout.strip()
    valgrind = shutil.which("valgrind") and subprocess.run(
        ["valgrind", "--version"], capture_output=True, text=True).stdout.strip()
    return {"cpu": model, "nproc": os.cpu_count(), "python": platform.python_version(),
            "gcc": gcc or "?", "valgrind": valgrind or "not installed",
            "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M")}


class Footnotes:
    def __init__(self):
        self.reasons = []

    def ref(self, reason):
        if reason not in self.reasons:
            self.reasons.append(reason)
        return "n/a[%d]" % (self.reasons.index(reason) + 1)


def render(results, targets, args, info, notes, elapsed):
    variants = [v for v in results.variants if v.name != "plain"]
    foot = Footnotes()
    out = []
    w = out.append
    w("Measured %s on %d cores (%s), Python %s, gcc %s, %s, in %.0f s. Command: `%s`%s."
      % (info["date"], info["nproc"], info["cpu"], info["python"], info["gcc"],
         info["valgrind"], elapsed, " ".join(["python benches/run.py"] + args.argv),
         " (quick run: short samples, few rounds)" if args.quick else ""))
    w("")
    for note in notes:
        w("- " + note)
    if notes:
        w("")
    w("### Targets")
    w("")
    w("| target | limit | measured | upstream 0.9 | result |")
    w("|---|---|---|---|---|")
    for t in targets:
        w("| %s | %s | %s | %s | **%s** |" % (t.text, t.limit, t.measured, t.upstream, t.status))
    w("")

    def table(title, explain, plain_col, value):
        w("### " + title)
        w("")
        w(explain)
        w("")
        w("| benchmark | plain | " + " | ".join(v.label for v in variants) + " |")
        w("|---|---:|" + "---:|" * len(variants))
        for b in results.benches:
            row = [b, plain_col(b)]
            for v in variants:
                cell = results.cell(v.name, b)
                shown = value(v.name, b)
                row.append(shown if shown is not None else foot.ref(cell.na or "not measured"))
            w("| " + " | ".join(row) + " |")

    if not args.no_valgrind:
        table("Instructions per operation (callgrind), as a ratio to the plain C API",
              "Plain column: instructions per op of the plain C twin. Each cell: (Ir(2N) - Ir(N)) / N"
              " of the variant, divided by plain's.",
              lambda b: _fmt(results.ipo("plain", b), ".0f") if results.ipo("plain", b)
              else foot.ref(results.cell("plain", b).na or "not measured"),
              lambda v, b: _fmt(results.instr_ratio(v, b), ".2f") if results.instr_ratio(v, b) else None)
        w("| **geomean** | | " + " | ".join(
            _fmt(results.instr_geomean(v.name)[0], ".3f") for v in variants) + " |")
        w("| **extra Ir per simple call** | | " + " | ".join(
            _fmt(results.extra_per_simple_call(v.name), "+.1f") for v in variants) + " |")
        w("")

    def time_cell(v, b):
        r = results.time_ratios(v, b)
        return None if r is None else "%.2f (%.2f)" % (r[1], r[0])

    def plain_time(b):
        cell = results.cell("plain", b)
        if not cell.times:
            return foot.ref(cell.na or "not measured")
        return "%.0f ns" % (min(cell.times.values()) / results.n_time[b] * 1e9)

    table("CPU time, as a ratio to the plain C API",
          "Plain column: best time per op. Each cell: median over %d interleaved rounds of the"
          " per-round ratio (in brackets: ratio of the best times)." % args.rounds,
          plain_time, time_cell)
    w("| **geomean (median)** | | " + " | ".join(
        _fmt(results.time_geomean(v.name)[0], ".3f") for v in variants) + " |")
    w("")
    if foot.reasons:
        for i, reason in enumerate(foot.reasons, 1):
            w("[%d] %s  " % (i, reason.replace("|", "/")))
        w("")
    w("### The benchmarks")
    w("")
    for b in results.benches:
        bench = suite.BENCHMARKS[b]
        w("- `%s`: %s (timing: %s ops/sample; callgrind: N = %s)"
          % (b, bench.what, results.n_time.get(b, "-"), results.n_cg.get(b, "-")))
    return "\n".join(out) + "\n"


def save_raw(results, path):
    """Every measurement, for looking into a run after the fact."""
    raw = {"n_time": results.n_time, "n_cg": results.n_cg, "cells": {}}
    for (variant, bench), cell in results.cells.items():
        raw["cells"].setdefault(variant, {})[bench] = {
            "na": cell.na, "seconds": cell.times, "ipo": cell.ipo, "dump": cell.dump}
    path.write_text(json.dumps(raw, indent=1))


def write_report(path, body):
    """Replace the results block of `path`, keeping everything around it."""
    block = RESULTS_BEGIN + "\n" + body + RESULTS_END + "\n"
    old = path.read_text() if path.exists() else ""
    if RESULTS_BEGIN in old and RESULTS_END in old:
        head, rest = old.split(RESULTS_BEGIN, 1)
        tail = rest.split(RESULTS_END, 1)[1].lstrip("\n")
        text = head + block + ("\n" + tail if tail else "")
    else:
        text = "# Benchmarks\n\n" + block + ("\n" + old if old else "")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


# ---- main ------------------------------------------------------------------------------

def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="short samples and few rounds (a smoke run)")
    p.add_argument("--no-valgrind", action="store_true", help="skip the callgrind phase")
    p.add_argument("--variants", help="comma-separated subset of: %s (plain is always run)"
                   % ", ".join(v.name for v in all_variants()))
    p.add_argument("--benchmarks", help="comma-separated subset of: " + ", ".join(suite.BENCHMARKS))
    p.add_argument("--rounds", type=int, help="timing rounds (default 7, quick 2)")
    p.add_argument("--output", type=Path, help="report file (default docs/benchmarks.md, "
                   "quick: .cache/bench/quick/benchmarks.md)")
    p.add_argument("--profiles", type=Path, help="where MISS profiles go (default benches/profiles, "
                   "quick: .cache/bench/quick/profiles)")
    p.add_argument("--work-dir", type=Path, help="builds, logs, callgrind dumps "
                   "(default .cache/bench/full or .cache/bench/quick)")
    p.add_argument("--jobs", type=int, default=2, help="callgrind processes at a time (default 2)")
    p.add_argument("--tolerance", type=float, default=0.005,
                   help="relative slack of the 'at or below upstream' check (default 0.005)")
    args = p.parse_args(argv)
    args.argv = list(argv)
    default_dir = REPO / ".cache" / "bench" / ("quick" if args.quick else "full")
    args.work_dir = args.work_dir or default_dir
    args.output = args.output or (default_dir / "benchmarks.md" if args.quick
                                  else REPO / "docs" / "benchmarks.md")
    args.profiles = args.profiles or (default_dir / "profiles" if args.quick
                                      else BENCH_DIR / "profiles")
    args.rounds = args.rounds or (2 if args.quick else 7)
    return args


def select_variants(args):
    variants = all_variants()
    if args.variants:
        wanted = set(args.variants.split(",")) | {"plain"}
        unknown = wanted - {v.name for v in variants}
        if unknown:
            raise SystemExit("unknown variants: " + ", ".join(sorted(unknown)))
        variants = [v for v in variants if v.name in wanted]
    return variants


def select_benches(args):
    if not args.benchmarks:
        return list(suite.BENCHMARKS)
    benches = args.benchmarks.split(",")
    unknown = [b for b in benches if b not in suite.BENCHMARKS]
    if unknown:
        raise SystemExit("unknown benchmarks: " + ", ".join(unknown))
    if SIMPLE not in benches:
        benches.insert(0, SIMPLE)
    return benches


def main(argv):
    args = parse_args(argv)
    started = time.time()
    variants, benches = select_variants(args), select_benches(args)
    work = args.work_dir
    (work / "logs").mkdir(parents=True, exist_ok=True)
    lock = open(work / "run.lock", "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    for old in (work / "logs").glob("*.log"):
        old.unlink()
    build_log = work / "logs" / "build.log"
    results = Results(variants, benches)
    notes = []

    print("build (log: %s)" % build_log, flush=True)
    build_all(variants, work, sys.executable, build_log)
    for v in variants:
        if v.na:
            print("  %s: n/a (%s)" % (v.name, v.na))
        elif v.build_note:
            notes.append("%s was built without the type benchmarks: %s" % (v.name, v.build_note))
    plain = variants[0]
    if plain.na:
        print("the plain C API baseline is missing: " + plain.na, file=sys.stderr)
        return 2

    print("probe", flush=True)
    workers = start_workers(variants, results, work)
    try:
        probe(variants, workers, results)
        print("time (%d rounds)" % args.rounds, flush=True)
        calibrate(workers, results, plain, 0.01 if args.quick else 0.08)
        time_rounds(variants, workers, results, args.rounds)
    finally:
        for worker in workers.values():
            worker.stop()

    if not args.no_valgrind:
        try:
            if not shutil.which("valgrind"):
                raise Unavailable("valgrind is not installed")
            cgctl_dir = build_cgctl(sys.executable, work, build_log)
            print("callgrind", flush=True)
            run_callgrind(variants, results, work, cgctl_dir, args.jobs, 0.2 if args.quick else 1)
        except Unavailable as e:
            args.no_valgrind = True
            notes.append("no instruction counts: %s" % e)

    targets = check_targets(results, args.tolerance)
    args.profiles.mkdir(parents=True, exist_ok=True)
    for old in args.profiles.glob("*.txt"):
        old.unlink()
    for t in targets:
        for variant, bench in t.profile:
            write_profile(results, variant, bench, args.profiles)

    save_raw(results, work / "results.json")
    body = render(results, targets, args, machine_info(), notes, time.time() - started)
    write_report(args.output, body)
    print()
    for t in targets:
        print("%-4s  %-75s %-10s measured %-14s upstream %s"
              % (t.status, t.text, t.limit, t.measured, t.upstream))
    print("\nreport: %s" % args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

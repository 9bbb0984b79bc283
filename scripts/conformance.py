#!/usr/bin/env python3
"""Run upstream hpy 0.9.0's test suite, unchanged, against the installed hpy-rs.

    python scripts/conformance.py             run everything, print the table
    python scripts/conformance.py --check     ...and fail if an expected test did not pass
    python scripts/conformance.py --update    ...and rewrite conformance/expected-pass.txt
    python scripts/conformance.py --files test_hpylong.py debug/ -k Long

The suite comes from the PyPI sdist (downloaded once into .cache/conformance/) and
runs from a scratch copy in .cache/conformance/run/, never from the git tree.
See docs/conformance.md.
"""

import argparse
import collections
import datetime
import fcntl
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CACHE = REPO / ".cache" / "conformance"
RUN_DIR = CACHE / "run"
EXPECTED = REPO / "conformance" / "expected-pass.txt"

UPSTREAM = "hpy==0.9.0"
SDIST_NAME = "hpy-0.9.0.tar.gz"
SDIST_SHA256 = "4545310f3a7f9ac249c0f19a80a9b05f46565afb62b7e9225b79493b7b6c70cc"
SDIST_TEST_PREFIX = "hpy-0.9.0/test/"

# test_distutils builds venvs of its own and upgrades setuptools/wheel in them;
# the newest ones can no longer build eggs or provide pkg_resources.
PIP_CONSTRAINTS = "setuptools==68.2.2\nwheel==0.41.2\n"

# Variables that change what the suite sees (see shared CONTRACT.md).
UNSET_VARS = ("HPY", "HPY_LOG", "HPY_DEBUG", "PYTHONDONTWRITEBYTECODE",
              "PYTHONPATH", "_HPY_DEBUG_FORCE_DEFAULT_MEM_PROTECT", "PIP_CONSTRAINT")

# pip name -> import name of what the suite and this runner need.
TEST_REQUIREMENTS = {"pytest": "pytest", "pytest-xdist": "xdist", "filelock": "filelock"}

ABI_COLUMNS = ["cpython", "universal", "debug", "hybrid", "hybrid+debug", "trace", "none"]

EXPECTED_HEADER = """\
# Upstream hpy 0.9.0 conformance ratchet: the tests of its suite that pass on hpy-rs.
#
# `python scripts/conformance.py --check` (run by `make test`) fails when a test
# listed here does not pass, and lists tests that pass but are not listed yet.
# It should only grow: when a feature lands, regenerate it from a full run with
#
#     make install && .venv/bin/python scripts/conformance.py --update
#
# and commit it. Only tests seen passing belong here. Format: one pytest node id
# a line, relative to the suite's parent directory, sorted.
"""


# ---------------------------------------------------------------- preparing the run

class RunnerError(Exception):
    """The runner itself could not do its job (no sdist, no results): exit 2."""


def log(msg=""):
    print(msg, flush=True)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch_sdist(python):
    """Return the path of the verified upstream sdist, downloading it if needed."""
    dest = CACHE / "sdist"
    sdist = dest / SDIST_NAME
    if sdist.exists() and sha256(sdist) == SDIST_SHA256:
        return sdist
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    log(f"downloading the {UPSTREAM} sdist into {dest}")
    cmd = [python, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
           UPSTREAM, "-d", str(dest)]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0 or not sdist.exists():
        raise RunnerError(f"`{' '.join(cmd)}` failed:\n{proc.stdout}")
    digest = sha256(sdist)
    if digest != SDIST_SHA256:
        raise RunnerError(f"{sdist} has sha256 {digest}, expected {SDIST_SHA256}")
    return sdist


def extract_tests(sdist, workdir):
    """Copy the sdist's test/ directory, and nothing else, to workdir/test."""
    with tarfile.open(sdist) as tar:
        members = []
        for m in tar.getmembers():
            if m.name.startswith(SDIST_TEST_PREFIX) and (m.isfile() or m.isdir()):
                m.name = "test/" + m.name[len(SDIST_TEST_PREFIX):]
                members.append(m)
        if not members:
            raise RunnerError(f"{sdist} has no {SDIST_TEST_PREFIX} directory")
        kwargs = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        tar.extractall(workdir, members=members, **kwargs)


def build_wheel(python):
    """Build a wheel of the repository for test_distutils' own venvs.

    test_distutils does `pip install HPY_ROOT` in fresh venvs. A wheel built
    here, with the venv's own build tools and cargo's warm target dir, installs
    in seconds; handing pip the source tree would rebuild the Rust runtime in
    an isolated build env once per xdist worker. Returns None on failure."""
    dest = CACHE / "wheel"
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    cmd = [python, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
           str(REPO), "-w", str(dest)]
    # Same lock as `make install`: both drive cargo in the same target dir.
    with open(REPO / ".install.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        proc = subprocess.run(cmd, cwd=REPO, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    wheels = list(dest.glob("hpy-*.whl"))
    if proc.returncode != 0 or len(wheels) != 1:
        log(f"WARNING: building a wheel failed, test_distutils will pip-install {REPO}:")
        log(proc.stdout[-3000:])
        return None
    return wheels[0]


CONFTEST = '''\
# Written by hpy-rs scripts/conformance.py for this run; not part of upstream's suite.
import faulthandler
import pathlib

import pytest
import test.support

# The suite must be this copy, not the stdlib's `test` package.
assert pathlib.Path(test.support.__file__).parent == pathlib.Path(__file__).parent / "test", \\
    test.support.__file__

# test_distutils pip-installs HPY_ROOT (upstream's checkout) into its venvs;
# it copies the name out of test.support at import, so set it before that.
test.support.HPY_ROOT = pathlib.Path({hpy_root!r})

# Per-test time limit when pytest-timeout is missing: kill the xdist worker,
# which reports the test as crashed and is replaced by a fresh one.
FALLBACK_TIMEOUT = {fallback_timeout!r}


def pytest_report_header(config):
    return "hpy-rs conformance run: HPY_ROOT for test_distutils = %s" % test.support.HPY_ROOT


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    if FALLBACK_TIMEOUT:
        faulthandler.dump_traceback_later(FALLBACK_TIMEOUT, exit=True)
    try:
        yield
    finally:
        if FALLBACK_TIMEOUT:
            faulthandler.cancel_dump_traceback_later()
'''


def prepare_workdir(sdist, hpy_root, fallback_timeout):
    # Move the last run aside first: a process still writing there (one of its
    # tests' children, say) must not leave files in the new run.
    if RUN_DIR.exists():
        old = RUN_DIR.with_name(f"run.old-{os.getpid()}")
        RUN_DIR.rename(old)
        shutil.rmtree(old, ignore_errors=True)
    RUN_DIR.mkdir(parents=True)
    extract_tests(sdist, RUN_DIR)
    # Pins the rootdir (so node ids start with test/) and keeps pytest from
    # picking up the repository's pyproject.toml above us.
    (RUN_DIR / "pytest.ini").write_text("[pytest]\njunit_family = xunit1\n")
    (RUN_DIR / "conftest.py").write_text(
        CONFTEST.format(hpy_root=str(hpy_root), fallback_timeout=fallback_timeout))
    (RUN_DIR / "constraints.txt").write_text(PIP_CONSTRAINTS)


def has_module(python, name):
    code = f"import importlib.util, sys; sys.exit(importlib.util.find_spec({name!r}) is None)"
    return subprocess.run([python, "-c", code]).returncode == 0


def ensure_test_requirements(python):
    missing = [pip for pip, mod in TEST_REQUIREMENTS.items() if not has_module(python, mod)]
    if not missing:
        return
    log(f"installing the suite's test requirements: {' '.join(missing)}")
    proc = subprocess.run([python, "-m", "pip", "install", "-q", *missing])
    if proc.returncode != 0:
        raise RunnerError(f"could not install {missing} into {python}")


def describe_hpy(python, env):
    """Where `import hpy` resolves from the work dir (must be the installed package)."""
    code = ("import hpy.universal as u, hpy.devel as d; "
            "print(u.__file__); print(d.__file__); print(u.get_version())")
    proc = subprocess.run([python, "-c", code], cwd=RUN_DIR, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        return "WARNING: `import hpy.universal, hpy.devel` fails:\n" + proc.stdout.strip()
    universal, devel, version = proc.stdout.strip().splitlines()[-3:]
    return f"hpy.universal: {universal}\nhpy.devel:     {devel}\nget_version(): {version}"


INSTALL_FINGERPRINT = """\
import hashlib, pathlib, hpy.universal
root = pathlib.Path(hpy.universal.__file__).parent
files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
print(hashlib.sha256(repr([(str(p), p.stat().st_mtime_ns) for p in files]).encode()).hexdigest())
"""


def install_fingerprint(ctx):
    """Changes when someone reinstalls hpy into the interpreter (e.g. `make install`)."""
    proc = subprocess.run([ctx.python, "-c", INSTALL_FINGERPRINT], cwd=RUN_DIR, env=ctx.env,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return proc.stdout.strip() if proc.returncode == 0 else None


def suite_env():
    env = os.environ.copy()
    for var in UNSET_VARS:
        env.pop(var, None)
    env["PIP_CONSTRAINT"] = str(RUN_DIR / "constraints.txt")
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


# ---------------------------------------------------------------- running pytest

def last_progress(logfile):
    """The last '[ NN%]' pytest printed, for the heartbeat (None if none yet)."""
    try:
        with open(logfile, "rb") as f:
            f.seek(max(0, f.seek(0, os.SEEK_END) - (1 << 16)))
            tail = f.read().decode("utf-8", "replace")
    except OSError:
        return None
    found = re.findall(r"\[\s*(\d+)%\]", tail)
    return found[-1] + "%" if found else None


def stop(proc, grace=60):
    """SIGINT lets pytest write its junit XML for what has run; then kill."""
    try:
        os.killpg(proc.pid, signal.SIGINT)
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    except ProcessLookupError:
        pass


def run_pytest(ctx, targets, k, name):
    """Run pytest on targets; returns (junit path, complete?). Output goes to name.log."""
    args = ctx.args
    junit, logfile = RUN_DIR / f"{name}.xml", RUN_DIR / f"{name}.log"
    cmd = [ctx.python, "-m", "pytest", *targets, "-n", str(args.workers),
           "-p", "no:cacheprovider",
           # xdist gives up after 4 crashes per worker by default; ours may segfault often.
           "--max-worker-restart", "100000",
           f"--junitxml={junit}", f"--basetemp={RUN_DIR / ('tmp-' + name)}",
           "-q", "--tb=short", "-ra"]
    if ctx.timeout_plugin and args.timeout:
        cmd.append(f"--timeout={args.timeout}")
    if k:
        cmd += ["-k", k]
    shown = cmd if len(targets) <= 10 else cmd[:3] + [f"<{len(targets)} node ids>"] + cmd[3 + len(targets):]
    log("$ " + " ".join(shown))
    log(f"  (in {RUN_DIR}; pytest's output goes to {logfile.name} there)")
    start = time.monotonic()
    interrupted = None
    before = install_fingerprint(ctx)
    with open(logfile, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=RUN_DIR, env=ctx.env, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
        next_beat, progress = start + 60, "starting"
        try:
            while proc.poll() is None:
                time.sleep(2)
                now = time.monotonic()
                if args.deadline and now - ctx.started > args.deadline:
                    interrupted = f"stopped at the {args.deadline} s deadline"
                    log(f"  {interrupted}")
                    stop(proc)
                    break
                if now >= next_beat:
                    progress = last_progress(logfile) or progress
                    log(f"  ... {int(now - start)} s, {progress}")
                    next_beat = now + 60
        except KeyboardInterrupt:
            log("  interrupted, stopping pytest")
            stop(proc, grace=20)
            raise
    if args.show_output:
        sys.stdout.write(logfile.read_text(errors="replace"))
    drop_venvs(RUN_DIR / f"tmp-{name}")
    if install_fingerprint(ctx) != before:
        ctx.tainted = "the installed hpy package changed while pytest ran (a reinstall?)"
        log(f"WARNING: {ctx.tainted}: some results may be wrong")
    code = proc.returncode
    lines = [ln.strip() for ln in logfile.read_text(errors="replace").splitlines() if ln.strip()]
    log(f"pytest exited with {code} after {time.monotonic() - start:.0f} s"
        + (f": {lines[-1]}" if lines else ""))
    # 0/1: tests ran (some may have failed); 5: nothing selected; else pytest broke.
    complete = interrupted is None and code in (0, 1, 5)
    if not complete:
        log(f"WARNING: the run did not complete ({interrupted or f'pytest exit code {code}'}); "
            f"see {logfile}")
    return junit, complete


def drop_venvs(basetemp):
    """Delete test_distutils' venvs (about 2 GB a run); keep the build dirs for debugging."""
    for pattern in ("*/venv*", "*/*/venv*"):
        for d in basetemp.glob(pattern):
            if d.is_dir():
                shutil.rmtree(d, ignore_errors=True)


def select_path(spec):
    """--files takes paths relative to the suite's test/ dir (a 'test/' prefix is ok)."""
    spec = spec.strip()
    return spec if spec.startswith("test/") or spec == "test" else "test/" + spec


# ---------------------------------------------------------------- results

Result = collections.namedtuple("Result", "outcome message")
MAX_RETRY = 100   # more expected failures than this is a real regression: no re-run
CRASH_MARK = "crashed while running"   # xdist's report for a worker that died
SEVERITY = {"passed": 0, "skipped": 1, "failed": 2, "error": 3}


def node_id(case):
    """Rebuild the pytest node id from a junit (xunit1) testcase element.

    pytest turns 'test/debug/test_x.py::TestA::test_f[p]' into classname
    'test.debug.test_x.TestA' and name 'test_f[p]'. The file attribute names
    the module, except for a test method inherited from a class in another
    module (test_hpytype_legacy reuses test_hpytype's); then the class part
    starts at the first 'Test*' component, pytest's default class pattern."""
    name = case.get("name", "")
    path = case.get("file") or ""
    classname = case.get("classname", "")
    if not classname:
        return path or name            # a collection error of a whole file
    parts = classname.split(".")
    module = path[:-3].replace("/", ".") if path.endswith(".py") else None
    if module and (classname == module or classname.startswith(module + ".")):
        split = module.count(".") + 1
    else:
        split = next((i for i, p in enumerate(parts) if p.startswith("Test")), len(parts))
    return "::".join(["/".join(parts[:split]) + ".py"] + parts[split:] + [name])


def case_outcome(case):
    tags = {child.tag for child in case}
    for tag, outcome in (("failure", "failed"), ("error", "error"), ("skipped", "skipped")):
        if tag in tags:
            message = case.find(tag).get("message", "") or ""
            return Result(outcome, message.strip().splitlines()[0][:200] if message.strip() else "")
    return Result("passed", "")


def parse_junit(junit):
    """nodeid -> Result, plus the node ids that failed to collect."""
    results, collect_errors = {}, []
    for case in ET.parse(junit).getroot().iter("testcase"):
        nid = node_id(case)
        res = case_outcome(case)
        if "::" not in nid:
            collect_errors.append((nid, res.message))
            continue
        old = results.get(nid)
        if old is None or SEVERITY[res.outcome] > SEVERITY[old.outcome]:
            results[nid] = res
    return results, collect_errors


def abi_of(nid):
    """The ABI parameter id in a node id's [...] suffix, or 'none'."""
    m = re.search(r"\[(.*)\]$", nid)
    if m:
        for token in m.group(1).split("-"):
            if token in ABI_COLUMNS:
                return token
    return "none"


def file_of(nid):
    path = nid.split("::", 1)[0]
    return path[len("test/"):] if path.startswith("test/") else path


def format_table(results):
    """Per file and ABI id: passed/total; then the totals."""
    cells = collections.defaultdict(lambda: [0, 0])
    for nid, res in results.items():
        for key in ((file_of(nid), abi_of(nid)), (file_of(nid), "total"),
                    ("TOTAL", abi_of(nid)), ("TOTAL", "total")):
            cells[key][1] += 1
            cells[key][0] += res.outcome == "passed"
    columns = [c for c in ABI_COLUMNS if cells[("TOTAL", c)][1]] + ["total"]
    files = sorted({f for f, _ in cells if f != "TOTAL"}, key=lambda f: (f.count("/"), f))
    rows = [["file"] + columns]
    for f in files + ["TOTAL"]:
        rows.append([f] + ["%d/%d" % tuple(cells[(f, c)]) if cells[(f, c)][1] else "-"
                           for c in columns])
    widths = [max(len(r[i]) for r in rows) for i in range(len(columns) + 1)]
    lines = []
    for i, row in enumerate(rows):
        if i == len(rows) - 1 or i == 1:
            lines.append("  ".join("-" * w for w in widths))
        lines.append("  ".join([row[0].ljust(widths[0])] +
                               [c.rjust(w) for c, w in zip(row[1:], widths[1:])]))
    counts = collections.Counter(r.outcome for r in results.values())
    crashed = sum(CRASH_MARK in r.message for r in results.values())
    lines.append("")
    lines.append(", ".join(f"{counts[o]} {o}" for o in ("passed", "failed", "error", "skipped"))
                 + f" of {len(results)} tests ({crashed} crashed their worker)")
    return "\n".join(lines)


# ---------------------------------------------------------------- the ratchet

def load_expected():
    if not EXPECTED.exists():
        return set()
    lines = EXPECTED.read_text().splitlines()
    return {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}


def write_expected(ids):
    EXPECTED.parent.mkdir(parents=True, exist_ok=True)
    EXPECTED.write_text(EXPECTED_HEADER + "".join(i + "\n" for i in sorted(ids)))


def passed_ids(results):
    return {nid for nid, r in results.items() if r.outcome == "passed"}


def check(results, expected, considered, flaky):
    """Report the ratchet; 1 if a considered expected test did not pass (even on retry)."""
    passed = passed_ids(results)
    missing = sorted(considered - passed - flaky)
    new = sorted(passed - expected)
    if len(considered) < len(expected):
        log(f"subset run: checking the {len(considered)} expected tests that ran "
            f"({len(expected) - len(considered)} not selected)")
    if new:
        log(f"\n{len(new)} tests pass that are not in {EXPECTED.relative_to(REPO)}:")
        for nid in new:
            log(f"  + {nid}")
        log("record them with: .venv/bin/python scripts/conformance.py --update")
    if flaky:
        log(f"\n{len(flaky)} expected tests FLAKY (failed, then passed when re-run alone):")
        for nid in sorted(flaky):
            log(f"  ~ {nid}  ({results[nid].outcome}: {results[nid].message})")
    if missing:
        log(f"\n{len(missing)} expected tests did NOT pass:")
        for nid in missing:
            res = results.get(nid)
            why = f"{res.outcome}: {res.message}" if res else (
                "not run: collection error, or the run stopped early")
            log(f"  - {nid}  ({why})")
    # A plain closing line, counted like a test runner's summary.
    log(f"\nconformance ratchet: {len(considered) - len(missing)} passed, "
        f"{len(missing)} failed")
    return 1 if missing else 0


def update(results, expected, subset):
    passed = {nid for nid, r in results.items() if r.outcome == "passed"}
    if subset:
        # Only what ran is re-decided; the rest of the list stays.
        new_ids = (expected - set(results)) | passed
    else:
        new_ids = passed
    added, dropped = sorted(new_ids - expected), sorted(expected - new_ids)
    write_expected(new_ids)
    log(f"\nwrote {EXPECTED.relative_to(REPO)}: {len(new_ids)} tests "
        f"(+{len(added)}, -{len(dropped)})")
    for nid in dropped:
        log(f"  dropped (did not pass): {nid}")


# ---------------------------------------------------------------- main

def default_python():
    venv = REPO / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true",
                      help="exit 1 if a test in conformance/expected-pass.txt did not pass")
    mode.add_argument("--update", action="store_true",
                      help="rewrite conformance/expected-pass.txt from this run's passes")
    p.add_argument("-k", metavar="EXPR", help="pytest -k expression")
    p.add_argument("--files", nargs="+", metavar="PATH",
                   help="run only these files/dirs/node ids (relative to the suite's test/)")
    p.add_argument("--timeout", type=int, default=300, metavar="S",
                   help="per-test time limit in seconds, 0 for none (default 300)")
    p.add_argument("--deadline", type=int, default=3600, metavar="S",
                   help="stop the whole run after S seconds, 0 for none (default 3600)")
    p.add_argument("-n", dest="workers", type=int, default=2, help="xdist workers (default 2)")
    p.add_argument("--python", default=default_python(),
                   help="interpreter with hpy installed (default: the repo's .venv)")
    p.add_argument("--hpy-root", metavar="PATH",
                   help="what test_distutils pip-installs (default: a wheel built from the repo)")
    p.add_argument("--no-retry", action="store_true",
                   help="with --check, do not re-run expected tests that failed")
    p.add_argument("--show-output", action="store_true", help="print pytest's full output")
    p.add_argument("--from-junit", metavar="XML",
                   help="skip the run; report on (and --check/--update from) an existing junit XML")
    return p.parse_args(argv)


class Context:
    """What every pytest invocation of one runner call shares."""

    def __init__(self, args):
        self.args = args
        self.python = args.python
        self.started = time.monotonic()
        self.env = suite_env()
        self.timeout_plugin = False
        self.tainted = None     # why this run's results cannot be trusted, if so


def prepare(ctx):
    ensure_test_requirements(ctx.python)
    sdist = fetch_sdist(ctx.python)
    hpy_root = ctx.args.hpy_root or build_wheel(ctx.python) or REPO
    ctx.timeout_plugin = has_module(ctx.python, "pytest_timeout")
    prepare_workdir(sdist, hpy_root, 0 if ctx.timeout_plugin else ctx.args.timeout)
    log(f"suite:    {UPSTREAM} test/ from {sdist}")
    log(f"python:   {ctx.python}")
    log(describe_hpy(ctx.python, ctx.env))
    log(f"test_distutils installs: {hpy_root}")
    log(f"per-test timeout: {ctx.args.timeout or 'none'} s "
        f"({'pytest-timeout' if ctx.timeout_plugin else 'faulthandler, kills the worker'})")


def retry_failures(ctx, ids):
    """Run expected tests that did not pass once more, alone; return those that pass now."""
    if not ids or len(ids) > MAX_RETRY:
        return set()
    log(f"\nre-running the {len(ids)} expected tests that did not pass, to tell flaky from broken")
    junit, _ = run_pytest(ctx, sorted(ids), None, "retry")
    if not junit.exists():
        return set()
    results, _ = parse_junit(junit)
    return {nid for nid in ids if nid in results and results[nid].outcome == "passed"}


def main(argv=None):
    args = parse_args(argv)
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / "run.lock", "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log("another conformance run holds .cache/conformance/run.lock; waiting")
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            return run(args)
        except RunnerError as e:
            log(f"ERROR: {e}")
            return 2


def run(args):
    ctx = Context(args)
    subset = bool(args.k or args.files)
    if args.from_junit:
        junit, complete = Path(args.from_junit), True
    else:
        prepare(ctx)
        targets = [select_path(f) for f in args.files] if args.files else ["test"]
        junit, complete = run_pytest(ctx, targets, args.k, "pytest")
    if not junit.exists():
        raise RunnerError(f"no junit XML at {junit}: pytest produced no results")
    results, collect_errors = parse_junit(junit)

    log(f"\nhpy 0.9.0 conformance, {datetime.date.today().isoformat()}, "
        f"wall time {time.monotonic() - ctx.started:.0f} s\n")
    log(format_table(results))
    for nid, message in collect_errors:
        log(f"COLLECTION ERROR in {nid}: {message}")

    expected = load_expected()
    if args.update:
        if not complete or ctx.tainted:
            log(f"not updating the list: {ctx.tainted or 'the run is incomplete'}")
            return 1
        update(results, expected, subset)
        return 0
    if not args.check:
        return 0
    considered = {e for e in expected if e in results} if subset else expected
    missing = considered - passed_ids(results)
    flaky = set()
    if missing and complete and not args.from_junit and not args.no_retry:
        flaky = retry_failures(ctx, missing)
    if ctx.tainted:
        log(f"\nNOTE: {ctx.tainted}; failures below may come from that")
    status = check(results, expected, considered, flaky)
    log(f"total wall time {time.monotonic() - ctx.started:.0f} s")
    return status


if __name__ == "__main__":
    sys.exit(main())

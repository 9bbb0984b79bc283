"""One test file for every step of the port: each step must behave the same.

Each (step, ABI) pair is built with its own setup.py in a scratch copy and
imported in a subprocess, the way a user would (`import vec2`), with HPY=mode
choosing universal or debug mode for HPy binaries.
"""
import os
import shutil
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))

# (step dir, --hpy-abi or None for a plain extension, HPY mode or None)
BUILDS = [
    ("step1_capi", None, None),
    ("step2_hybrid", "hybrid", "universal"),
    ("step2_hybrid", "hybrid", "debug"),
    ("step3_hpy", "cpython", None),
    ("step3_hpy", "universal", "universal"),
    ("step3_hpy", "universal", "debug"),
]

CHECKS = r'''
import math, vec2
V = vec2.Vec2
a, b = V(3, 4), V(x=1.5, y=-2)
assert (a.x, a.y) == (3.0, 4.0)
assert a.norm() == 5.0
assert repr(a + b) == "Vec2(4.5, 2.0)"
assert vec2.dot(a, b) == 3 * 1.5 + 4 * -2
assert repr(V()) == "Vec2(0.0, 0.0)"
for bad in (lambda: a + 1, lambda: vec2.dot(a, 1), lambda: V("x")):
    try:
        bad()
    except TypeError:
        pass
    else:
        raise AssertionError("expected TypeError")
try:
    a.x = 1
except AttributeError:
    pass
else:
    raise AssertionError("x must be read-only")
# many objects: nothing leaks or crashes in the allocation paths
total = V()
for i in range(10000):
    total = total + V(1, 1)
assert (total.x, total.y) == (10000.0, 10000.0)
print("ok", vec2.__doc__)
'''


@pytest.mark.parametrize("step, hpy_abi, mode", BUILDS,
                         ids=["-".join(filter(None, b)) for b in BUILDS])
def test_step(tmp_path, step, hpy_abi, mode):
    work = tmp_path / step
    shutil.copytree(os.path.join(HERE, step), work)
    cmd = [sys.executable, "setup.py", "-q"]
    if hpy_abi:
        cmd.append("--hpy-abi=" + hpy_abi)
    cmd += ["build_ext", "--inplace"]
    build = subprocess.run(cmd, cwd=work, capture_output=True, text=True)
    assert build.returncode == 0, build.stdout + build.stderr
    env = dict(os.environ)
    env.pop("HPY", None)
    if mode:
        env["HPY"] = mode
    run = subprocess.run([sys.executable, "-c", CHECKS], cwd=work, env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("ok 2-D vectors")

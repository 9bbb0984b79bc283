"""benches/run.py runs end to end and writes its table (no timing is checked)."""

import re
import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).resolve().parents[1] / "benches" / "run.py"


def test_quick_run_writes_table(tmp_path):
    output = tmp_path / "benchmarks.md"
    proc = subprocess.run(
        [sys.executable, str(RUN), "--quick", "--no-valgrind", "--variants", "plain,universal",
         "--output", str(output), "--work-dir", str(tmp_path / "work"),
         "--profiles", str(tmp_path / "profiles")],
        capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    text = output.read_text()
    assert "<!-- bench-results:begin" in text and "<!-- bench-results:end -->" in text
    assert "| benchmark | plain | universal |" in text
    # The baseline has a time for the simple call; other cells hold a ratio
    # or "n/a[k]" with its reason below the table.
    assert re.search(r"^\| call_noargs \| \d+ ns \| (\d+\.\d\d \(\d+\.\d\d\)|n/a\[\d+\]) \|$",
                     text, re.M), text
    assert "trace: time / plain C API" in text   # the targets table is there

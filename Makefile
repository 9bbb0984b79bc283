# One task runner for people and CI (.ci/run calls `make test`).
#
#   make demo          build hpy-rs, build examples/quickstart as a universal binary, run it
#   make test          everything CI checks: codegen freshness, clippy (including the
#                      SAFETY-comment lint), Rust tests, our pytest suite, and the
#                      upstream conformance ratchet
#   make conformance   run upstream hpy 0.9.0's test suite and print the table
#   make bench         microbenchmarks vs the plain C API and upstream 0.9; writes docs/benchmarks.md
#
# Everything is installed into .venv by the targets themselves.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed

export PIP_DISABLE_PIP_VERSION_CHECK = 1
# setuptools keeps eggs zipped with this set, which breaks installed-egg tests.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: demo test test-rust test-python codegen-check lint conformance install clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q -U pip

$(STAMP): $(PY) requirements-dev.txt
	$(PIP) install -q -r requirements-dev.txt
	touch $(STAMP)

# Always rebuild: cargo and maturin are incremental.
install: $(STAMP)
	flock .install.lock $(PIP) install -q --no-build-isolation .

demo: install
	$(PY) examples/quickstart/run_demo.py

codegen-check:
	cargo run -q -p hpy-codegen -- --check

lint:
	cargo clippy -q --workspace --all-targets -- -D warnings

test-rust:
	cargo test -q --workspace

test-python: install
	$(PY) -m pytest tests examples -q -n 2

conformance: install
	$(PY) scripts/conformance.py

.PHONY: bench
bench: install
	$(PY) benches/run.py

test: codegen-check lint test-rust test-python
	$(PY) scripts/conformance.py --check

clean:
	rm -rf $(VENV) target build .cache

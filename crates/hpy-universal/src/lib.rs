//! `hpy.universal`: the CPython extension module that loads HPy universal
//! (and hybrid) binaries.
//!
//! Path of a call: `import NAME` → the `.py` stub → [`loader::load`] (dlopen,
//! version and tag checks, context handed to the extension, `PyModuleDef`
//! built from the `HPyModuleDef`) → CPython calls a module function → the
//! extension's trampoline → `ctx->ctx_CallRealFunctionFromTrampoline` →
//! the extension's HPy function → context functions in `hpy-runtime` →
//! CPython's C API.

mod debug_api;
mod loader;
mod modes;
mod trace_api;

use modes::Mode;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

/// Load a `.hpy0.so` file (or a hybrid `.hpy0-cpXY.so` one) and return the
/// module. `mode`, when given (>= 0), overrides `debug`.
#[pyfunction]
#[pyo3(signature = (name, path, spec, debug=false, mode=-1))]
fn load<'py>(
    py: Python<'py>,
    name: &Bound<'py, PyAny>,
    path: &Bound<'py, PyAny>,
    spec: &Bound<'py, PyAny>,
    debug: bool,
    mode: i32,
) -> PyResult<Bound<'py, PyAny>> {
    let mode = if mode >= 0 { Mode::from_int(mode)? } else if debug { Mode::Debug } else { Mode::Universal };
    loader::load(py, name, path, spec, mode)
}

/// Used by the `.py` stubs that `hpy.devel` writes next to each binary:
/// picks the mode from the `HPY` variable of `env`, loads the module, and
/// sets its import attributes.
#[pyfunction]
#[pyo3(name = "_load_bootstrap", signature = (name, ext_name, package, file, loader, spec, env))]
#[allow(clippy::too_many_arguments)]
fn load_bootstrap<'py>(
    py: Python<'py>,
    name: &Bound<'py, PyAny>,
    ext_name: &Bound<'py, PyAny>,
    package: &Bound<'py, PyAny>,
    file: &Bound<'py, PyAny>,
    loader: &Bound<'py, PyAny>,
    spec: &Bound<'py, PyAny>,
    env: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let short: String = name.extract()?;
    let mode = modes::mode_from_env(&short, env)?;
    if env.get_item("HPY_LOG").is_ok() {
        let suffix = match mode {
            Mode::Universal => "",
            Mode::Debug => " with a debug context",
            Mode::Trace => " with a trace context",
        };
        let msg = format!("Loading '{short}' in HPy universal mode{suffix}\n");
        py.import("sys")?.getattr("stdout")?.call_method1("write", (msg,))?;
    }
    let m = loader::load(py, name, file, spec, mode)?;
    m.setattr("__file__", file)?;
    m.setattr("__loader__", loader)?;
    m.setattr("__name__", ext_name)?;
    m.setattr("__package__", package)?;
    spec.setattr("origin", file)?;
    m.setattr("__spec__", spec)?;
    Ok(m)
}

/// `(version, git revision)` of this runtime.
#[pyfunction]
fn get_version<'py>(py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
    let rev = option_env!("HPY_GIT_REVISION").unwrap_or("unknown");
    PyTuple::new(py, [env!("CARGO_PKG_VERSION"), rev])
}

/// Public names of the context functions that still raise "not
/// implemented" in the universal context (for tests and status reports).
#[pyfunction]
#[pyo3(name = "_unimplemented")]
fn unimplemented() -> Vec<&'static str> {
    // SAFETY: the universal context is valid for the process and only read.
    let ctx = unsafe { &*hpy_runtime::universal() };
    hpy_runtime::context::unimplemented_slots(ctx).into_iter().map(|i| hpy_sys::SLOT_NAMES[i]).collect()
}

#[pymodule]
fn universal(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__doc__", "HPy universal runtime for CPython, implemented in Rust (hpy-rs)")?;
    m.add_function(wrap_pyfunction!(load, m)?)?;
    m.add_function(wrap_pyfunction!(load_bootstrap, m)?)?;
    m.add_function(wrap_pyfunction!(get_version, m)?)?;
    m.add_function(wrap_pyfunction!(unimplemented, m)?)?;
    m.add("MODE_UNIVERSAL", Mode::Universal as i32)?;
    m.add("MODE_DEBUG", Mode::Debug as i32)?;
    m.add("MODE_TRACE", Mode::Trace as i32)?;
    m.add_submodule(&trace_api::module(m.py())?)?;
    m.add_submodule(&debug_api::module(m.py())?)?;
    Ok(())
}

//! `hpy.universal._trace`: the Python interface of trace mode (re-exported
//! by `hpy.trace`).

use pyo3::prelude::*;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::types::{PyBool, PyDict, PyInt, PyTuple};

use crate::modes::trace_context;

/// `{ctx member name: number of calls}` for every context function.
#[pyfunction]
fn get_call_counts(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let d = PyDict::new(py);
    // SAFETY: the trace context is valid for the process; the GIL is held.
    for (name, n) in unsafe { hpy_trace::call_counts(trace_context()?) } {
        d.set_item(name, n)?;
    }
    Ok(d)
}

/// `{ctx member name: total nanoseconds spent in it}`. Trace mode keeps
/// raw clock ticks; `hpy_trace::durations_ns` converts them (the first call
/// may wait until 10 ms have passed since trace mode started, to calibrate).
/// Calls of functions that cannot run Python code are sampled after their
/// first 256 (see `set_sample_period`), so their totals are estimates.
#[pyfunction]
fn get_durations(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let d = PyDict::new(py);
    // SAFETY: as above.
    for (name, ns) in unsafe { hpy_trace::durations_ns(trace_context()?) } {
        d.set_item(name, ns)?;
    }
    Ok(d)
}

/// The unit of `get_durations()`, in Hz: always nanoseconds, whatever clock
/// trace mode reads (the conversion happens in `get_durations()`).
#[pyfunction]
fn get_frequency() -> u64 {
    1_000_000_000
}

fn hook_arg(value: Option<Bound<'_, PyAny>>, which: &str) -> PyResult<Option<hpy_trace::Hook>> {
    match value {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(Some(core::ptr::null_mut())),
        Some(v) if v.is_callable() => Ok(Some(v.as_ptr())),
        Some(v) => Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "set_trace_functions: {which} must be callable or None, not {}",
            v.get_type().name()?
        ))),
    }
}

/// `set_trace_functions(on_enter=..., on_exit=...)`: a hook left out stays
/// as it is, `None` removes it.
#[pyfunction]
#[pyo3(signature = (*args, **kwargs))]
fn set_trace_functions(args: &Bound<'_, PyTuple>, kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<()> {
    if args.len() > 2 {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "set_trace_functions() takes at most 2 positional arguments (on_enter, on_exit)",
        ));
    }
    let mut slots: [Option<Bound<'_, PyAny>>; 2] = [args.get_item(0).ok(), args.get_item(1).ok()];
    if let Some(kw) = kwargs {
        for (k, v) in kw.iter() {
            let k: String = k.extract()?;
            let i = match k.as_str() {
                "on_enter" => 0,
                "on_exit" => 1,
                _ => {
                    return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                        "set_trace_functions() got an unexpected keyword argument '{k}'"
                    )))
                }
            };
            if slots[i].is_some() {
                return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                    "set_trace_functions() got multiple values for argument '{k}'"
                )));
            }
            slots[i] = Some(v);
        }
    }
    let [enter, exit] = slots;
    let enter = hook_arg(enter, "on_enter")?;
    let exit = hook_arg(exit, "on_exit")?;
    // SAFETY: the trace context is valid; the GIL is held; the hooks are
    // live objects (borrowed here, the state takes its own references).
    unsafe { hpy_trace::set_hooks(trace_context()?, enter, exit) };
    Ok(())
}

/// `set_sample_period(n)`: from now on, time each call of a function that
/// cannot run Python code, past its first 256 calls, with probability 1/n
/// and count its time n times. `n = 1` times every call.
#[pyfunction]
fn set_sample_period(n: &Bound<'_, PyAny>) -> PyResult<()> {
    let max = hpy_trace::MAX_PERIOD;
    if !n.is_instance_of::<PyInt>() || n.is_instance_of::<PyBool>() {
        return Err(PyTypeError::new_err(format!(
            "set_sample_period: the period must be an int, not {}",
            n.get_type().name()?
        )));
    }
    let period = n.extract::<i64>().ok().filter(|p| (1..=i64::from(max)).contains(p));
    let Some(period) = period else {
        return Err(PyValueError::new_err(format!(
            "set_sample_period: the period must be from 1 to {max} (2**20), not {n}"
        )));
    };
    // SAFETY: the trace context is valid; the GIL is held.
    unsafe { hpy_trace::set_sample_period(trace_context()?, period as u32) };
    Ok(())
}

/// `get_sample_period()`: the current sample period (1 = every call timed).
#[pyfunction]
fn get_sample_period() -> PyResult<u32> {
    // SAFETY: the trace context is valid; the GIL is held.
    Ok(unsafe { hpy_trace::sample_period(trace_context()?) })
}

pub fn module(py: Python<'_>) -> PyResult<Bound<'_, PyModule>> {
    let m = PyModule::new(py, "_trace")?;
    m.add_function(wrap_pyfunction!(get_call_counts, &m)?)?;
    m.add_function(wrap_pyfunction!(get_durations, &m)?)?;
    m.add_function(wrap_pyfunction!(get_frequency, &m)?)?;
    m.add_function(wrap_pyfunction!(set_trace_functions, &m)?)?;
    m.add_function(wrap_pyfunction!(set_sample_period, &m)?)?;
    m.add_function(wrap_pyfunction!(get_sample_period, &m)?)?;
    Ok(m)
}

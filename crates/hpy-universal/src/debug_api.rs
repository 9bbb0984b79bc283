//! `hpy.universal._debug`: the Python interface of debug mode (used by
//! `hpy.debug`), with upstream's function names and behaviour.

use pyo3::basic::CompareOp;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyList;

/// Make sure the debug context (and so its state) exists.
fn ensure() {
    hpy_debug::context(hpy_runtime::universal());
}

/// A handle of debug mode, as Python code sees it. Several `DebugHandle`
/// objects may stand for the same handle: they compare equal.
#[pyclass(name = "DebugHandle", module = "hpy.universal._debug", frozen)]
struct DebugHandle {
    id: usize,
}

impl DebugHandle {
    fn view(&self) -> PyResult<hpy_debug::api::HandleView> {
        hpy_debug::api::view(self.id)
            .ok_or_else(|| pyo3::exceptions::PyValueError::new_err("not a debug handle"))
    }
}

#[pymethods]
impl DebugHandle {
    /// The object the handle refers to (None once the handle is closed:
    /// the object may be gone).
    #[getter]
    fn obj<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self.view()?.obj {
            // SAFETY: `view` gave us a new reference to a live object.
            Some(o) => Ok(unsafe { Bound::from_owned_ptr(py, o) }),
            None => Ok(py.None().into_bound(py)),
        }
    }

    /// A number identifying the handle (its address), stable while it lives.
    #[getter]
    fn id(&self) -> usize {
        self.id
    }

    #[getter]
    fn is_closed(&self) -> PyResult<bool> {
        Ok(self.view()?.is_closed)
    }

    /// Bytes of raw data kept for the handle (for tests), -1 if none.
    #[getter]
    fn raw_data_size(&self) -> PyResult<isize> {
        Ok(self.view()?.raw_data_size)
    }

    /// The API function that created the handle.
    #[getter]
    fn created_by(&self) -> PyResult<String> {
        Ok(self.view()?.created_by)
    }

    /// Where the handle was created: who created it (as `created_by`) and,
    /// when stack traces are on, the extension's function that made the
    /// call, e.g. `'HPy_Dup in leak_impl (mytest.hpy0.so+0x1139)'`.
    /// Leak reports group handles by it.
    #[getter]
    fn creation_site(&self) -> PyResult<String> {
        hpy_debug::api::creation_site(self.id)
            .ok_or_else(|| pyo3::exceptions::PyValueError::new_err("not a debug handle"))
    }

    /// Close the handle as `HPy_Close` would (for tests).
    fn _force_close(&self) {
        hpy_debug::api::force_close(self.id);
    }

    /// `==` and `!=` compare the handles; ordering is not supported.
    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> Py<PyAny> {
        let py = other.py();
        let Ok(other) = other.cast::<DebugHandle>() else { return py.NotImplemented() };
        let same = self.id == other.get().id;
        let answer = match op {
            CompareOp::Eq => same,
            CompareOp::Ne => !same,
            _ => return py.NotImplemented(),
        };
        pyo3::types::PyBool::new(py, answer).to_owned().into_any().unbind()
    }

    fn __hash__(&self) -> u64 {
        self.id as u64
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let v = self.view()?;
        let mut s = match v.obj {
            Some(o) => {
                // SAFETY: a new reference from `view`.
                let obj = unsafe { Bound::from_owned_ptr(py, o) };
                format!("<DebugHandle {:#x} for {}>", self.id, obj.repr()?)
            }
            None => format!("<DebugHandle {:#x} CLOSED>", self.id),
        };
        s.push_str(&format!("\nCreated by {}", v.created_by));
        match v.trace {
            Some(t) => {
                s.push_str("\nAllocation stacktrace:\n");
                s.push_str(&t);
            }
            None => s.push_str(
                "\nTo record where handles are created: hpy.debug.set_handle_stack_trace_limit(16)",
            ),
        }
        Ok(s)
    }
}

/// Start a new generation; handles opened from now on belong to it.
#[pyfunction]
fn new_generation() -> usize {
    ensure();
    hpy_debug::api::new_generation()
}

fn handle_list<'py>(py: Python<'py>, ids: Vec<usize>) -> PyResult<Bound<'py, PyList>> {
    let items: Vec<DebugHandle> = ids.into_iter().map(|id| DebugHandle { id }).collect();
    PyList::new(py, items)
}

/// The handles still open among those of generation `gen` or later, in
/// creation order.
#[pyfunction]
fn get_open_handles(py: Python<'_>, gen: i64) -> PyResult<Bound<'_, PyList>> {
    ensure();
    handle_list(py, hpy_debug::api::open_handles(gen))
}

/// The closed handles debug mode still remembers, oldest first.
#[pyfunction]
#[pyo3(signature = (gen=0))]
fn get_closed_handles(py: Python<'_>, gen: i64) -> PyResult<Bound<'_, PyList>> {
    ensure();
    handle_list(py, hpy_debug::api::closed_handles(gen))
}

#[pyfunction]
fn get_closed_handles_queue_max_size() -> usize {
    ensure();
    hpy_debug::api::closed_handles_queue_max_size()
}

#[pyfunction]
fn set_closed_handles_queue_max_size(size: usize) {
    ensure();
    hpy_debug::api::set_closed_handles_queue_max_size(size)
}

#[pyfunction]
fn get_protected_raw_data_max_size() -> usize {
    ensure();
    hpy_debug::api::protected_raw_data_max_size()
}

#[pyfunction]
fn set_protected_raw_data_max_size(size: usize) {
    ensure();
    hpy_debug::api::set_protected_raw_data_max_size(size)
}

/// Record up to `limit` C frames where each handle is opened; `None`
/// stops recording.
#[pyfunction]
fn set_handle_stack_trace_limit(limit: Option<usize>) {
    ensure();
    hpy_debug::api::set_handle_stack_trace_limit(limit.unwrap_or(0))
}

fn hook(arg: &Bound<'_, PyAny>) -> PyResult<*mut pyo3::ffi::PyObject> {
    if arg.is_none() {
        Ok(core::ptr::null_mut())
    } else if arg.is_callable() {
        Ok(arg.as_ptr())
    } else {
        Err(PyTypeError::new_err("Expected a callable object"))
    }
}

/// Call `f()` when an invalid handle is used, instead of aborting; `None`
/// restores aborting.
#[pyfunction]
fn set_on_invalid_handle(f: &Bound<'_, PyAny>) -> PyResult<()> {
    ensure();
    hpy_debug::api::set_on_invalid_handle(hook(f)?);
    Ok(())
}

/// The same for builders used after `Build` or `Cancel`.
#[pyfunction]
fn set_on_invalid_builder_handle(f: &Bound<'_, PyAny>) -> PyResult<()> {
    ensure();
    hpy_debug::api::set_on_invalid_builder_handle(hook(f)?);
    Ok(())
}

pub fn module(py: Python<'_>) -> PyResult<Bound<'_, PyModule>> {
    let m = PyModule::new(py, "_debug")?;
    m.add("__doc__", "HPy debug mode: handle leaks and misuse (see hpy.debug)")?;
    m.add_class::<DebugHandle>()?;
    m.add_function(wrap_pyfunction!(new_generation, &m)?)?;
    m.add_function(wrap_pyfunction!(get_open_handles, &m)?)?;
    m.add_function(wrap_pyfunction!(get_closed_handles, &m)?)?;
    m.add_function(wrap_pyfunction!(get_closed_handles_queue_max_size, &m)?)?;
    m.add_function(wrap_pyfunction!(set_closed_handles_queue_max_size, &m)?)?;
    m.add_function(wrap_pyfunction!(get_protected_raw_data_max_size, &m)?)?;
    m.add_function(wrap_pyfunction!(set_protected_raw_data_max_size, &m)?)?;
    m.add_function(wrap_pyfunction!(set_handle_stack_trace_limit, &m)?)?;
    m.add_function(wrap_pyfunction!(set_on_invalid_handle, &m)?)?;
    m.add_function(wrap_pyfunction!(set_on_invalid_builder_handle, &m)?)?;
    Ok(m)
}

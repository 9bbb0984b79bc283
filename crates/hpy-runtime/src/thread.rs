//! `HPy_LeavePythonExecution` / `HPy_ReenterPythonExecution`: releasing
//! and re-acquiring the GIL. The opaque `HPyThreadState` holds CPython's
//! `PyThreadState *`.

use hpy_sys::{HPyContext, HPyThreadState};
use pyo3_ffi as ffi;

unsafe extern "C" fn leave(_: *mut HPyContext) -> HPyThreadState {
    // SAFETY: the GIL is held by this thread (context function contract).
    let state = unsafe { ffi::PyEval_SaveThread() };
    HPyThreadState { _i: state as isize }
}

unsafe extern "C" fn reenter(_: *mut HPyContext, state: HPyThreadState) {
    // SAFETY: `state` came from `leave` on this thread. CPython stops with
    // a fatal error on a NULL state rather than misbehaving.
    unsafe { ffi::PyEval_RestoreThread(state._i as *mut ffi::PyThreadState) }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_LeavePythonExecution = leave;
    ctx.ctx_ReenterPythonExecution = reenter;
}
